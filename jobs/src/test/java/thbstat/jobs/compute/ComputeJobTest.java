package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Condition.Op;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Population;
import thbstat.indicators.model.Source;
import thbstat.indicators.model.Text;
import thbstat.indicators.model.ValueSpec;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.spark.TestSpark;

/**
 * The engine's mechanics on a catalogue built in code (independent of indicators.yaml): distinct
 * persons over multi-valued dimensions, persons in several cases, cases placed by their earliest
 * date, exact medians, shares, unpivoted sums, ratios, rates and quarters.
 */
class ComputeJobTest {
  private static IndicatorTable table;

  @BeforeAll
  static void compute() {
    ComputeJob job = new ComputeJob(TestSpark.session(), catalogue());
    table = job.run(GoldenExtract.tables(TestSpark.session()),
        Period.parseList("2023,2024,2024-Q1"), line -> { });
  }

  @Test
  void multiValuedDimensionCountsEachPersonOnceInTheTotal() {
    assertEquals("4", cell("VIC_IDENTIFIED", "2024", "_T", "_T", "_T"));
    assertEquals("3", cell("VIC_IDENTIFIED", "2024", "_T", "_T", "SEXUAL"));
    assertEquals("2", cell("VIC_IDENTIFIED", "2024", "_T", "_T", "LABOUR"));
    assertEquals("1", cell("VIC_IDENTIFIED", "2024", "F", "_T", "LABOUR"));
    assertEquals("2", cell("VIC_IDENTIFIED", "2024", "_T", "Y_LT18", "_T"));
    assertEquals("1", cell("VIC_IDENTIFIED", "2024", "_T", "_U", "_T"));
    assertEquals("3", cell("VIC_IDENTIFIED", "2024-Q1", "_T", "_T", "_T"));
    assertEquals(null, cell("VIC_IDENTIFIED", "2024", "_T", "_T", "BEGGING"), "V4 was decided in 2025");
  }

  @Test
  void theSessionsCodegenLimitIsItsOwnAgainAfterTheCompute() {
    org.apache.spark.sql.SparkSession spark = TestSpark.session();
    String limit = "spark.sql.codegen.hugeMethodLimit";
    spark.conf().set(limit, "12345");
    try {
      new ComputeJob(spark, catalogue()).run(GoldenExtract.tables(spark), Period.parseList("2024"), line -> { });
      assertEquals("12345", spark.conf().get(limit));
    } finally {
      spark.conf().unset(limit);
    }
  }

