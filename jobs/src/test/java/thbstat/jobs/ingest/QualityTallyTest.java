package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractTable;
import thbstat.jobs.spark.TestSpark;

/** The data-quality counts of three checked victims rows, worked out by hand. */
class QualityTallyTest {
  private static final ExtractTable VICTIMS = Extract.VICTIMS;

  @Test
  void acceptedRowsGiveCodesAndUnknownsEveryRowGivesItsViolations() {
    Row a = victim(2, List.of(), List.of(), "police_admin", "unknown", "citizenship", "XXX", "sex", "f", "age", 30,
        "exploitation", List.of("labour", "sexual"));
    Row b = victim(3, List.of(), List.of("decision_date"), "police_admin", "beograd", "citizenship", "SRB",
        "sex", "m", "exploitation", List.of("sexual"));
    // quarantined: its violations count, its values do not
    Row c = victim(4, List.of(violation("sex", "x", "code"), violation("age", "200", "range")), List.of("decision_date"),
        "police_admin", "unknown", "citizenship", "XXX", "exploitation", List.of("begging"));
    Dataset<Row> checked = TestSpark.session().createDataFrame(List.of(a, b, c), RowRules.schema(VICTIMS))
        .repartition(2);
    QualityTally.Parts parts = QualityTally.Parts.register(TestSpark.session(), VICTIMS);
    Dataset<Row> counted = QualityTally.counting(VICTIMS, checked, parts);
    assertEquals(3, counted.collectAsList().size(), "the rows go on, unchanged");
    // Read a second time (as by a retried task): each partition's count replaces its first one.
    assertEquals(1, counted.filter("size(__violations) > 0").count());
    QualityTally t = parts.total();

    assertEquals(3, t.read);
    assertEquals(1, t.quarantined);
    assertEquals(Map.of("code", Map.of("sex", 1L), "range", Map.of("age", 1L)), t.violations);
    assertEquals(1, t.unknown[at("police_admin")], "'unknown' in a");
    assertEquals(1, t.unknown[at("citizenship")], "XXX in a");
    assertEquals(1, t.unknown[at("age")], "empty in b");
    assertEquals(2, t.unknown[at("case_id")], "empty in a and b");
    assertEquals(1, t.ignored[at("decision_date")], "b only: c is quarantined");
    assertEquals(Map.of("unknown", 1L, "beograd", 1L), t.codes.get(at("police_admin")));
    assertEquals(Map.of("sexual", 2L, "labour", 1L), t.codes.get(at("exploitation")));
    assertEquals(Map.of("f", 1L, "m", 1L), t.codes.get(at("sex")));
    assertEquals(Map.of(), t.codes.get(at("victim_id")), "identifiers are not tallied");
    assertEquals(List.of(new QualityTally.Violation(4, "sex", "x", "code", "message"),
        new QualityTally.Violation(4, "age", "200", "range", "message")), t.kept, "the quarantine rows, kept");

    QualityTally.Parts one = QualityTally.Parts.register(TestSpark.session(), VICTIMS, 1);
    QualityTally.counting(VICTIMS, checked, one).count();
    assertEquals(null, one.total().kept, "two violations, one kept: none kept, the rules run again");
  }

  private static int at(String column) {
    return VICTIMS.columnNames().indexOf(column);
  }

  private static Row violation(String column, String value, String rule) {
    return RowFactory.create(column, value, rule, "message");
  }

  /** A checked row: id, report date and the given column/value pairs, every other column empty. */
  private static Row victim(long line, List<Row> violations, List<String> ignored, Object... values) {
    Object[] columns = new Object[VICTIMS.columns().size()];
    columns[at("victim_id")] = "V" + line;
    columns[at("report_date")] = Date.valueOf("2024-05-01");
    for (int i = 0; i < values.length; i += 2) {
      columns[at((String) values[i])] = values[i + 1];
    }
    List<Object> row = new ArrayList<>(List.of(line, false, violations, ignored));
    row.addAll(Arrays.asList(columns));
    return RowFactory.create(row.toArray());
  }
}
