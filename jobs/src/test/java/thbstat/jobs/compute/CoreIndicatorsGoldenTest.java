package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.spark.TestSpark;

/**
 * The core indicators of the contract, computed with the real {@code indicators.yaml} on
 * {@link GoldenExtract}; every expected value was worked out by hand from the counting rules.
 * The tables are Spark's in-memory rows here; {@link CoreIndicatorsGoldenParquetTest} reads the
 * same tables from Parquet, as the engine reads clean tables in a run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreIndicatorsGoldenTest {
  private Catalogue catalogue;
  private IndicatorTable table;

  /** The golden extract's clean tables, as this test reads them. */
  Map<String, Dataset<Row>> tables() {
    return GoldenExtract.tables(TestSpark.session());
  }

  @BeforeAll
  void compute() {
    catalogue = CatalogueLoader.load(Path.of("..", "indicators.yaml"));
    table = new ComputeJob(TestSpark.session(), catalogue)
        .run(tables(), Period.parseList("2023,2024,2025,2024-Q1,2024-Q2,2024-Q3"), line -> { });
  }

  @Test
  void victimsReportedByReportDate() {
    assertCell("7", "VIC_REPORTED", "2024");
    assertCell("5", "VIC_REPORTED", "2024", "SEX=F");
    assertCell("1", "VIC_REPORTED", "2024", "SEX=M");
    assertCell("1", "VIC_REPORTED", "2024", "SEX=_U");
    assertCell("3", "VIC_REPORTED", "2024", "AGE=Y_LT18");
    assertCell("3", "VIC_REPORTED", "2024", "AGE=Y_GE18");
    assertCell("1", "VIC_REPORTED", "2024", "AGE=_U");
    assertCell("3", "VIC_REPORTED", "2024", "REFERRED_BY=POLICE");
    assertCell("1", "VIC_REPORTED", "2024", "REFERRED_BY=INTERNATIONAL_ORG");
    assertCell("4", "VIC_REPORTED", "2024", "REGION=BEOGRAD");
    assertCell("1", "VIC_REPORTED", "2024", "REGION=ABROAD");
    assertCell("1", "VIC_REPORTED", "2024", "REGION=UNKNOWN");
    assertCell("3", "VIC_REPORTED", "2024", "SEX=F", "REGION=BEOGRAD");
    assertCell("1", "VIC_REPORTED", "2023");
    assertCell("3", "VIC_REPORTED", "2024-Q1");
    assertCell("2", "VIC_REPORTED", "2024-Q2");
    assertCell("2", "VIC_REPORTED", "2024-Q3");
  }

  @Test
  void victimsIdentifiedByDecisionDateWithMultiValuedForms() {
    assertCell("4", "VIC_IDENTIFIED", "2024");
    assertCell("3", "VIC_IDENTIFIED", "2024", "SEX=F");
    assertCell("1", "VIC_IDENTIFIED", "2024", "SEX=M");
    assertCell("2", "VIC_IDENTIFIED", "2024", "AGE=Y_LT18");
    assertCell("1", "VIC_IDENTIFIED", "2024", "AGE=Y_GE18");
    assertCell("1", "VIC_IDENTIFIED", "2024", "AGE=_U");
    assertCell("2", "VIC_IDENTIFIED", "2024", "CITIZENSHIP=NAT");
    assertCell("1", "VIC_IDENTIFIED", "2024", "CITIZENSHIP=EU");
    assertCell("1", "VIC_IDENTIFIED", "2024", "CITIZENSHIP=NON_EU");
    assertCell("3", "VIC_IDENTIFIED", "2024", "EXPLOITATION=SEXUAL");
    assertCell("2", "VIC_IDENTIFIED", "2024", "EXPLOITATION=LABOUR");
    assertCell("1", "VIC_IDENTIFIED", "2024", "SEX=F", "EXPLOITATION=LABOUR");
    assertCell("2", "VIC_IDENTIFIED", "2024", "AGE=Y_LT18", "EXPLOITATION=SEXUAL");
    assertCell(null, "VIC_IDENTIFIED", "2024", "EXPLOITATION=BEGGING");
    assertCell("2", "VIC_IDENTIFIED", "2024", "REGION=BEOGRAD");
    assertCell("2", "VIC_IDENTIFIED", "2024", "SCOPE=INTERNAL");
    assertCell("1", "VIC_IDENTIFIED", "2024", "SCOPE=TRANSNATIONAL");
    assertCell("1", "VIC_IDENTIFIED", "2024", "SCOPE=_U");
    assertCell("1", "VIC_IDENTIFIED", "2025", "EXPLOITATION=BEGGING");
    assertCell("3", "VIC_IDENTIFIED", "2024-Q1");
    assertCell("1", "VIC_IDENTIFIED", "2024-Q2");
  }

  @Test
  void registeredVictimsByExploitationGroup() {
    assertCell("5", "VIC_REGISTERED", "2024");
    assertCell("3", "VIC_REGISTERED", "2024", "EXPLOITATION_GROUP=SEXUAL");
    assertCell("3", "VIC_REGISTERED", "2024", "EXPLOITATION_GROUP=LABOUR");
    assertCell("1", "VIC_REGISTERED", "2024", "EXPLOITATION_GROUP=OTHER");
    assertCell("2", "VIC_REGISTERED", "2024", "CITIZENSHIP=NON_EU");
    assertCell("4", "VIC_REGISTERED", "2024", "SEX=F");
    assertCell("2", "VIC_REGISTERED", "2024", "AGE=Y_GE18");
  }

  @Test
  void decisionsByOutcomeAndReferrer() {
    assertCell("6", "VIC_DECISIONS", "2024");
    assertCell("4", "VIC_DECISIONS", "2024", "OUTCOME=IDENTIFIED");
    assertCell("1", "VIC_DECISIONS", "2024", "OUTCOME=PRESUMED");
    assertCell("1", "VIC_DECISIONS", "2024", "OUTCOME=NOT_VICTIM");
    assertCell("2", "VIC_DECISIONS", "2024", "REFERRED_BY=POLICE", "OUTCOME=IDENTIFIED");
    assertCell("1", "VIC_DECISIONS", "2024", "REFERRED_BY=CITIZEN");
  }

  @Test
  void medianDaysToIdentification() {
    assertCell("30.5", "NRM_DAYS_TO_IDENTIFICATION", "2024");
    assertCell("30.5", "NRM_DAYS_TO_IDENTIFICATION", "2024", "REFERRED_BY=POLICE");
    assertCell("40", "NRM_DAYS_TO_IDENTIFICATION", "2024", "REFERRED_BY=CSO");
    assertCell("20", "NRM_DAYS_TO_IDENTIFICATION", "2024", "REFERRED_BY=LABOUR_INSPECTION");
  }

  @Test
  void reflectionResidenceAndCompensation() {
    assertCell("2", "VIC_REFLECTION_PERIOD", "2024");
    assertCell("1", "VIC_REFLECTION_PERIOD", "2024", "CITIZENSHIP=EU");
    assertCell(null, "VIC_REFLECTION_PERIOD", "2024", "CITIZENSHIP=NAT");
    assertCell("2", "VIC_RESIDENCE_PERMIT", "2024");
    assertCell("1", "VIC_RESIDENCE_PERMIT", "2024", "CITIZENSHIP=NON_EU");
    assertCell("1", "VIC_COMPENSATION_AWARDED", "2024");
    assertCell("1", "VIC_COMPENSATION_AWARDED", "2024", "SEX=F", "AGE=Y_GE18");
  }

  @Test
  void criminalJusticePersons() {
    assertCell("4", "CJ_SUSPECTED", "2024");
    assertCell("1", "CJ_SUSPECTED", "2024", "SEX=M");
    assertCell("2", "CJ_SUSPECTED", "2024", "SEX=F");
    assertCell("1", "CJ_SUSPECTED", "2024", "SEX=_U");
    assertCell("4", "CJ_SUSPECTED", "2024", "OFFENCE=CC388");
    assertCell("1", "CJ_SUSPECTED", "2024", "OFFENCE=CC390");
    assertCell(null, "CJ_SUSPECTED", "2024", "OFFENCE=CC350");
    assertCell("1", "CJ_SUSPECTED", "2024", "SEX=M", "OFFENCE=CC390");
    assertCell("2", "CJ_SUSPECTED", "2024", "CITIZENSHIP=NAT");
    assertCell("1", "CJ_SUSPECTED", "2024", "CITIZENSHIP=_U");
    assertCell("2", "CJ_SUSPECTED", "2023");
    assertCell("2", "CJ_SUSPECTED", "2024-Q1");
    assertCell("3", "CJ_PROSECUTED", "2024");
    assertCell("2", "CJ_PROSECUTED", "2024", "OFFENCE=CC388");
    assertCell("1", "CJ_PROSECUTED", "2024", "OFFENCE=CC389");
    assertCell("1", "CJ_PROSECUTED", "2024", "CITIZENSHIP=NON_EU");
    assertCell("3", "CJ_CONVICTED", "2024");
    assertCell("2", "CJ_CONVICTED", "2024", "SEX=F");
    assertCell("3", "CJ_CONVICTED", "2024", "OFFENCE=CC388");
    assertCell(null, "CJ_CONVICTED", "2025");
  }

  @Test
  void criminalJusticeMedianShareAndCases() {
    assertCell("30", "CJ_PRISON_MONTHS_MEDIAN", "2024");
    assertCell("30", "CJ_PRISON_MONTHS_MEDIAN", "2024", "OFFENCE=CC388");
    assertCell("50", "CJ_PROACTIVE_SHARE", "2024");
    assertCell("2", "CJ_FINANCIAL_INVESTIGATIONS", "2024");
    assertCell("1", "CJ_FINANCIAL_INVESTIGATIONS", "2023");
  }

  @Test
  void professionalsTrained() {
    assertCell("37", "CAP_TRAINED", "2024");
    assertCell("18", "CAP_TRAINED", "2024", "SEX=F");
    assertCell("19", "CAP_TRAINED", "2024", "SEX=M");
    assertCell("30", "CAP_TRAINED", "2024", "INSTITUTION=POLICE");
    assertCell("15", "CAP_TRAINED", "2024", "INSTITUTION=POLICE", "SEX=M");
    assertCell("3", "CAP_TRAINED", "2024", "INSTITUTION=JUDICIARY", "SEX=F");
    assertCell("200", "CAP_TRAINED", "2023");
  }

  /** Asserts one cell; dimensions not named are {@code _T} if the indicator has them, else {@code _Z}. */
  private void assertCell(String expected, String indicator, String period, String... codes) {
    Indicator ind = catalogue.indicator(indicator).orElseThrow(() -> new AssertionError("no " + indicator));
    Map<String, String> want = new HashMap<>();
    for (String c : codes) {
      String[] kv = c.split("=");
      want.put(kv[0], kv[1]);
    }
    String found = null;
    for (IndicatorCell cell : table.cells()) {
      if (!cell.indicator().equals(indicator) || !cell.period().equals(period)) {
        continue;
      }
      boolean match = true;
      for (int d = 0; d < table.dimensions().size(); d++) {
        String dim = table.dimensions().get(d);
        String code = want.getOrDefault(dim, ind.dimensions().contains(dim) ? "_T" : "_Z");
        match &= cell.codes().get(d).equals(code);
      }
      if (match) {
        found = cell.formattedValue();
      }
    }
    if (expected == null) {
      assertNull(found, indicator + " " + period + " " + String.join(",", codes));
    } else {
      assertEquals(expected, found, indicator + " " + period + " " + String.join(",", codes));
    }
  }
}