  @Test
  void aBranchThatFailsWhileRunningStopsTheComputeWithItsOwnError() {
    org.apache.spark.sql.SparkSession spark = TestSpark.session();
    Map<String, org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>> tables = new HashMap<>(GoldenExtract.tables(spark));
    // The proceedings' persons fail in their Spark job, after the other branches have started.
    org.apache.spark.sql.api.java.UDF1<String, String> failing = person -> {
      throw new IllegalStateException("cannot read person " + person);
    };
    spark.udf().register("failingPerson", failing, org.apache.spark.sql.types.DataTypes.StringType);
    tables.put("proceedings", tables.get("proceedings").withColumn("person_id",
        org.apache.spark.sql.functions.callUDF("failingPerson", org.apache.spark.sql.functions.col("person_id"))));
    RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> new ComputeJob(spark, catalogue()).run(tables, Period.parseList("2024"), line -> { }));
    org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(e.getMessage()).contains("cannot read person"),
        "the branch's own error: " + e);
  }

  @Test
  void aRateWithoutItsIndicatorIsNamedNotCalledACycle() {
    Catalogue full = catalogue();
    Catalogue rateAlone = new Catalogue(full.version(), full.dimensions(), full.sources(), full.populations(),
        List.of(full.indicator("VIC_RATE").orElseThrow()), List.of());
    org.apache.spark.sql.SparkSession spark = TestSpark.session();
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> new ComputeJob(spark, rateAlone).run(GoldenExtract.tables(spark), Period.parseList("2024"), line -> { }));
    assertEquals("VIC_RATE is built on VIC_IDENTIFIED, which this catalogue does not compute", e.getMessage());
  }

  @Test
  void exactMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals("30.5", cell("NRM_DAYS", "2024", "_T"));
    assertEquals("30.5", cell("NRM_DAYS", "2024", "POLICE"));
    assertEquals("20", cell("NRM_DAYS", "2024", "LABOUR_INSPECTION"));
  }

  @Test
  void personInTwoCasesCountsOnceAndUnderEachOffence() {
    assertEquals("4", cell("CJ_SUSPECTED", "2024", "_T", "_T"));
    assertEquals("4", cell("CJ_SUSPECTED", "2024", "_T", "CC388"));
    assertEquals("1", cell("CJ_SUSPECTED", "2024", "M", "CC390"));
    assertEquals("1", cell("CJ_SUSPECTED", "2024", "_U", "_T"));
    assertEquals("2", cell("CJ_SUSPECTED", "2023", "_T", "_T"));
    assertEquals("2", cell("CJ_SUSPECTED", "2024-Q1", "_T", "_T"));
  }

  @Test
  void shareOfPersonsWithAProactiveRow() {
    assertEquals("50", cell("CJ_PROACTIVE_SHARE", "2024"));
    assertEquals("50", cell("CJ_PROACTIVE_SHARE", "2023"));
  }

  @Test
  void casesArePlacedByTheirEarliestQualifyingComplaint() {
    assertEquals("2", cell("CJ_FINANCIAL_INVESTIGATIONS", "2024"));
    assertEquals("1", cell("CJ_FINANCIAL_INVESTIGATIONS", "2023"));
  }

  @Test
  void unpivotedSumSplitsParticipantsBySex() {
    assertEquals("37", cell("CAP_TRAINED", "2024", "_T", "_T"));
    assertEquals("18", cell("CAP_TRAINED", "2024", "_T", "F"));
    assertEquals("19", cell("CAP_TRAINED", "2024", "_T", "M"));
    assertEquals("15", cell("CAP_TRAINED", "2024", "POLICE", "M"));
    assertEquals("7", cell("CAP_TRAINED", "2024", "JUDICIARY", "_T"));
    assertEquals("200", cell("CAP_TRAINED", "2023", "_T", "_T"));
  }

  @Test
  void ratioAndRateAreBuiltFromCells() {
    // CJ_CONVICTED 2024: P1, P2, P8 = 3 over 4 suspected
    assertEquals("0.75", cell("CJ_CONVICTED_PER_SUSPECT", "2024"));
    // 4 identified over 8,000,000 people, per 100,000
    assertEquals("0.05", cell("VIC_RATE", "2024"));
  }

  @Test
  void cellsAreSortedAndUnusedDimensionsAreZ() {
    List<IndicatorCell> cells = table.cells();
    for (int i = 1; i < cells.size(); i++) {
      assertFalse(IndicatorTable.ORDER.compare(cells.get(i - 1), cells.get(i)) >= 0, "order at " + i);
    }
    IndicatorCell any = cells.stream().filter(c -> c.indicator().equals("CAP_TRAINED")).findFirst().orElseThrow();
    assertEquals("_Z", any.codes().get(table.dimensions().indexOf("AGE")));
  }

  /** The value of a cell given the codes of the indicator's own dimensions, in catalogue order. */
  private static String cell(String indicator, String period, String... codes) {
    Indicator ind = catalogue().indicator(indicator).orElseThrow();
    Map<String, String> want = new HashMap<>();
    for (int i = 0; i < codes.length; i++) {
      want.put(ind.dimensions().get(i), codes[i]);
    }
    for (IndicatorCell c : table.cells()) {
      if (!c.indicator().equals(indicator) || !c.period().equals(period)) {
        continue;
      }
      boolean match = true;
      for (int d = 0; d < table.dimensions().size(); d++) {
        String expected = want.getOrDefault(table.dimensions().get(d), "_Z");
        match &= c.codes().get(d).equals(expected);
      }
      if (match) {
        return c.formattedValue();
      }
    }
    return null;
  }

  private static Catalogue catalogue() {
    Dimension sex = dim("SEX", "sex", false, List.of("F", "M", "_U"),
        Map.of("f", "F", "m", "M", "u", "_U"), List.of(), null, "_U");
    Dimension age = dim("AGE", "age", false, List.of("Y_LT18", "Y_GE18", "_U"), Map.of(),
        List.of(new Dimension.Band("Y_LT18", 0, 17), new Dimension.Band("Y_GE18", 18, null)), null, "_U");
    Dimension exploitation = dim("EXPLOITATION", "exploitation", true, List.of("SEXUAL", "LABOUR", "BEGGING"),
        Map.of(), List.of(), null, null);
    Dimension referred = dim("REFERRED_BY", "referred_by", false, List.of("POLICE"), Map.of(), List.of(), null, null);
    Dimension offence = dim("OFFENCE", "offence", false, List.of("CC388"), Map.of(), List.of(), null, null);
    Dimension institution = dim("INSTITUTION", "institution", false, List.of("POLICE"), Map.of(), List.of(), null, null);
    List<Condition> natural = List.of(
        new Condition("person_type", Op.IN, List.of("natural")),
        new Condition("offence", Op.IN, List.of("cc388", "cc389", "cc390")));
    List<Condition> convicted = new ArrayList<>(natural);
    convicted.add(new Condition("final_outcome", Op.IN, List.of("convicted")));
    List<Indicator> indicators = List.of(
        ind("VIC_IDENTIFIED", "victims", new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW),
            List.of(new Condition("status", Op.IN, List.of("identified"))), "decision_date",
            List.of("SEX", "AGE", "EXPLOITATION"), "PS"),
        ind("NRM_DAYS", "victims", new Measure.Median(new ValueSpec.DaysBetween("report_date", "decision_date"),
            "victim_id"), List.of(new Condition("status", Op.IN, List.of("identified"))), "decision_date",
            List.of("REFERRED_BY"), "DAYS"),
        ind("CJ_SUSPECTED", "proceedings", new Measure.DistinctCount("person_id", Measure.PeriodBy.ROW),
            natural, "complaint_date", List.of("SEX", "OFFENCE"), "PS"),
        ind("CJ_CONVICTED", "proceedings", new Measure.DistinctCount("person_id", Measure.PeriodBy.ROW),
            convicted, "final_date", List.of("SEX", "OFFENCE"), "PS"),
        ind("CJ_PROACTIVE_SHARE", "proceedings", new Measure.Share("person_id",
            List.of(new Condition("initiated_by", Op.IN, List.of("proactive")))), natural, "complaint_date",
            List.of(), "PC"),
        ind("CJ_FINANCIAL_INVESTIGATIONS", "proceedings", new Measure.DistinctCount("case_id", Measure.PeriodBy.EARLIEST),
            List.of(new Condition("offence", Op.IN, List.of("cc388", "cc389", "cc390")),
                new Condition("financial_investigation", Op.TRUE, List.of())), "complaint_date", List.of(), "CASES"),
        ind("CAP_TRAINED", "training_participants", new Measure.Sum(new ValueSpec.ColumnValue("participants")),
            List.of(), "start_date", List.of("INSTITUTION", "SEX"), "PS"),
        ind("CJ_CONVICTED_PER_SUSPECT", null, new Measure.Ratio("CJ_CONVICTED", "CJ_SUSPECTED", 1, 2),
            List.of(), null, List.of(), "RATIO"),
        ind("VIC_RATE", null, new Measure.Rate("VIC_IDENTIFIED", "POP", 2), List.of(), null, List.of(), "RATE_100K"));
    return new Catalogue("test", List.of(sex, age, exploitation, referred, offence, institution),
        List.of(new Source("victims", "victims", null), new Source("proceedings", "proceedings", null),
            new Source("training_participants", "trainings", new Source.Unpivot("sex", "participants",
                Map.of("f", "participants_f", "m", "participants_m")))),
        List.of(new Population("POP", Text.of("population", "stanovništvo"), "test", Map.of(2024, 8_000_000L))),
        indicators, List.of());
  }

  private static Dimension dim(String id, String column, boolean multi, List<String> codes, Map<String, String> map,
      List<Dimension.Band> bands, String other, String missing) {
    return new Dimension(id, Text.of(id, id), column, multi, codes, map, bands, other, missing, Map.of());
  }

  private static Indicator ind(String id, String source, Measure m, List<Condition> filter, String date,
      List<String> dims, String unit) {
    return new Indicator(id, Text.of(id, id), Text.of(id, id), source, m, filter, date, dims, List.of(), unit,
        List.of(), new Disclosure(3, "test"), null, 1);
  }

}
