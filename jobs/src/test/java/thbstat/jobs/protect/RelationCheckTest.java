package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.DisclosureControlTest.REGIONS;
import static thbstat.jobs.protect.DisclosureControlTest.SEXES;
import static thbstat.jobs.protect.DisclosureControlTest.interval;
import static thbstat.jobs.protect.DisclosureControlTest.regionBySex;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.cell;
import static thbstat.jobs.protect.Fixtures.grid;
import static thbstat.jobs.protect.Fixtures.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.table.IndicatorCell;

/** A declared relation that the period's values do not satisfy is weakened, never assumed. */
class RelationCheckTest {

  @SuppressWarnings("unchecked")
  static Map<String, Object> sums(Protection p) {
    Map<String, Object> ind = (Map<String, Object>) ((Map<String, Object>) p.rulesForManifest().get("indicators"))
        .get("VIC");
    return (Map<String, Object>) ind.get("sums");
  }

  /** Two women in a region the catalogue does not list: regions sum to less than the total. */
  @Test
  void unlistedCodeMakesTheSumAtMostTheTotal() {
    Catalogue cat = regionBySex(3, REGIONS, SEXES, "SEX");
    List<IndicatorCell> cells = new ArrayList<>();
    for (IndicatorCell c : grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 5}, {4, 7}})) {
      boolean regionTotal = c.codes().get(cat.outputDimensions().indexOf("REGION")).equals("_T");
      boolean sexF = c.codes().get(0).equals("F") || c.codes().get(0).equals("_T");
      int v = c.value().intValue() + (regionTotal && sexF ? 2 : 0);
      cells.add(cell(cat, "VIC", Map.of("REGION", c.codes().get(cat.outputDimensions().indexOf("REGION")), "SEX",
          c.codes().get(0)), v));
    }
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    assertEquals(Map.of("REGION", "le", "SEX", "eq"), sums(p));
    assertEquals(List.of("VIC 2024: REGION declared 'eq' but its codes and _T only satisfy 'le'"),
        p.rulesForManifest().get("weakened"));
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    // a + b = 6, c + d = 11, a + c ≤ 7, b + d ≤ 14: still [0, 6] at most, and it reaches 0 and 3
    assertEquals("[0, 6]", interval(audit, "REGION=R1 SEX=F"));
  }

  /** A dimension declared additive whose codes overlap (Σ > total) is treated as multi-valued. */
  @Test
  void overlappingCodesMakeTheSumAtLeastTheTotal() {
    Catalogue cat = regionBySex(3, REGIONS, SEXES, "SEX");
    List<IndicatorCell> cells = new ArrayList<>();
    for (IndicatorCell c : grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 5}, {4, 7}})) {
      String region = c.codes().get(cat.outputDimensions().indexOf("REGION"));
      String sex = c.codes().get(0);
      // one man counted in both regions: the men's total is 11, not 12
      int v = c.value().intValue() - (region.equals("_T") && (sex.equals("M") || sex.equals("_T")) ? 1 : 0);
      cells.add(cell(cat, "VIC", Map.of("REGION", region, "SEX", sex), v));
    }
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    assertEquals(Map.of("REGION", "ge", "SEX", "eq"), sums(p));
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
  }
}
