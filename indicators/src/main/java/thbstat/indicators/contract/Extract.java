package thbstat.indicators.contract;

import static thbstat.indicators.contract.ColumnType.BOOLEAN;
import static thbstat.indicators.contract.ColumnType.CODE;
import static thbstat.indicators.contract.ColumnType.DATE;
import static thbstat.indicators.contract.ColumnType.DECIMAL;
import static thbstat.indicators.contract.ColumnType.ID;
import static thbstat.indicators.contract.ColumnType.INTEGER;
import static thbstat.indicators.contract.ColumnType.LIST;
import static thbstat.indicators.contract.Requirement.CONDITIONAL;
import static thbstat.indicators.contract.Requirement.OPTIONAL;
import static thbstat.indicators.contract.Requirement.REQUIRED;

import java.util.List;
import java.util.Optional;

/** The three tables of the input extract, column by column, as CONTRACT.md §1 states them. */
public final class Extract {
  private Extract() {}

  public static final ExtractTable VICTIMS = new ExtractTable("victims", List.of("victim_id"), List.of(
      col("victim_id", ID, REQUIRED),
      col("case_id", ID, OPTIONAL),
      col("report_date", DATE, REQUIRED),
      code("referred_by", REQUIRED, Codes.REFERRED_BY),
      code("status", REQUIRED, Codes.VICTIM_STATUS),
      new ExtractColumn("decision_date", DATE, CONDITIONAL, List.of(), "status is not pending", null, null),
      code("sex", REQUIRED, Codes.SEX),
      new ExtractColumn("age", INTEGER, OPTIONAL, List.of(), null, 0.0, 110.0),
      country("citizenship", REQUIRED),
      new ExtractColumn("exploitation", LIST, CONDITIONAL, Codes.EXPLOITATION,
          "status is identified or presumed", null, null),
      country("exploitation_country", OPTIONAL),
      code("police_admin", REQUIRED, Codes.POLICE_ADMIN),
      code("recruitment", OPTIONAL, Codes.RECRUITMENT),
      col("reflection_period", BOOLEAN, OPTIONAL),
      col("residence_permit", BOOLEAN, OPTIONAL),
      new ExtractColumn("assistance", LIST, OPTIONAL, Codes.ASSISTANCE, null, null, null),
      col("compensation_claimed", BOOLEAN, OPTIONAL),
      new ExtractColumn("compensation_awarded_rsd", DECIMAL, OPTIONAL, List.of(), null, 0.0, null)));

  public static final ExtractTable PROCEEDINGS = new ExtractTable("proceedings", List.of("person_id", "case_id"), List.of(
      col("person_id", ID, REQUIRED),
      col("case_id", ID, REQUIRED),
      code("offence", REQUIRED, Codes.OFFENCE),
      code("person_type", REQUIRED, Codes.PERSON_TYPE),
      new ExtractColumn("sex", CODE, CONDITIONAL, Codes.SEX, "person_type is natural", null, null),
      new ExtractColumn("age", INTEGER, OPTIONAL, List.of(), null, 14.0, 110.0),
      country("citizenship", REQUIRED),
      new ExtractColumn("exploitation", LIST, OPTIONAL, Codes.EXPLOITATION, null, null, null),
      code("police_admin", REQUIRED, Codes.POLICE_ADMIN),
      col("complaint_date", DATE, REQUIRED),
      code("initiated_by", REQUIRED, Codes.INITIATED_BY),
      col("financial_investigation", BOOLEAN, OPTIONAL),
      col("indictment_date", DATE, OPTIONAL),
      col("first_instance_date", DATE, OPTIONAL),
      new ExtractColumn("first_instance_outcome", CODE, CONDITIONAL, Codes.JUDGMENT_OUTCOME,
          "first_instance_date is set", null, null),
      col("final_date", DATE, OPTIONAL),
      new ExtractColumn("final_outcome", CODE, CONDITIONAL, Codes.JUDGMENT_OUTCOME, "final_date is set", null, null),
      new ExtractColumn("sentence", CODE, CONDITIONAL, Codes.SENTENCE, "final_outcome is convicted", null, null),
      new ExtractColumn("prison_months", INTEGER, CONDITIONAL, List.of(), "sentence is prison", 0.0, null),
      new ExtractColumn("assets_confiscated_rsd", DECIMAL, OPTIONAL, List.of(), null, 0.0, null)));

  public static final ExtractTable TRAININGS = new ExtractTable("trainings", List.of("training_id"), List.of(
      col("training_id", ID, REQUIRED),
      col("start_date", DATE, REQUIRED),
      col("end_date", DATE, OPTIONAL),
      code("institution", REQUIRED, Codes.INSTITUTION),
      code("topic", REQUIRED, Codes.TOPIC),
      new ExtractColumn("participants_f", INTEGER, REQUIRED, List.of(), null, 0.0, null),
      new ExtractColumn("participants_m", INTEGER, REQUIRED, List.of(), null, 0.0, null),
      // hours > 0: the validator treats a min of 0 with exclusive=hours specially (see ingest rules).
      new ExtractColumn("hours", DECIMAL, OPTIONAL, List.of(), null, 0.0, null)));

  public static final List<ExtractTable> TABLES = List.of(VICTIMS, PROCEEDINGS, TRAININGS);

  public static Optional<ExtractTable> table(String name) {
    return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private static ExtractColumn col(String name, ColumnType type, Requirement requirement) {
    return new ExtractColumn(name, type, requirement, List.of(), null, null, null);
  }

  private static ExtractColumn code(String name, Requirement requirement, List<String> codes) {
    return new ExtractColumn(name, CODE, requirement, codes, null, null, null);
  }

  private static ExtractColumn country(String name, Requirement requirement) {
    return new ExtractColumn(name, CODE, requirement, List.of(), null, null, null);
  }
}
