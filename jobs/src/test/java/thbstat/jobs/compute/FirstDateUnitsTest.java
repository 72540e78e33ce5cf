package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.compute.CleanTables.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Condition.Op;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Source;
import thbstat.indicators.model.Text;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.jobs.spark.TestSpark;

/**
 * Cases counted once, in the period of their earliest qualifying complaint, worked out by hand:
 * from Spark's in-memory rows and from Parquet whose two files each hold one of a case's rows, so
 * the earliest day is merged across partitions.
 */
class FirstDateUnitsTest {
  private static final List<Period> PERIODS = Period.parseList("2023,2024,2024-Q1,2024-Q2,2024-Q3,2024-Q4");

  /** File one: C3's later row among others. */
  private static List<String[]> first() {
    return List.of(
        // C1: qualifying in December 2023 and in February 2024: placed in 2023 only
        row("person_id=P1", "case_id=C1", "offence=cc388", "financial_investigation=true", "complaint_date=2023-12-01"),
        row("person_id=P2", "case_id=C1", "offence=cc388", "financial_investigation=true", "complaint_date=2024-02-01"),
        // C2: its March row does not qualify (no financial investigation); May does
        row("person_id=P3", "case_id=C2", "offence=cc389", "financial_investigation=false", "complaint_date=2024-03-01"),
        row("person_id=P4", "case_id=C2", "offence=cc389", "financial_investigation=true", "complaint_date=2024-05-10"),
        row("person_id=P5", "case_id=C3", "offence=cc390", "financial_investigation=true", "complaint_date=2024-10-01"),
        // C5: not a trafficking offence; C6: no complaint date
        row("person_id=P7", "case_id=C5", "offence=cc350", "financial_investigation=true", "complaint_date=2024-04-01"),
        row("person_id=P8", "case_id=C6", "offence=cc388", "financial_investigation=true"));
  }

  /** File two: C3's earlier row, and C4 of 2025. */
  private static List<String[]> second() {
    return List.of(
        row("person_id=P6", "case_id=C3", "offence=cc390", "financial_investigation=true", "complaint_date=2024-07-15"),
        row("person_id=P9", "case_id=C4", "offence=cc388", "financial_investigation=true", "complaint_date=2025-01-05"));
  }

  @Test
  void casesAreCountedInThePeriodOfTheirEarliestQualifyingDate() throws IOException {
    SparkSession spark = TestSpark.session();
    Dataset<Row> inMemory = CleanTables.of(spark, Extract.PROCEEDINGS, first())
        .union(CleanTables.of(spark, Extract.PROCEEDINGS, second()));
    Path dir = Files.createTempDirectory("thbstat-first-dates").resolve("proceedings.parquet");
    CleanTables.of(spark, Extract.PROCEEDINGS, first()).coalesce(1).write().parquet(dir.toString());
    CleanTables.of(spark, Extract.PROCEEDINGS, second()).coalesce(1).write().mode("append").parquet(dir.toString());
    Dataset<Row> parquet = spark.read().parquet(dir.toString());
    assertTrue(ColumnScan.readsColumnBatches(parquet));

    // 2023: C1. 2024: C2 (Q2) and C3 (Q3: its July row, in the other file, is earlier than its
    // October one). Q1 (C1 is placed in 2023) and Q4: none.
    Map<String, String> expected = new TreeMap<>(Map.of("2023", "1", "2024", "2", "2024-Q2", "1", "2024-Q3", "1"));
    for (Dataset<Row> table : List.of(inMemory, parquet)) {
      Map<String, String> cells = new TreeMap<>();
      for (IndicatorCell c : new ComputeJob(spark, catalogue()).run(Map.of("proceedings", table), PERIODS, l -> { })
          .cells()) {
        cells.put(c.period(), c.formattedValue());
      }
      assertEquals(expected, cells);
    }
  }

  private static Catalogue catalogue() {
    Indicator cases = new Indicator("CJ_FINANCIAL_INVESTIGATIONS", Text.of("c", "c"), Text.of("c", "c"), "proceedings",
        new Measure.DistinctCount("case_id", Measure.PeriodBy.EARLIEST),
        List.of(new Condition("offence", Op.IN, List.of("cc388", "cc389", "cc390")),
            new Condition("financial_investigation", Op.TRUE, List.of())),
        "complaint_date", List.of(), List.of(), "CASES", List.of(), new Disclosure(3, "test"), null, 1);
    return new Catalogue("test", List.of(), List.of(new Source("proceedings", "proceedings", null)), List.of(),
        List.of(cases), List.of());
  }
}
