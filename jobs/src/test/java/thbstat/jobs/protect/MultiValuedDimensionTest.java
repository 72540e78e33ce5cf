package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.DisclosureControlTest.interval;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.catalogue;
import static thbstat.jobs.protect.Fixtures.cell;
import static thbstat.jobs.protect.Fixtures.dim;
import static thbstat.jobs.protect.Fixtures.indicator;
import static thbstat.jobs.protect.Fixtures.internal;
import static thbstat.jobs.protect.Fixtures.pattern;
import static thbstat.jobs.protect.Fixtures.sorted;
import static thbstat.jobs.protect.Fixtures.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.table.IndicatorCell;

/**
 * SEX (additive) × EXPLOITATION_GROUP (multi-valued: a victim of sexual and labour exploitation
 * counts under both, once in {@code _T}): forms do not sum to the total, so only part ≤ total and
 * Σ parts ≥ total may be assumed.
 */
class MultiValuedDimensionTest {
  static final List<String> GROUPS = List.of("SEXUAL", "LABOUR", "OTHER");

  static Catalogue catalogue3() {
    return catalogue(List.of(dim("SEX", false, "F", "M"), dim("EXPLOITATION_GROUP", true, "SEXUAL", "LABOUR", "OTHER")),
        List.of(indicator("VIC_REGISTERED", 3, List.of("SEX", "EXPLOITATION_GROUP"), List.of("SEX"))),
        List.of(table("VIC_SEX_GROUP", "VIC_REGISTERED", List.of("SEX"), List.of("EXPLOITATION_GROUP"))));
  }

  /** rows F, M, _T; columns SEXUAL, LABOUR, OTHER, _T (the _T column given, not summed). */
  static List<IndicatorCell> cells(Catalogue cat, int[][] rows) {
    List<IndicatorCell> out = new ArrayList<>();
    String[] sexes = {"F", "M", "_T"};
    String[] groups = {"SEXUAL", "LABOUR", "OTHER", "_T"};
    for (int r = 0; r < 3; r++) {
      for (int g = 0; g < 4; g++) {
        if (rows[r][g] > 0) {
          out.add(cell(cat, "VIC_REGISTERED", Map.of("SEX", sexes[r], "EXPLOITATION_GROUP", groups[g]), rows[r][g]));
        }
      }
    }
    return out;
  }

  /**
   * Women's forms sum to 15 > 12. Assuming F,OTHER = 12 − 8 − 6 would be infeasible (−2). What
   * really holds: f + m = 4 (SEX adds up), m + 9 + 4 ≥ 14 so m ≥ 1, f ≤ 12: f ∈ [0, 3], m ∈ [1, 4].
   * One complement in the OTHER column is enough.
   */
  @Test
  void partsSummingAboveTheTotalAreNoEquality() {
    Catalogue cat = catalogue3();
    int[][] v = {{8, 6, 1, 12}, {4, 9, 3, 14}, {12, 15, 4, 26}};
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells(cat, v)), PERIOD);

    assertEquals(sorted("C SEX=F EXPLOITATION_GROUP=OTHER", "D SEX=M EXPLOITATION_GROUP=OTHER"),
        pattern(cat, p.publicTable()));
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, 3]", interval(audit, "SEX=F EXPLOITATION_GROUP=OTHER"));
    assertEquals("[1, 4]", interval(audit, "SEX=M EXPLOITATION_GROUP=OTHER"));
    assertEquals(List.of("EXPLOITATION_GROUP"), ((Map<?, ?>) ((Map<?, ?>) p.rulesForManifest().get("indicators"))
        .get("VIC_REGISTERED")).get("multi"));
  }

  /**
   * Without overlap the inequality Σ parts ≥ total binds: with only the OTHER column suppressed,
   * f + 10 + 0 ≥ 12 gives f ≥ 2, so f ∈ [2, 6] fails. The audit loop adds the cheapest related
   * inner cell (F,SEXUAL = 10) and its column partner (M,SEXUAL = 5): f ∈ [0, 6].
   */
  @Test
  void bindingInequalityNeedsMoreComplements() {
    Catalogue cat = catalogue3();
    int[][] v = {{10, 0, 2, 12}, {5, 6, 4, 15}, {15, 6, 6, 27}};
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells(cat, v)), PERIOD);

    assertEquals(sorted("C SEX=F EXPLOITATION_GROUP=OTHER", "D SEX=M EXPLOITATION_GROUP=OTHER",
        "D SEX=F EXPLOITATION_GROUP=SEXUAL", "D SEX=M EXPLOITATION_GROUP=SEXUAL"), pattern(cat, p.publicTable()));
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, 6]", interval(audit, "SEX=F EXPLOITATION_GROUP=OTHER"));
  }

  /**
   * No person has sex U, so the published U,_T is 0, and every U,form cell is at most 0: a reader
   * knows it. Suppressing one hides nothing, and counting it as the second suppressed cell of a
   * form's SEX relation left the other one exact (in the sample's 2025 table, "Legal aid: Men" was
   * 26 − 18 − 0). Over 30 random sets of persons, each with one to three forms: the audit passes and
   * no cell of the U column is suppressed.
   */
  @Test
  void aCellThatAPublishedZeroBoundsIsNeverAComplement() {
    List<String> forms = List.of("A", "B", "C", "D", "E");
    Catalogue cat = catalogue(List.of(dim("SEX", false, "F", "M", "U"), dim("ASSISTANCE", true, "A", "B", "C", "D", "E")),
        List.of(indicator("VIC_ASSISTED", 3, List.of("SEX", "ASSISTANCE"), List.of("SEX"))),
        List.of(table("VIC_FORM_SEX", "VIC_ASSISTED", List.of("ASSISTANCE"), List.of("SEX"))));
    DisclosureControl dc = new DisclosureControl(cat);
    int suppressed = 0;
    for (int seed = 1; seed <= 30; seed++) {
      Random rnd = new Random(seed);
      Map<List<String>, Integer> counts = new HashMap<>();
      int persons = 12 + rnd.nextInt(30);
      for (int i = 0; i < persons; i++) {
        String sex = rnd.nextBoolean() ? "F" : "M";
        java.util.Set<String> own = new java.util.TreeSet<>();
        int n = 1 + rnd.nextInt(3);
        while (own.size() < n) {
          // later forms are rarer, so some cells hold 1 or 2 persons
          own.add(forms.get(Math.min(rnd.nextInt(5), rnd.nextInt(5))));
        }
        for (String s : List.of(sex, "_T")) {
          counts.merge(List.of(s, "_T"), 1, Integer::sum);
          for (String f : own) {
            counts.merge(List.of(s, f), 1, Integer::sum);
          }
        }
      }
      List<IndicatorCell> cells = new ArrayList<>();
      counts.forEach((k, v) -> cells.add(cell(cat, "VIC_ASSISTED", Map.of("SEX", k.get(0), "ASSISTANCE", k.get(1)), v)));
      Protection p = dc.protect(internal(cat, cells), PERIOD);

      AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
      assertTrue(audit.passed(), "seed " + seed + ": " + audit.failures());
      List<String> pattern = pattern(cat, p.publicTable());
      suppressed += pattern.size();
      assertTrue(pattern.stream().noneMatch(c -> c.contains("SEX=U")), "seed " + seed + ": " + pattern);
    }
    assertTrue(suppressed > 60, "the persons give small cells to protect: " + suppressed);
  }
}
