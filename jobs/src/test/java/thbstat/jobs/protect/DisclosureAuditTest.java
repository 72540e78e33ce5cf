package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.DisclosureControlTest.REGIONS;
import static thbstat.jobs.protect.DisclosureControlTest.SEXES;
import static thbstat.jobs.protect.DisclosureControlTest.interval;
import static thbstat.jobs.protect.DisclosureControlTest.regionBySex;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.grid;
import static thbstat.jobs.protect.Fixtures.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/** The LP audit catches what a careless protection lets through. */
class DisclosureAuditTest {
  final Catalogue cat = regionBySex(3, REGIONS, SEXES, "SEX");

  /** A public REGION × SEX table with the listed cells ("R1F" …) hidden with the given status. */
  IndicatorTable publicTable(int[][] v, Map<String, String> hidden) {
    Protection p = new DisclosureControl(regionBySex(0, REGIONS, SEXES, "SEX")).protect(
        internal(cat, grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, v)), PERIOD);
    List<IndicatorCell> cells = p.publicTable().cells().stream().map(c -> {
      String name = c.codes().get(cat.outputDimensions().indexOf("REGION")) + c.codes().get(0);
      return hidden.containsKey(name) ? c.withStatus(hidden.get(name), null) : c;
    }).toList();
    return new IndicatorTable(cat.outputDimensions(), cells);
  }

  Map<String, Object> rules() {
    return DisclosureRules.toManifest(DisclosureRules.of(cat));
  }

  /** Only the primary cell suppressed in a 2×2: its row total minus the other cell gives it back. */
  @Test
  void catchesAnUnderProtectedTable() {
    AuditReport audit = DisclosureAudit.audit(publicTable(new int[][] {{1, 5}, {4, 7}}, Map.of("R1F", "C")), rules());

    assertFalse(audit.passed());
    assertEquals("[1, 1]", interval(audit, "REGION=R1 SEX=F"));
    assertEquals(List.of("VIC 2024 REGION=R1 SEX=F: primary cell can be narrowed to [1, 1]; it must reach 0 and 3"),
        audit.failures());
  }

  /** The same table protected by the hypercube passes. */
  @Test
  void passesTheFourInnerCells() {
    AuditReport audit = DisclosureAudit.audit(publicTable(new int[][] {{1, 5}, {4, 7}},
        Map.of("R1F", "C", "R1M", "D", "R2F", "D", "R2M", "D")), rules());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals(4, audit.intervals().size());
  }

  /** Two small cells in one row hidden in a rectangle: a + b = 2, so a ∈ [0, 2] stays below 3. */
  @Test
  void catchesAnIntervalThatStaysBelowTheThreshold() {
    AuditReport audit = DisclosureAudit.audit(publicTable(new int[][] {{1, 1}, {4, 7}},
        Map.of("R1F", "C", "R1M", "C", "R2F", "D", "R2M", "D")), rules());
    assertFalse(audit.passed());
    assertEquals("[0, 2]", interval(audit, "REGION=R1 SEX=F"));
    assertTrue(audit.failures().contains("VIC 2024 REGION=R1 SEX=_T: published value 2 is below the threshold 3"),
        audit.failures().toString());
  }

  /** A small count published as free is a failure even when nothing is suppressed. */
  @Test
  void catchesAPublishedSmallCount() {
    AuditReport audit = DisclosureAudit.audit(publicTable(new int[][] {{1, 5}, {4, 7}}, Map.of()), rules());
    assertEquals(List.of("VIC 2024 REGION=R1 SEX=F: published value 1 is below the threshold 3"), audit.failures());
  }

  /** The rules are plain JSON: the audit gives the same answer after writing and reading them. */
  @Test
  void rulesSurviveAJsonRoundTrip() throws Exception {
    Protection p = new DisclosureControl(cat).protect(
        internal(cat, grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 5}, {4, 7}})), PERIOD);
    ObjectMapper json = new ObjectMapper();
    @SuppressWarnings("unchecked")
    Map<String, Object> back = json.readValue(json.writeValueAsString(p.rulesForManifest()), Map.class);
    assertEquals(DisclosureRules.fromManifest(p.rulesForManifest()), DisclosureRules.fromManifest(back));
    assertEquals(DisclosureAudit.audit(p.publicTable(), p.rulesForManifest()),
        DisclosureAudit.audit(p.publicTable(), back));
  }
}
