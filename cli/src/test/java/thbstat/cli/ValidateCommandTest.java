package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.jobs.spark.SparkSessions;

/**
 * {@code thbstat validate} in-process. One local SparkSession for the class (the command reuses a
 * running session and leaves it running; it stops only a session it started itself).
 */
class ValidateCommandTest {
  @TempDir Path tmp;

  @BeforeAll
  static void spark() {
    SparkSessions.start("local[2]", 2);
  }

  @AfterAll
  static void stop() {
    org.apache.spark.sql.SparkSession.getDefaultSession().foreach(s -> {
      s.stop();
      return null;
    });
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static final String VICTIMS_HEADER = "victim_id,case_id,report_date,referred_by,status,decision_date,sex,"
      + "age,citizenship,exploitation,exploitation_country,police_admin,recruitment,reflection_period,"
      + "residence_permit,assistance,compensation_claimed,compensation_awarded_rsd";

  private Path extract(String secondVictim) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("victims.csv"), List.of(VICTIMS_HEADER,
        "V-2023-000001,,2023-01-10,police,identified,2023-02-15,f,17,SRB,sexual,SRB,beograd,online,true,false,,,",
        secondVictim), StandardCharsets.UTF_8);
    Files.write(in.resolve("proceedings.csv"), List.of(
        "person_id,case_id,offence,person_type,sex,age,citizenship,exploitation,police_admin,complaint_date,"
            + "initiated_by,financial_investigation,indictment_date,first_instance_date,first_instance_outcome,"
            + "final_date,final_outcome,sentence,prison_months,assets_confiscated_rsd",
        "P-000001,C-2023-00001,cc388,natural,m,35,SRB,sexual,beograd,2023-02-01,proactive,true,,,,,,,,"),
        StandardCharsets.UTF_8);
    Files.write(in.resolve("trainings.csv"), List.of(
        "training_id,start_date,end_date,institution,topic,participants_f,participants_m,hours",
        "T-2023-0001,2023-01-20,2023-01-21,police,identification,12,18,16"), StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void validExtractExitsZero() throws IOException {
    Path in = extract("V-2023-000002,,2023-01-12,cso,pending,,m,30,SRB,,,nis,,,,,,");
    Run r = run("validate", "--input", in.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("victims      csv      read 2 = accepted 2 + quarantined 0"), r.out());
    assertTrue(r.out().contains("every row accepted"), r.out());
    assertTrue(Files.exists(tmp.resolve("out/clean/victims.parquet")));
  }

  @Test
  void quarantinedRowsExitOne() throws IOException {
    Path in = extract("V-2023-000002,,2023-01-12,cso,pending,,m,300,SRB,,,nis,,,,,,");
    Run r = run("validate", "--input", in.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("1 row(s) quarantined: see " + tmp.resolve("out/quarantine.csv")), r.out());
    assertTrue(Files.readString(tmp.resolve("out/quarantine.csv")).contains("victims.csv,3,age,300,range,"));
  }

  /**
   * Each kind of warning the ingest writes is one the Serbian data-quality annex words in Serbian
   * ({@code IngestWarnings} recognises it by its English wording): a file that is not a table, a
   * column not in the contract, a table without rows, a value where its column does not apply, a
   * date after today, a date of an implausible year, a conditional column absent, a citizen's residence
   * permit.
   */
  @Test
  void everyWarningOfTheIngestIsOneTheSerbianEditionsWordInSerbian() throws IOException {
    Path in = extract("V-2023-000002,,0203-01-12,cso,pending,2023-01-20,m,30,SRB,,,nis,,,,,,,x");
    Files.writeString(in.resolve("victims.csv"), Files.readString(in.resolve("victims.csv"))
        .replace(VICTIMS_HEADER, VICTIMS_HEADER + ",notes").replace(",,,\n", ",,,,\n")
        .replace("2023-01-10,police,identified,2023-02-15", "2023-01-10,police,identified,2099-02-15")
        .replace("SRB,beograd,online,true,false", "SRB,beograd,online,true,true"));
    Files.writeString(in.resolve("trainings.csv"),
        "training_id,start_date,end_date,institution,topic,participants_f,participants_m,hours\n");
    Files.writeString(in.resolve("notes.csv"), "a,b\n1,2\n");
    // proceedings without the sex column, which natural persons need
    Files.writeString(in.resolve("proceedings.csv"), Files.readString(in.resolve("proceedings.csv"))
        .replace("person_type,sex,age", "person_type,age").replace("natural,m,35", "natural,35"));
    Run r = run("validate", "--input", in.toString(), "--out", tmp.resolve("out").toString());
    com.fasterxml.jackson.databind.JsonNode warnings = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(tmp.resolve("out/data-quality.json").toFile()).path("warnings");
    List<String> kinds = List.of("not a table of the extract", "is not in the contract", "no data rows",
        "given on rows where it does not apply", "after today", "granted to foreign nationals only",
        "before 1990-01-01",
        "proceedings.csv: column sex is absent, though required where person_type is natural; 1 row(s) quarantined for it");
    for (String kind : kinds) {
      assertTrue(warnings.toString().contains(kind), kind + " in " + warnings + "\n" + r.out() + r.err());
    }
    thbstat.reports.i18n.Messages latin = new thbstat.reports.i18n.Messages(thbstat.indicators.i18n.Language.SR_LATN);
    for (com.fasterxml.jackson.databind.JsonNode w : warnings) {
      assertTrue(thbstat.reports.i18n.IngestWarnings.translated(w.asText(), latin).isPresent(), w.asText());
    }
  }

  @Test
  void unreadableOrPiiExitsTwo() throws IOException {
    Run missing = run("validate", "--input", tmp.resolve("nowhere").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--input " + tmp.resolve("nowhere") + ": no such folder"), missing.err());
    Run empty = run("validate", "--input", "");
    assertEquals(2, empty.code(), empty.err());
    assertTrue(empty.err().contains("--input : empty; give the folder that holds the extract's tables"), empty.err());
    Path file = Files.writeString(tmp.resolve("a-file.csv"), "x\n");
    Run notAFolder = run("validate", "--input", file.toString(), "--out", file.toString());
    assertEquals(2, notAFolder.code());
    assertTrue(notAFolder.err().contains("--input " + file + ": is a file; give the folder that holds the extract's"
        + " tables"), notAFolder.err());
    assertTrue(notAFolder.err().contains("--out " + file + ": is a file; --out must be a folder"), notAFolder.err());

    Path in = extract("V-2023-000002,,2023-01-12,cso,pending,,m,30,SRB,,,nis,,,,,,");
    Files.delete(in.resolve("trainings.csv"));
    Run noTable = run("validate", "--input", in.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(2, noTable.code());
    assertTrue(noTable.err().contains("missing table 'trainings'"), noTable.err());

    Files.write(in.resolve("trainings.csv"), List.of("training_id,start_date,institution,topic,participants_f,"
        + "participants_m,email", "T-1,2023-01-01,police,ict,1,1,x@y.rs"), StandardCharsets.UTF_8);
    Run pii = run("validate", "--input", in.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(2, pii.code());
    assertTrue(pii.err().contains("trainings.csv:1:7: column 'email' looks like a direct identifier"), pii.err());
    assertTrue(!Files.exists(tmp.resolve("out")));
  }

  @Test
  void helpShowsExamples() {
    Run r = run("validate", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("thbstat validate --input sample-data"), r.out());
  }
}
