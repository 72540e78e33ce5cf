package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thbstat alerts} on the sample data, and on a copy with a planted labour cluster. */
class AlertsCommandIT {
  private static final String HEADER = "period,rule,kind,indicator,cell,observed,expected,bound,p_value,q_value,"
      + "severity,explanation_en,explanation_sr-Latn,explanation_sr-Cyrl";

  @Test
  void quarterOnTheSampleData(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("alerts", "--input", Path.of("..", "sample-data").toString(), "--period", "2025-Q2",
        "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err() + r.out());
    List<String> lines = Files.readAllLines(out.resolve("2025-Q2").resolve("alerts.csv"), StandardCharsets.UTF_8);
    assertEquals(HEADER, lines.get(0));
    assertTrue(r.out().contains("alerts 2025-Q2: 10 rules, 0 fired -> " + out.resolve("2025-Q2").resolve("alerts.csv")),
        r.out());
    assertEquals(1, r.out().split("alerts 2025-Q2: 10 rules", -1).length - 1, "one summary line: " + r.out());
    // the rules' own compute says whose it is
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("alerts 2025-Q2: compute over ")), r.out());
    assertTrue(r.out().lines().noneMatch(l -> l.startsWith("compute: ")), r.out());
  }

  @Test
  void findsAPlantedCluster(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    Cli.Result g = Cli.run("generate", "--out", in.toString(), "--to-year", "2025",
        "--inject", "labour-cluster:2025-Q2:novi_sad:6");
    assertEquals(0, g.exitCode(), g.err());
    Cli.Result r = Cli.run("alerts", "--input", in.toString(), "--period", "2025-Q2", "--out",
        dir.resolve("out").toString());
    assertEquals(0, r.exitCode(), r.err() + r.out());
    String csv = Files.readString(dir.resolve("out").resolve("2025-Q2").resolve("alerts.csv"));
    assertTrue(csv.contains("LABOUR_BY_REGION,poisson,VIC_IDENTIFIED,EXPLOITATION=LABOUR;REGION=NOVI_SAD,"), csv);
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  ") && l.contains("LABOUR_BY_REGION")
        && l.contains("EXPLOITATION=LABOUR;REGION=NOVI_SAD")), "each firing printed under the summary: " + r.out());
  }

  @Test
  void refusesAYear() {
    Cli.Result r = Cli.run("alerts", "--input", Path.of("..", "sample-data").toString(), "--period", "2025");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("alerts judge a quarter"), r.err());
  }
}
