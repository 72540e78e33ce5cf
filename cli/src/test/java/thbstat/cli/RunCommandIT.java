package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.cli.run.OutputFolder;

/** {@code thbstat run} end to end on a small golden extract in CSV. */
class RunCommandIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path tmp;

  @Test
  void writesTableStoreAndManifestPerPeriod() throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2023,2024", "--out", out.toString(),
        "--no-export");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("done: 2 period(s)"), r.out());
    for (String p : List.of("2023", "2024")) {
      assertTrue(Files.isRegularFile(out.resolve(p).resolve("indicators.csv")));
      assertTrue(Files.isRegularFile(out.resolve(p).resolve("indicators-public.csv")));
      assertTrue(Files.isDirectory(out.resolve(p).resolve("indicators.parquet")));
      assertTrue(Files.isRegularFile(out.resolve(p).resolve("manifest.json")));
    }
    List<String> lines = Files.readAllLines(out.resolve("2024").resolve("indicators.csv"));
    assertTrue(lines.get(0).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,SEX,AGE,CITIZENSHIP,"
        + "EXPLOITATION,EXPLOITATION_GROUP,SCOPE,REGION,REFERRED_BY,OUTCOME,OFFENCE,INSTITUTION,"));
    assertTrue(lines.get(0).endsWith(",OBS_VALUE,UNIT_MEASURE,CONF_STATUS"));
    // VIC_IDENTIFIED 2024, all totals: V1, V2, V3, V8 (worked out by hand, see GoldenExtract)
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("dataflow,THBSTAT:THB_INDICATORS(1.0),I,VIC_IDENTIFIED,2024,"
        + "_T,_T,_T,_T,_Z,_T,_T,_Z,_Z,_Z,_Z,") && l.matches(".*,4,PS,[FCD]")), "VIC_IDENTIFIED _T = 4");
    assertTrue(Stream.of(lines.get(1), lines.get(lines.size() - 1)).allMatch(l -> l.startsWith("dataflow,")));

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("2024").resolve("manifest.json").toFile());
    assertEquals("2024", manifest.get("period").asText());
    assertEquals(8, manifest.at("/rows/victims/read").asInt());
    assertEquals(8, manifest.at("/rows/victims/accepted").asInt());
    assertEquals(64, manifest.at("/catalogue/sha256").asText().length());
    assertEquals(64, manifest.at("/inputs/victims/sha256/victims.csv").asText().length());
    assertTrue(manifest.at("/timings_seconds/compute").isNumber());
    assertTrue(manifest.at("/disclosure/indicators").size() > 0, "disclosure rules recorded");
    assertEquals(64, manifest.at("/outputs/indicators-public.csv").asText().length());
    // the public table passes its own audit from the files alone
    Cli.Result audit = Cli.run("audit", out.resolve("2024").resolve("indicators-public.csv").toString());
    assertEquals(0, audit.exitCode(), audit.out() + audit.err());
    assertTrue(Files.isRegularFile(out.resolve("ingest").resolve("quarantine.csv")));
    try (Stream<Path> left = Files.list(out)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no staging or lock left");
    }
  }

  @Test
  void rerunGivesTheSameCellsByteForByte() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024", "--out", a.toString(),
        "--no-export").exitCode());
    assertEquals(0, Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024", "--out", b.toString(),
        "--no-export").exitCode());
    assertEquals(Files.readString(a.resolve("2024/indicators.csv")), Files.readString(b.resolve("2024/indicators.csv")));
    // and a rerun into the same folder replaces the period whole
    assertEquals(0, Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024", "--out", a.toString(),
        "--no-export").exitCode());
    assertEquals(Files.readString(b.resolve("2024/indicators.csv")), Files.readString(a.resolve("2024/indicators.csv")));
  }

  @Test
  void aSecondRunOnTheSameFolderIsRefused() {
    Path out = tmp.resolve("busy");
    try (OutputFolder held = OutputFolder.open(out)) {
      Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024", "--out", out.toString());
      assertEquals(2, r.exitCode());
      assertTrue(r.err().contains("another thbstat run is writing to this folder"), r.err());
      assertFalse(Files.exists(out.resolve("2024")));
    }
  }

  @Test
  void nothingIsWrittenWhenTheRunFails() {
    Path out = tmp.resolve("strict");
    Path bad = tmp.resolve("bad");
    Cli.Result r;
    try {
      Files.createDirectories(bad);
      for (String t : List.of("victims", "proceedings", "trainings")) {
        Files.copy(GOLDEN.resolve(t + ".csv"), bad.resolve(t + ".csv"));
      }
      Files.writeString(bad.resolve("victims.csv"),
          "V9,,2024-13-01,police,identified,2024-02-09,f,17,SRB,sexual,SRB,beograd,,,,,,\n",
          java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    r = Cli.run("run", "--input", bad.toString(), "--period", "2024", "--out", out.toString(), "--strict");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().contains("--strict: 1 rows quarantined; no indicator table was written"), r.err());
    assertFalse(Files.exists(out.resolve("2024")));
    // what failed is there to read: the quarantine and the data-quality report, and nothing else
    try {
      List<String> quarantine = Files.readAllLines(out.resolve("ingest").resolve("quarantine.csv"));
      assertEquals(2, quarantine.size(), quarantine.toString());
      assertTrue(quarantine.get(1).contains("report_date") && quarantine.get(1).contains("2024-13-01"),
          quarantine.get(1));
      assertTrue(Files.isRegularFile(out.resolve("ingest").resolve("data-quality.txt")));
      assertFalse(Files.exists(out.resolve("ingest").resolve("clean")));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aPeriodWithNoRecordIsWrittenWithAWarning() {
    Path out = tmp.resolve("empty");
    Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2030", "--out", out.toString(),
        "--no-export");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("warning: 2030: no input record falls in this period, so every published figure is"
        + " 0; check --period against the dates of the extract"), r.out());
    assertTrue(Files.isRegularFile(out.resolve("2030").resolve("indicators-public.csv")));
  }

  @Test
  void aQuarterAlsoGetsItsEarlyWarningAlerts() throws Exception {
    Path out = tmp.resolve("quarter");
    Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024-Q3", "--out", out.toString(),
        "--no-export");
    assertEquals(0, r.exitCode(), r.err());
    List<String> alerts = Files.readAllLines(out.resolve("2024-Q3").resolve("alerts.csv"));
    assertTrue(alerts.get(0).startsWith("period,rule,kind,indicator,cell,observed,expected,bound"), alerts.get(0));
    assertTrue(r.out().contains("alerts 2024-Q3: "), r.out());
  }

  @Test
  void badPeriodIsAUsageError() {
    Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024-Q5", "--out", tmp.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--period"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
