package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.period.Period;
import thbstat.indicators.problem.ThbstatException;

/** {@code --inject}: the planted victims are there, as described, and nothing else moves. */
class InjectionTest {
  @Test
  void parsesAndChecks() {
    Injection i = Injection.parse("labour-cluster:2025-Q2:novi_sad:8");
    assertEquals(new Injection("labour-cluster", Period.parse("2025-Q2"), "novi_sad", 8), i);
    assertEquals("labour-cluster:2025-Q2:novi_sad:8", i.toString());
    for (String bad : List.of("labour-cluster:2025:novi_sad:8", "labour-cluster:2025-Q2:atlantis:8",
        "flood:2025-Q2:nis:3", "labour-cluster:2025-Q2:nis", "labour-cluster:2025-Q2:nis:0")) {
      assertEquals(2, assertThrows(ThbstatException.class, () -> Injection.parse(bad)).exitCode(), bad);
    }
  }

  @Test
  void plantsTheClusterAndKeepsEveryOtherRow() throws Exception {
    Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "generated")), "inject-");
    new ExtractGenerator(new GenerateOptions(dir, 1, 1, OutputFormat.CSV, 2015, 2025, false,
        List.of(Injection.parse("labour-cluster:2025-Q2:novi_sad:8")))).generate();
    List<Map<String, String>> planted = Generated.rows(dir, "victims");
    List<Map<String, String>> clean = Generated.rows(Generated.scaleOne(), "victims");
    assertEquals(clean.size() + 8, planted.size());
    assertTrue(planted.containsAll(clean));
    List<Map<String, String>> added = planted.stream().filter(r -> !clean.contains(r)).toList();
    Period q = Period.parse("2025-Q2");
    for (Map<String, String> r : added) {
      assertEquals("novi_sad", r.get("police_admin"));
      assertEquals("identified", r.get("status"));
      assertEquals("m", r.get("sex"));
      assertEquals("labour", r.get("exploitation"));
      assertTrue(!r.get("citizenship").equals("SRB") && !r.get("citizenship").equals("XXX"), r.toString());
      assertTrue(q.contains(java.time.LocalDate.parse(r.get("report_date"))), r.toString());
      assertTrue(q.contains(java.time.LocalDate.parse(r.get("decision_date"))), r.toString());
    }
    assertEquals(Files.readString(Generated.scaleOne().resolve("proceedings.csv")),
        Files.readString(dir.resolve("proceedings.csv")));
  }
}
