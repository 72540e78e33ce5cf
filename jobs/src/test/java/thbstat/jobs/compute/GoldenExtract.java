package thbstat.jobs.compute;

import static thbstat.jobs.compute.CleanTables.row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import thbstat.indicators.contract.Extract;

/**
 * A small named extract whose core-indicator cells were worked out by hand from the counting
 * rules (see the expectations in the tests): multi-form victims, ages 17/18/unknown, a decision
 * in another year than the report, a pending case, a legal person, a cc350 comparator, one person
 * in two cases, a case whose earliest complaint lies in the previous year, and quarters.
 */
final class GoldenExtract {
  private GoldenExtract() {}

  static Map<String, Dataset<Row>> tables(SparkSession spark) {
    return Map.of(
        "victims", CleanTables.of(spark, Extract.VICTIMS, victims()),
        "proceedings", CleanTables.of(spark, Extract.PROCEEDINGS, proceedings()),
        "trainings", CleanTables.of(spark, Extract.TRAININGS, trainings()));
  }

  /** How a test writes one table: {@code name}, its rows, the Parquet path to write. */
  interface ParquetWriter {
    void write(String name, Dataset<Row> rows, String path);
  }

  /** The tables written to Parquet in a new temporary folder by {@code writer}, and read back. */
  static Map<String, Dataset<Row>> writtenAs(SparkSession spark, String folder, ParquetWriter writer) {
    try {
      Path dir = Files.createTempDirectory(folder);
      Map<String, Dataset<Row>> out = new LinkedHashMap<>();
      tables(spark).forEach((name, rows) -> {
        String path = dir.resolve(name + ".parquet").toString();
        writer.write(name, rows, path);
        out.put(name, spark.read().parquet(path));
      });
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String[]> victims() {
    return List.of(
        // identified, 30 days, child of 17, two forms, internal
        row("victim_id=V1", "report_date=2024-01-10", "decision_date=2024-02-09", "status=identified",
            "referred_by=police", "sex=f", "age=17", "citizenship=SRB", "exploitation=sexual|labour",
            "exploitation_country=SRB", "police_admin=beograd", "reflection_period=false"),
        // identified, 40 days, adult of 18, EU, transnational, reflection + permit + compensation
        row("victim_id=V2", "report_date=2024-03-01", "decision_date=2024-04-10", "status=identified",
            "referred_by=cso", "sex=f", "age=18", "citizenship=BGR", "exploitation=sexual",
            "exploitation_country=DEU", "police_admin=novi_sad", "reflection_period=true",
            "residence_permit=true", "compensation_awarded_rsd=50000.00"),
        // reported in 2023, identified in 2024 after 20 days, age unknown, scope unknown
        row("victim_id=V3", "report_date=2023-12-20", "decision_date=2024-01-09", "status=identified",
            "referred_by=labour_inspection", "sex=m", "citizenship=BGD", "exploitation=labour",
            "police_admin=nis", "reflection_period=true", "residence_permit=true"),
        // reported in 2024, identified in 2025
        row("victim_id=V4", "report_date=2024-05-05", "decision_date=2025-01-15", "status=identified",
            "referred_by=social_welfare", "sex=f", "age=10", "citizenship=SRB", "exploitation=begging",
            "exploitation_country=SRB", "police_admin=beograd"),
        // pending: no decision
        row("victim_id=V5", "report_date=2024-06-01", "status=pending", "referred_by=police", "sex=m", "age=30",
            "citizenship=SRB", "police_admin=beograd"),
        // presumed, Kosovo*, two forms in two groups, country unknown
        row("victim_id=V6", "report_date=2024-07-01", "decision_date=2024-07-11", "status=presumed",
            "referred_by=international_org", "sex=f", "age=25", "citizenship=XKX",
            "exploitation=domestic_servitude|forced_marriage", "exploitation_country=XXX", "police_admin=abroad"),
        // not a victim, everything unknown
        row("victim_id=V7", "report_date=2024-08-01", "decision_date=2024-08-21", "status=not_victim",
            "referred_by=citizen", "sex=u", "citizenship=XXX", "police_admin=unknown"),
        // identified after 31 days (leap February), child of 16, compensation of 0 is not an award
        row("victim_id=V8", "report_date=2024-02-01", "decision_date=2024-03-03", "status=identified",
            "referred_by=police", "sex=f", "age=16", "citizenship=SRB", "exploitation=sexual",
            "exploitation_country=SRB", "police_admin=beograd", "compensation_awarded_rsd=0"));
  }

  static List<String[]> proceedings() {
    return List.of(
        // P1 in two cases: cc388 (proactive, convicted, 40 months) and cc390
        row("person_id=P1", "case_id=C1", "offence=cc388", "person_type=natural", "sex=m", "citizenship=SRB",
            "police_admin=beograd", "complaint_date=2024-02-01", "initiated_by=proactive",
            "financial_investigation=true", "indictment_date=2024-05-01", "first_instance_date=2024-09-01",
            "first_instance_outcome=convicted", "final_date=2024-11-01", "final_outcome=convicted",
            "sentence=prison", "prison_months=40"),
        row("person_id=P1", "case_id=C2", "offence=cc390", "person_type=natural", "sex=m", "citizenship=SRB",
            "police_admin=beograd", "complaint_date=2024-06-01", "initiated_by=victim_report"),
        row("person_id=P2", "case_id=C1", "offence=cc388", "person_type=natural", "sex=f", "citizenship=BGR",
            "police_admin=beograd", "complaint_date=2024-02-01", "initiated_by=referral",
            "indictment_date=2024-05-01", "final_date=2024-12-01", "final_outcome=convicted",
            "sentence=prison", "prison_months=24"),
        // suspected in 2023, prosecuted in 2024, acquitted in 2025
        row("person_id=P3", "case_id=C3", "offence=cc389", "person_type=natural", "sex=m", "citizenship=ALB",
            "police_admin=nis", "complaint_date=2023-11-01", "initiated_by=proactive",
            "indictment_date=2024-03-01", "final_date=2025-02-01", "final_outcome=acquitted"),
        // a legal person: only in the case count of financial investigations
        row("person_id=P4", "case_id=C4", "offence=cc388", "person_type=legal", "citizenship=SRB",
            "police_admin=novi_sad", "complaint_date=2024-03-01", "initiated_by=other",
            "financial_investigation=true", "indictment_date=2024-04-01"),
        // smuggling: a comparator, never counted as trafficking
        row("person_id=P5", "case_id=C5", "offence=cc350", "person_type=natural", "sex=m", "citizenship=SRB",
            "police_admin=subotica", "complaint_date=2024-04-01", "initiated_by=proactive",
            "financial_investigation=true", "final_date=2024-10-01", "final_outcome=convicted",
            "sentence=prison", "prison_months=12"),
        // case C6: earliest financial-investigation complaint in 2023, so counted in 2023
        row("person_id=P6", "case_id=C6", "offence=cc388", "person_type=natural", "sex=u", "citizenship=XXX",
            "police_admin=kragujevac", "complaint_date=2024-07-01", "initiated_by=other",
            "financial_investigation=true"),
        row("person_id=P7", "case_id=C6", "offence=cc388", "person_type=natural", "sex=m", "citizenship=SRB",
            "police_admin=kragujevac", "complaint_date=2023-12-15", "initiated_by=other",
            "financial_investigation=true"),
        row("person_id=P8", "case_id=C7", "offence=cc388", "person_type=natural", "sex=f", "citizenship=SRB",
            "police_admin=beograd", "complaint_date=2024-08-01", "initiated_by=proactive",
            "final_date=2024-12-15", "final_outcome=convicted", "sentence=prison", "prison_months=30"));
  }

  static List<String[]> trainings() {
    return List.of(
        row("training_id=T1", "start_date=2024-03-01", "institution=police", "topic=identification",
            "participants_f=10", "participants_m=15", "hours=8"),
        row("training_id=T2", "start_date=2024-10-01", "institution=police", "topic=investigation",
            "participants_f=5", "participants_m=0"),
        row("training_id=T3", "start_date=2024-06-01", "institution=judiciary", "topic=victim_protection",
            "participants_f=3", "participants_m=4", "hours=16"),
        row("training_id=T4", "start_date=2023-12-01", "institution=police", "topic=identification",
            "participants_f=100", "participants_m=100"));
  }
}
