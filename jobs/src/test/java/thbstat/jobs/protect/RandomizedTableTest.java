package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.grid;
import static thbstat.jobs.protect.Fixtures.internal;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.table.IndicatorTable;

/** A 6 × 5 table with about a quarter small cells: quick, deterministic, and passing its own audit. */
class RandomizedTableTest {
  static final List<String> REGIONS = List.of("R1", "R2", "R3", "R4", "R5", "R6");
  static final List<String> REFERRERS = List.of("POLICE", "NGO", "SOCIAL", "SELF", "OTHER");

  @Test
  void protectsRandomTablesQuicklyAndSafely() {
    Catalogue cat = DisclosureControlTest.regionBySex(3, REGIONS, REFERRERS, "REFERRED_BY");
    DisclosureControl dc = new DisclosureControl(cat);
    long slowest = 0;
    for (int seed = 1; seed <= 20; seed++) {
      Random rnd = new Random(seed);
      int[][] v = new int[6][5];
      for (int r = 0; r < 6; r++) {
        for (int c = 0; c < 5; c++) {
          double u = rnd.nextDouble();
          v[r][c] = u < 0.25 ? 1 + rnd.nextInt(2) : u < 0.35 ? 0 : 3 + rnd.nextInt(18);
        }
      }
      IndicatorTable in = internal(cat, grid(cat, "VIC", "REGION", REGIONS, "REFERRED_BY", REFERRERS, v));
      long t0 = System.nanoTime();
      Protection p = dc.protect(in, PERIOD);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      slowest = Math.max(slowest, ms);

      AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
      assertTrue(audit.passed(), "seed " + seed + ": " + audit.failures());
      assertEquals(42, p.publicTable().cells().size());
      assertEquals(p.publicTable(), dc.protect(in, PERIOD).publicTable(), "seed " + seed + " not deterministic");
      TableProtection t = p.tables().get(0);
      System.out.printf("seed %2d: %d primary, %d secondary, %d ms%n", seed, t.primary(), t.secondary(), ms);
    }
    System.out.println("slowest protect of a 6×5 table: " + slowest + " ms");
    assertTrue(slowest < 5_000, "slowest " + slowest + " ms");
  }
}
