package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.at;
import static thbstat.jobs.protect.Fixtures.catalogue;
import static thbstat.jobs.protect.Fixtures.dim;
import static thbstat.jobs.protect.Fixtures.grid;
import static thbstat.jobs.protect.Fixtures.indicator;
import static thbstat.jobs.protect.Fixtures.internal;
import static thbstat.jobs.protect.Fixtures.pattern;
import static thbstat.jobs.protect.Fixtures.sorted;
import static thbstat.jobs.protect.Fixtures.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/** Textbook cases of primary and secondary suppression, with the answers worked out by hand. */
class DisclosureControlTest {
  static final List<String> REGIONS = List.of("R1", "R2");
  static final List<String> SEXES = List.of("F", "M");

  static Catalogue regionBySex(int threshold, List<String> regions, List<String> cols, String colDim) {
    return catalogue(List.of(dim("REGION", false, regions.toArray(String[]::new)),
            dim(colDim, false, cols.toArray(String[]::new))),
        List.of(indicator("VIC", threshold, List.of("REGION", colDim), List.of("REGION", colDim))),
        List.of(table("VIC_BY_REGION", "VIC", List.of("REGION"), List.of(colDim))));
  }

  /** 2×2 with one small cell: the whole inner 2×2 must go, the margins stay. */
  @Test
  void twoByTwoSuppressesTheFourInnerCells() {
    Catalogue cat = regionBySex(3, REGIONS, SEXES, "SEX");
    IndicatorTable in = internal(cat, grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 5}, {4, 7}}));
    Protection p = new DisclosureControl(cat).protect(in, PERIOD);

    assertEquals(sorted("C REGION=R1 SEX=F", "D REGION=R1 SEX=M", "D REGION=R2 SEX=F", "D REGION=R2 SEX=M"),
        pattern(cat, p.publicTable()));
    assertEquals(9, p.publicTable().cells().size());
    assertEquals(new BigDecimal(6), at(cat, p.publicTable(), "VIC", "REGION=R1").value());
    assertEquals(List.of(new TableProtection("VIC_BY_REGION", "VIC", 9, 1, 3)), p.tables());

    // a + b = 6, c + d = 11, a + c = 5, b + d = 12, all ≥ 0  →  a ∈ [0, 5]
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, 5]", interval(audit, "REGION=R1 SEX=F"));
    assertEquals("[1, 6]", interval(audit, "REGION=R1 SEX=M"));
    assertEquals("[6, 11]", interval(audit, "REGION=R2 SEX=M"));
  }

  /** 3×3 with one small cell: the cheapest of the four rectangles through it (9 + 7 + 4 = 20). */
  @Test
  void threeByThreeTakesTheCheapestRectangle() {
    List<String> regions = List.of("R1", "R2", "R3");
    List<String> cits = List.of("NAT", "EU", "NON_EU");
    Catalogue cat = regionBySex(3, regions, cits, "CITIZENSHIP");
    //          NAT  EU  NON_EU     rectangles through (R1,NAT): EU×R2 22, EU×R3 23, NON_EU×R2 20, NON_EU×R3 26
    int[][] v = {{2, 5, 9}, {7, 10, 4}, {6, 12, 11}};
    Protection p = new DisclosureControl(cat).protect(
        internal(cat, grid(cat, "VIC", "REGION", regions, "CITIZENSHIP", cits, v)), PERIOD);

    assertEquals(sorted("C REGION=R1 CITIZENSHIP=NAT", "D REGION=R1 CITIZENSHIP=NON_EU",
        "D REGION=R2 CITIZENSHIP=NAT", "D REGION=R2 CITIZENSHIP=NON_EU"), pattern(cat, p.publicTable()));
    // down 2: the opposite corner (4) absorbs it; up: the neighbours 9 and 7 give up to 7  →  [0, 9]
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, 9]", interval(audit, "REGION=R1 CITIZENSHIP=NAT"));
  }

  /** Rows nested REGION × SEX with subtotals, columns AGE: a 2×2×2 cube, every line of which must hold two. */
  @Test
  void hierarchicalTableSuppressesTheWholeInnerCube() {
    Catalogue cat = catalogue(
        List.of(dim("REGION", false, "R1", "R2"), dim("SEX", false, "F", "M"), dim("AGE", false, "Y_LT18", "Y_GE18")),
        List.of(indicator("VIC", 3, List.of("REGION", "SEX", "AGE"), List.of("REGION", "SEX", "AGE"))),
        List.of(table("VIC_REGION_SEX_AGE", "VIC", List.of("REGION", "SEX"), List.of("AGE"))));
    Map<List<String>, Integer> inner = new java.util.LinkedHashMap<>();
    inner.put(List.of("R1", "F", "Y_LT18"), 1);
    inner.put(List.of("R1", "F", "Y_GE18"), 6);
    inner.put(List.of("R1", "M", "Y_LT18"), 4);
    inner.put(List.of("R1", "M", "Y_GE18"), 5);
    inner.put(List.of("R2", "F", "Y_LT18"), 3);
    inner.put(List.of("R2", "F", "Y_GE18"), 7);
    inner.put(List.of("R2", "M", "Y_LT18"), 5);
    inner.put(List.of("R2", "M", "Y_GE18"), 8);
    List<IndicatorCell> cells = Fixtures.additiveCube(cat, "VIC", List.of("REGION", "SEX", "AGE"),
        List.of(List.of("R1", "R2"), List.of("F", "M"), List.of("Y_LT18", "Y_GE18")), inner);
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    List<String> pattern = pattern(cat, p.publicTable());
    assertEquals(8, pattern.size(), pattern.toString());
    assertTrue(pattern.stream().noneMatch(s -> s.contains("_T")), "no subtotal suppressed: " + pattern);
    assertEquals(1, pattern.stream().filter(s -> s.startsWith("C")).count());
    assertEquals(27, p.publicTable().cells().size());
    // one degree of freedom: down by 1 (distance-2 cells ≥ 1), up by 3 (neighbours 3, 4, 6; opposite 8)
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, 4]", interval(audit, "REGION=R1 SEX=F AGE=Y_LT18"));
  }

  /**
   * SEX × AGE and SEX × CITIZENSHIP share the SEX margin. Men: 2 (primary in both tables); their
   * AGE and CITIZENSHIP cells are small too. The margin of women must go in both, with one
   * inner cell of women per column that holds a small men's cell.
   */
  @Test
  void linkedTablesAreProtectedTogether() {
    Catalogue cat = catalogue(
        List.of(dim("SEX", false, "F", "M"), dim("AGE", false, "Y_LT18", "Y_GE18"),
            dim("CITIZENSHIP", false, "NAT", "EU", "NON_EU")),
        List.of(indicator("VIC", 3, List.of("SEX", "AGE", "CITIZENSHIP"), List.of("SEX", "AGE", "CITIZENSHIP"))),
        List.of(table("VIC_SEX_AGE", "VIC", List.of("SEX"), List.of("AGE")),
            table("VIC_SEX_CIT", "VIC", List.of("SEX"), List.of("CITIZENSHIP"))));
    Map<List<String>, Integer> inner = new java.util.LinkedHashMap<>();
    int[][] f = {{3, 1, 4}, {5, 2, 6}};
    int[][] m = {{1, 0, 1}, {0, 0, 0}};
    String[] ages = {"Y_LT18", "Y_GE18"};
    String[] cits = {"NAT", "EU", "NON_EU"};
    for (int a = 0; a < 2; a++) {
      for (int c = 0; c < 3; c++) {
        inner.put(List.of("F", ages[a], cits[c]), f[a][c]);
        inner.put(List.of("M", ages[a], cits[c]), m[a][c]);
      }
    }
    List<IndicatorCell> cells = Fixtures.additiveCube(cat, "VIC", List.of("SEX", "AGE", "CITIZENSHIP"),
        List.of(SEXES, List.of(ages), List.of(cits)), inner);
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    assertEquals(sorted(
            "D SEX=F AGE=Y_LT18 CITIZENSHIP=_T",
            "D SEX=F AGE=_T CITIZENSHIP=NAT",
            "D SEX=F AGE=_T CITIZENSHIP=NON_EU",
            "D SEX=F AGE=_T CITIZENSHIP=_T",
            "C SEX=M AGE=Y_LT18 CITIZENSHIP=_T",
            "C SEX=M AGE=_T CITIZENSHIP=NAT",
            "C SEX=M AGE=_T CITIZENSHIP=NON_EU",
            "C SEX=M AGE=_T CITIZENSHIP=_T"),
        pattern(cat, p.publicTable()));
    assertEquals(List.of(new TableProtection("VIC_SEX_AGE", "VIC", 9, 2, 2),
        new TableProtection("VIC_SEX_CIT", "VIC", 12, 3, 3)), p.tables());
    // m free in [0, 10] (women under 18 = 10 − m ≥ 0)
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, 10]", interval(audit, "SEX=M AGE=_T CITIZENSHIP=_T"));
    assertEquals("[0, 9]", interval(audit, "SEX=M AGE=_T CITIZENSHIP=NAT"));
  }

  /**
   * 3×3 with two small cells in one row (1 and 2). Row R1 needs a third cell (singleton rule: the
   * victim counted in one could subtract themself), and keeping the margin 12 published that is
   * (R1,NON_EU) = 9. Each column then needs a second cell, at least three more, and a row cannot
   * hold just one: the whole row R2 (6 + 7 + 5 = 18) is cheaper than row R3 (8 + 14 + 10 = 32) or
   * any four cells split over both rows (at least 7 + 5 + 8 + 10 = 30). So rows R1 and R2 go,
   * every margin stays published.
   */
  @Test
  void threeByThreeWithTwoSmallCellsKeepsEveryMargin() {
    List<String> regions = List.of("R1", "R2", "R3");
    List<String> cits = List.of("NAT", "EU", "NON_EU");
    Catalogue cat = regionBySex(3, regions, cits, "CITIZENSHIP");
    int[][] v = {{1, 2, 9}, {6, 7, 5}, {8, 14, 10}};
    Protection p = new DisclosureControl(cat).protect(
        internal(cat, grid(cat, "VIC", "REGION", regions, "CITIZENSHIP", cits, v)), PERIOD);

    assertEquals(sorted("C REGION=R1 CITIZENSHIP=NAT", "C REGION=R1 CITIZENSHIP=EU",
        "D REGION=R1 CITIZENSHIP=NON_EU", "D REGION=R2 CITIZENSHIP=NAT", "D REGION=R2 CITIZENSHIP=EU",
        "D REGION=R2 CITIZENSHIP=NON_EU"), pattern(cat, p.publicTable()));
    // a + b + c = 12, d + e + f = 18, a + d = 7, b + e = 9, c + f = 14: a ≤ 7, b ≤ 9, both down to 0
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, 7]", interval(audit, "REGION=R1 CITIZENSHIP=NAT"));
    assertEquals("[0, 9]", interval(audit, "REGION=R1 CITIZENSHIP=EU"));
  }

  /**
   * REGION and SCOPE tables share the grand total (40). Three small regions (1 + 2 + 1 = 4) hide
   * each other: the reader knows only that they sum to 40 − 20 − 16 = 4, so each lies in [0, 4]
   * and no secondary is needed; the grand total and the SCOPE table stay published.
   */
  @Test
  void linkedTablesKeepTheirSharedGrandTotal() {
    Catalogue cat = catalogue(
        List.of(dim("REGION", false, "R1", "R2", "R3", "R4", "R5"), dim("SCOPE", false, "INTERNAL", "TRANSNATIONAL")),
        List.of(indicator("VIC", 3, List.of("REGION", "SCOPE"), List.of("REGION", "SCOPE"))),
        List.of(table("VIC_REGION", "VIC", List.of("REGION"), List.of()),
            table("VIC_SCOPE", "VIC", List.of("SCOPE"), List.of())));
    Map<List<String>, Integer> inner = new java.util.LinkedHashMap<>();
    inner.put(List.of("R1", "INTERNAL"), 1);
    inner.put(List.of("R2", "TRANSNATIONAL"), 2);
    inner.put(List.of("R3", "INTERNAL"), 1);
    inner.put(List.of("R4", "INTERNAL"), 12);
    inner.put(List.of("R4", "TRANSNATIONAL"), 8);
    inner.put(List.of("R5", "INTERNAL"), 11);
    inner.put(List.of("R5", "TRANSNATIONAL"), 5);
    List<IndicatorCell> cells = Fixtures.additiveCube(cat, "VIC", List.of("REGION", "SCOPE"),
        List.of(List.of("R1", "R2", "R3", "R4", "R5"), List.of("INTERNAL", "TRANSNATIONAL")), inner);
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    assertEquals(sorted("C REGION=R1 SCOPE=_T", "C REGION=R2 SCOPE=_T", "C REGION=R3 SCOPE=_T"),
        pattern(cat, p.publicTable()));
    assertEquals(new BigDecimal(40), at(cat, p.publicTable(), "VIC", "REGION=_T", "SCOPE=_T").value());
    assertEquals(List.of(new TableProtection("VIC_REGION", "VIC", 6, 3, 0),
        new TableProtection("VIC_SCOPE", "VIC", 3, 0, 0)), p.tables());
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    for (String r : List.of("R1", "R2", "R3")) {
      assertEquals("[0, 4]", interval(audit, "REGION=" + r + " SCOPE=_T"));
    }
  }

  /** Zero cells are published as 0 and never chosen as complements: they hide nothing. */
  @Test
  void zeroCellsArePublishedAndNeverComplements() {
    List<String> cits = List.of("NAT", "EU", "NON_EU");
    Catalogue cat = regionBySex(3, REGIONS, cits, "CITIZENSHIP");
    Protection p = new DisclosureControl(cat).protect(
        internal(cat, grid(cat, "VIC", "REGION", REGIONS, "CITIZENSHIP", cits, new int[][] {{1, 0, 6}, {5, 0, 8}})),
        PERIOD);

    assertEquals(12, p.publicTable().cells().size());
    for (String code : List.of("REGION=R1", "REGION=R2", "REGION=_T")) {
      IndicatorCell zero = at(cat, p.publicTable(), "VIC", code, "CITIZENSHIP=EU");
      assertEquals("F", zero.status());
      assertEquals(BigDecimal.ZERO, zero.value());
    }
    assertEquals(sorted("C REGION=R1 CITIZENSHIP=NAT", "D REGION=R1 CITIZENSHIP=NON_EU",
        "D REGION=R2 CITIZENSHIP=NAT", "D REGION=R2 CITIZENSHIP=NON_EU"), pattern(cat, p.publicTable()));
    assertTrue(DisclosureAudit.audit(p.publicTable(), p.rulesForManifest()).passed());
  }

  /** A public indicator (threshold 0): every cell free, values as computed, zeros filled in. */
  @Test
  void publicIndicatorIsUntouched() {
    Catalogue cat = regionBySex(0, REGIONS, SEXES, "SEX");
    List<IndicatorCell> cells = grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 0}, {2, 7}});
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    assertEquals(9, p.publicTable().cells().size());
    assertTrue(p.publicTable().cells().stream().allMatch(c -> c.status().equals("F") && c.value() != null));
    for (IndicatorCell c : cells) {
      assertEquals(c.value(), at(cat, p.publicTable(), "VIC", "REGION=" + c.codes().get(cat.outputDimensions()
          .indexOf("REGION")), "SEX=" + c.codes().get(0)).value());
    }
    assertEquals(BigDecimal.ZERO, at(cat, p.publicTable(), "VIC", "REGION=R1", "SEX=M").value());
    assertEquals(List.of(new TableProtection("VIC_BY_REGION", "VIC", 9, 0, 0)), p.tables());
  }

  /** The internal table carries the public status of each cell, F where not published. */
  @Test
  void internalCellsCarryTheirPublicStatus() {
    Catalogue cat = catalogue(List.of(dim("REGION", false, "R1", "R2"), dim("SEX", false, "F", "M")),
        List.of(indicator("VIC", 3, List.of("REGION", "SEX"), List.of("REGION", "SEX")),
            indicator("OTHER", 3, List.of("SEX"), List.of("SEX"))),
        List.of(table("VIC_BY_REGION", "VIC", List.of("REGION"), List.of("SEX"))));
    List<IndicatorCell> cells = new java.util.ArrayList<>(
        grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 5}, {4, 7}}));
    cells.add(Fixtures.cell(cat, "OTHER", Map.of("SEX", "F"), 1));
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    IndicatorTable in = p.internalWithStatus();
    assertEquals(cells.size(), in.cells().size());
    assertEquals("C", at(cat, in, "VIC", "REGION=R1", "SEX=F").status());
    assertEquals(new BigDecimal(1), at(cat, in, "VIC", "REGION=R1", "SEX=F").value());
    assertEquals("D", at(cat, in, "VIC", "REGION=R2", "SEX=M").status());
    assertEquals("F", at(cat, in, "VIC", "REGION=_T", "SEX=_T").status());
    assertEquals("F", at(cat, in, "OTHER", "SEX=F").status());
    assertNull(at(cat, p.publicTable(), "VIC", "REGION=R1", "SEX=F").value());
    assertTrue(p.publicTable().cells().stream().noneMatch(c -> c.indicator().equals("OTHER")));
  }

  /** A run of several periods: each period's internal table holds that period's cells only. */
  @Test
  void internalTableOfAPeriodHoldsThatPeriodOnly() {
    Catalogue cat = regionBySex(3, REGIONS, SEXES, "SEX");
    List<IndicatorCell> year = grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 5}, {4, 7}});
    List<IndicatorCell> both = new java.util.ArrayList<>(year);
    // the same cells in the next year, where the R1 women are 6 and nothing is confidential
    year.forEach(c -> both.add(new IndicatorCell(c.indicator(), "2025", c.codes(), c.value().add(BigDecimal.TEN),
        c.unit(), c.status(), c.units() + 10)));
    Protection p = new DisclosureControl(cat).protect(internal(cat, both), PERIOD);

    IndicatorTable in = p.internalWithStatus();
    assertEquals(year.size(), in.cells().size());
    assertTrue(in.cells().stream().allMatch(c -> c.period().equals(PERIOD)));
    assertEquals("C", at(cat, in, "VIC", "REGION=R1", "SEX=F").status());
  }

  /** One victim in the year: every non-zero cell is primary, nothing is left to complement them. */
  @Test
  void indicatorBelowTheThresholdAltogether() {
    Catalogue cat = regionBySex(3, REGIONS, SEXES, "SEX");
    Protection p = new DisclosureControl(cat).protect(
        internal(cat, grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 0}, {0, 0}})), PERIOD);

    assertEquals(sorted("C REGION=R1 SEX=F", "C REGION=R1 SEX=_T", "C REGION=_T SEX=F", "C REGION=_T SEX=_T"),
        pattern(cat, p.publicTable()));
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, ∞)", interval(audit, "REGION=_T SEX=_T"));
  }

  @Test
  void sameInputGivesTheSamePattern() {
    Catalogue cat = regionBySex(3, List.of("R1", "R2", "R3"), List.of("NAT", "EU", "NON_EU"), "CITIZENSHIP");
    int[][] v = {{2, 2, 9}, {1, 10, 4}, {6, 1, 11}};
    List<IndicatorCell> cells = grid(cat, "VIC", "REGION", List.of("R1", "R2", "R3"), "CITIZENSHIP",
        List.of("NAT", "EU", "NON_EU"), v);
    Protection a = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);
    List<IndicatorCell> reversed = new java.util.ArrayList<>(cells);
    java.util.Collections.reverse(reversed);
    Protection b = new DisclosureControl(cat).protect(internal(cat, reversed), PERIOD);
    assertEquals(a.publicTable(), b.publicTable());
    assertTrue(DisclosureAudit.audit(a.publicTable(), a.rulesForManifest()).passed());
  }

  static String interval(AuditReport audit, String cell) {
    return audit.intervals().stream().filter(i -> i.cell().equals(cell)).findFirst()
        .orElseThrow(() -> new AssertionError("no interval for " + cell + " in " + audit.intervals()))
        .formatted();
  }
}
