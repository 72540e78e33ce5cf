package thbstat.reports.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.Fixtures;
import thbstat.reports.model.DataQuality;
import thbstat.reports.sdmx.IndicatorTableCsv;

class RunOutputTest {
  /** The shape the ingest writes (DataQualityReport): sorted keys, rows per table, unknown shares. */
  private static final String DATA_QUALITY = """
      {
        "quarantined_total" : 4,
        "tables" : {
          "proceedings" : {
            "rows" : { "accepted" : 20, "quarantined" : 0, "read" : 20 },
            "unknown_share" : { "sex" : 0.0 }
          },
          "victims" : {
            "rows" : { "accepted" : 96, "quarantined" : 4, "read" : 100 },
            "unknown_share" : { "age" : 0.25, "sex" : 0.05 }
          }
        },
        "warnings" : [ "victims.csv: 2 rows without a decision date" ]
      }
      """;

  private static void period(Path from, String p) throws IOException {
    Path dir = Files.createDirectories(from.resolve(p));
    IndicatorTable t = Fixtures.quarters().getOrDefault(p, Fixtures.quarters().get("2025-Q2"));
    IndicatorTableCsv.write(t, t.cells(), dir.resolve(RunOutput.PUBLIC_FILE));
    Files.writeString(dir.resolve(RunOutput.MANIFEST), "{\"engine\": {\"version\": \"0.1.0\"}}");
  }

  @Test
  void aQuarterReadsSevenQuartersBackAndTheDataQualityReport(@TempDir Path from) throws Exception {
    for (String q : List.of("2023-Q2", "2023-Q3", "2024-Q1", "2024-Q2", "2025-Q1", "2025-Q2")) {
      period(from, q);
    }
    period(from, "2024"); // a year is not history of a quarter
    Files.createDirectories(from.resolve("ingest"));
    Files.writeString(from.resolve(RunOutput.DATA_QUALITY), DATA_QUALITY);
    RunOutput run = RunOutput.read(from, Period.parse("2025-Q2"), false);
    assertEquals(List.of("2023-Q2", "2023-Q3", "2024-Q1", "2024-Q2", "2025-Q1", "2025-Q2"),
        List.copyOf(run.tables().keySet()), "every earlier quarter found, within seven");
    DataQuality dq = run.dataQuality();
    assertEquals(List.of(new DataQuality.TableRows("proceedings", 20, 20, 0),
        new DataQuality.TableRows("victims", 100, 96, 4)), dq.tables());
    assertEquals(Map.of("age", 0.25, "sex", 0.05), dq.unknownShares().get("victims"));
    assertEquals(List.of("victims.csv: 2 rows without a decision date"), dq.warnings());
    assertTrue(run.dataFile().containsKey(RunOutput.DATA_QUALITY), "its hash is part of the provenance");
    // so is every table the bulletin draws on: its columns of earlier quarters are figures too
    assertEquals(List.of("2023-Q2/indicators-public.csv", "2023-Q3/indicators-public.csv",
        "2024-Q1/indicators-public.csv", "2024-Q2/indicators-public.csv", "2025-Q1/indicators-public.csv",
        "2025-Q2/indicators-public.csv", RunOutput.DATA_QUALITY), List.copyOf(run.dataFile().keySet()));
  }

  @Test
  void thePeriodsOwnDataQualityReportIsReadBeforeTheLastIngests(@TempDir Path from) throws Exception {
    period(from, "2025-Q1");
    period(from, "2025-Q2");
    Files.createDirectories(from.resolve("ingest"));
    // a later run on another extract replaced OUT/ingest; 2025-Q1 keeps the report of its own ingest
    Files.writeString(from.resolve(RunOutput.DATA_QUALITY), DATA_QUALITY);
    Files.writeString(from.resolve("2025-Q1").resolve(RunOutput.PERIOD_DATA_QUALITY),
        DATA_QUALITY.replace("\"read\" : 100", "\"read\" : 97").replace("\"accepted\" : 96", "\"accepted\" : 93"));
    RunOutput q1 = RunOutput.read(from, Period.parse("2025-Q1"), false);
    assertEquals(new DataQuality.TableRows("victims", 97, 93, 4), q1.dataQuality().tables().get(1));
    assertTrue(q1.dataFile().containsKey("2025-Q1/data-quality.json"), q1.dataFile().toString());
    // a folder written before periods kept their own copy falls back on the ingest's
    RunOutput q2 = RunOutput.read(from, Period.parse("2025-Q2"), false);
    assertEquals(new DataQuality.TableRows("victims", 100, 96, 4), q2.dataQuality().tables().get(1));
    assertTrue(q2.dataFile().containsKey(RunOutput.DATA_QUALITY), q2.dataFile().toString());
  }

  @Test
  void withoutADataQualityReportThereIsNoneAndABrokenOneIsNamed(@TempDir Path from) throws Exception {
    period(from, "2025-Q2");
    assertNull(RunOutput.read(from, Period.parse("2025-Q2"), false).dataQuality());
    Path bad = from.resolve("dq.json");
    Files.writeString(bad, "{\"tables\": {\"victims\": {\"rows\": {\"read\": 3}}}}");
    IOException e = assertThrows(IOException.class, () -> RunOutput.readDataQuality(bad));
    assertTrue(e.getMessage().contains("dq.json: tables.victims.rows.accepted is missing or not a number"),
        e.getMessage());
  }
}
