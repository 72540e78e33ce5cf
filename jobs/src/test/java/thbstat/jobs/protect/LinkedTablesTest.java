package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.at;
import static thbstat.jobs.protect.Fixtures.cell;
import static thbstat.jobs.protect.Fixtures.dim;
import static thbstat.jobs.protect.Fixtures.grid;
import static thbstat.jobs.protect.Fixtures.indicator;
import static thbstat.jobs.protect.Fixtures.internal;
import static thbstat.jobs.protect.Fixtures.pattern;
import static thbstat.jobs.protect.Fixtures.sorted;
import static thbstat.jobs.protect.Fixtures.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.problem.ThbstatException;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Two indicators that count the same persons: victims by sex and age, and child victims by sex
 * (the victims' CHILD row). Worked by hand:
 *
 * <pre>
 *   victims   F   M   _T        children   F   M   _T
 *   CHILD     4   6   10                   4   6   10
 *   ADULT     1   9   10
 *   _T        5  15   20
 * </pre>
 *
 * ADULT×F = 1 is primary; the victims' table alone hides it with the inner 2×2, and the
 * children's table alone has nothing to hide, so it would publish F = 4 — and with it ADULT×F =
 * 5 − 4 = 1. Linked, the children's F and M are the victims' CHILD×F and CHILD×M: suppressed too.
 */
class LinkedTablesTest {
  static Catalogue victimsAndChildren(boolean linked, String whereCode) {
    Indicator victims = indicator("VIC", 3, List.of("SEX", "AGE"), List.of("SEX", "AGE"));
    Indicator kids = indicator("KIDS", 3, List.of("SEX"), List.of("SEX"));
    if (linked) {
      kids = new Indicator(kids.id(), kids.label(), kids.definition(), kids.source(), kids.measure(), kids.filter(),
          kids.date(), kids.dimensions(), kids.additive(), kids.unit(), kids.references(),
          new Disclosure(3, "test", List.of(new Disclosure.Link("VIC", Map.of("AGE", whereCode)))), null, 42);
    }
    return Fixtures.catalogue(List.of(dim("SEX", false, "F", "M"), dim("AGE", false, "CHILD", "ADULT")),
        List.of(victims, kids),
        List.of(table("VIC_AGE_SEX", "VIC", List.of("AGE"), List.of("SEX")),
            table("KIDS_SEX", "KIDS", List.of("SEX"), List.of())));
  }

  static IndicatorTable cells(Catalogue cat, int kidsF) {
    List<IndicatorCell> cells = new ArrayList<>(grid(cat, "VIC", "AGE", List.of("CHILD", "ADULT"), "SEX",
        List.of("F", "M"), new int[][] {{4, 6}, {1, 9}}));
    cells.add(cell(cat, "KIDS", Map.of("SEX", "F"), kidsF));
    cells.add(cell(cat, "KIDS", Map.of("SEX", "M"), 6));
    cells.add(cell(cat, "KIDS", Map.of("SEX", "_T"), kidsF + 6));
    return internal(cat, cells);
  }

  @Test
  void unlinkedTheChildrensTableGivesAwayTheSmallCell() {
    Catalogue cat = victimsAndChildren(false, "CHILD");
    Protection p = new DisclosureControl(cat).protect(cells(cat, 4), PERIOD);
    assertEquals(new BigDecimal(4), at(cat, p.publicTable(), "KIDS", "SEX=F").value());
    assertTrue(pattern(cat, p.publicTable()).contains("D SEX=F AGE=CHILD"));
  }

  @Test
  void linkedTheSameFigureIsSuppressedInBothTables() {
    Catalogue cat = victimsAndChildren(true, "CHILD");
    Protection p = new DisclosureControl(cat).protect(cells(cat, 4), PERIOD);

    assertEquals(sorted("C SEX=F AGE=ADULT", "D SEX=M AGE=ADULT", "D SEX=F AGE=CHILD", "D SEX=M AGE=CHILD",
        "D SEX=F", "D SEX=M"), pattern(cat, p.publicTable()));
    assertEquals(new BigDecimal(10), at(cat, p.publicTable(), "KIDS", "SEX=_T").value());
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    // CHILD×F + ADULT×F = 5, CHILD×M + ADULT×M = 15, CHILD×F + CHILD×M = 10 (also children's F + M),
    // ADULT×F + ADULT×M = 10, all ≥ 0  →  ADULT×F ∈ [0, 5]
    assertEquals("[0, 5]", DisclosureControlTest.interval(audit, "SEX=F AGE=ADULT"));
    assertEquals(List.of(new TableProtection("VIC_AGE_SEX", "VIC", 9, 1, 3),
        new TableProtection("KIDS_SEX", "KIDS", 3, 0, 2)), p.tables());
  }

  @Test
  void theAuditReadsTheLinkFromTheManifestAndCatchesAFigurePublishedInOneTableOnly() {
    Catalogue cat = victimsAndChildren(true, "CHILD");
    Protection p = new DisclosureControl(cat).protect(cells(cat, 4), PERIOD);
    List<IndicatorCell> tampered = new ArrayList<>();
    for (IndicatorCell c : p.publicTable().cells()) {
      boolean kidsF = c.indicator().equals("KIDS") && c.codes().equals(at(cat, p.publicTable(), "KIDS", "SEX=F").codes());
      tampered.add(kidsF ? c.withStatus("F", new BigDecimal(4)) : c);
    }
    AuditReport audit = DisclosureAudit.audit(new IndicatorTable(p.publicTable().dimensions(), tampered),
        p.rulesForManifest());

    assertFalse(audit.passed());
    assertTrue(audit.failures().stream().anyMatch(f -> f.contains("count the same persons but are published as 4 and"
        + " suppressed (D)")), audit.failures().toString());
    assertTrue(audit.failures().stream().anyMatch(f -> f.contains("VIC 2024 SEX=F AGE=ADULT: primary cell can be"
        + " narrowed to [1, 1]")), audit.failures().toString());
  }

  @Test
  void aLinkTheValuesDoNotBearOutStopsTheRun() {
    Catalogue cat = victimsAndChildren(true, "ADULT");
    ThbstatException e = assertThrows(ThbstatException.class,
        () -> new DisclosureControl(cat, "draft.yaml").protect(cells(cat, 4), PERIOD));
    assertTrue(e.getMessage().contains("KIDS: disclosure.linked says its cell"), e.getMessage());
    // the file the catalogue was read from (run --catalogue), at the entry of the indicator that declares the link
    assertEquals("draft.yaml", e.problems().get(0).file());
    assertEquals(42, e.problems().get(0).line());
  }

  /**
   * Registered = identified + presumed, by sex (worked by hand):
   *
   * <pre>
   *               F   M  _T
   *   identified 10   5  15
   *   presumed    1   4   5
   *   registered 11   9  20
   * </pre>
   *
   * Presumed F = 1 is primary. Alone, the presumed table hides it with M, and registered F − identified
   * F = 11 − 10 = 1 gives it back. Linked, identified F goes too (cheaper than registered F), and then
   * identified M to close identified's total: with x = presumed F, identified F = 11 − x, presumed M =
   * 5 − x, identified M = 4 + x, so x ∈ [0, 5].
   */
  @Test
  void aSumOfTwoLinkedIndicatorsIsARelationBetweenTheirCells() {
    Catalogue cat = registeredIdentifiedPresumed(List.of("F", "M"));
    List<IndicatorCell> cells = new ArrayList<>();
    int[][] values = {{10, 5}, {1, 4}, {11, 9}};
    String[] ids = {"ID", "PRES", "REG"};
    for (int i = 0; i < 3; i++) {
      cells.add(cell(cat, ids[i], Map.of("SEX", "F"), values[i][0]));
      cells.add(cell(cat, ids[i], Map.of("SEX", "M"), values[i][1]));
      cells.add(cell(cat, ids[i], Map.of("SEX", "_T"), values[i][0] + values[i][1]));
    }
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    List<String> statuses = new ArrayList<>();
    for (String id : ids) {
      for (String sex : List.of("F", "M", "_T")) {
        IndicatorCell c = at(cat, p.publicTable(), id, "SEX=" + sex);
        statuses.add(id + " " + sex + " " + (c.value() == null ? c.status() : c.value().toPlainString()));
      }
    }
    assertEquals(List.of("ID F D", "ID M D", "ID _T 15", "PRES F C", "PRES M D", "PRES _T 5", "REG F 11", "REG M 9",
        "REG _T 20"), statuses);
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, 5]", audit.intervals().stream().filter(i -> i.indicator().equals("PRES") && i.cell()
        .equals("SEX=F")).findFirst().orElseThrow().formatted());
  }

  /**
   * The complement of a published subset (worked by hand): victims by form of exploitation and by
   * age are published, and child victims by form, but not victims by form and age.
   *
   * <pre>
   *   victims  CHILD ADULT  _T        children
   *   E1         5     1     6        E1   5
   *   E2         4     6    10        E2   4
   *   _T         9     7    16        _T   9
   * </pre>
   *
   * No published cell is below 3, yet victims E1 − children E1 = 6 − 5 = 1 adult victim of E1.
   * That difference is an unpublished cell of the victims (E1, AGE≠CHILD) and a primary one. The
   * cheapest cell beside it is children E1 (an inner cell; victims E1 is a margin of the victims'
   * age), and children E2 closes the children's total: with k = children E1, the adults of E1 are
   * 6 − k and of E2 10 − (9 − k), k ∈ [0, 9], so the adults of E1 ∈ [0, 6].
   */
  @Test
  void theComplementOfAPublishedSubsetIsProtectedToo() {
    Catalogue cat = victimsByExploitationAndChildren();
    Protection p = new DisclosureControl(cat).protect(victimsByExploitation(cat), PERIOD);

    assertEquals(sorted("D EXPL=E1", "D EXPL=E2"), pattern(cat, p.publicTable()));
    assertEquals(new BigDecimal(6), at(cat, p.publicTable(), "VIC", "EXPL=E1", "AGE=_T").value());
    assertEquals(new BigDecimal(9), at(cat, p.publicTable(), "KIDS", "EXPL=_T").value());
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
  }

  /**
   * The complement of a published twin is a cell too: victims minus child victims over all forms,
   * 16 − 9 = 7 (worked by hand), the total that the forms' complements are parts of. Without it a
   * reader bounds E2's adults by 10 − children E2 ≤ 10; with it, E1's and E2's adults add up to 7.
   */
  @Test
  void theComplementsOfTheFormsHaveTheirTotal() {
    Catalogue cat = victimsByExploitationAndChildren();
    Protection p = new DisclosureControl(cat).protect(victimsByExploitation(cat), PERIOD);
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertEquals(List.of("EXPL=E1 AGE≠CHILD [0, 6]", "EXPL=E2 AGE≠CHILD [0, 7]", "EXPL=_T AGE≠CHILD [7, 7]"),
        audit.complements().stream().map(c -> c.cell() + " " + c.formatted()).sorted().toList());
  }

  @Test
  void theAuditFindsTheComplementOfAPublishedSubset() {
    Catalogue cat = victimsByExploitationAndChildren();
    Protection p = new DisclosureControl(cat).protect(victimsByExploitation(cat), PERIOD);
    List<IndicatorCell> everything = new ArrayList<>();
    for (IndicatorCell c : p.publicTable().cells()) {
      everything.add(c.value() != null ? c : c.withStatus("F", new BigDecimal(c.codes().contains("E1") ? 5 : 4)));
    }
    AuditReport audit = DisclosureAudit.audit(new IndicatorTable(p.publicTable().dimensions(), everything),
        p.rulesForManifest());

    assertEquals(List.of("VIC 2024 EXPL=E1 AGE≠CHILD (unpublished): the published cells narrow it to [1, 1]; its upper"
        + " bound must be 0 or at least 3"), audit.failures());
  }

  static Catalogue victimsByExploitationAndChildren() {
    Indicator victims = indicator("VIC", 3, List.of("EXPL", "AGE"), List.of("EXPL", "AGE"));
    Indicator kids = indicator("KIDS", 3, List.of("EXPL"), List.of("EXPL"));
    kids = new Indicator(kids.id(), kids.label(), kids.definition(), kids.source(), kids.measure(), kids.filter(),
        kids.date(), kids.dimensions(), kids.additive(), kids.unit(), kids.references(),
        new Disclosure(3, "test", List.of(new Disclosure.Link("VIC", Map.of("AGE", "CHILD")))), null, 1);
    return Fixtures.catalogue(List.of(dim("EXPL", false, "E1", "E2"), dim("AGE", false, "CHILD", "ADULT")),
        List.of(victims, kids),
        List.of(table("VIC_EXPL", "VIC", List.of("EXPL"), List.of()), table("VIC_AGE", "VIC", List.of("AGE"), List.of()),
            table("KIDS_EXPL", "KIDS", List.of("EXPL"), List.of())));
  }

  static IndicatorTable victimsByExploitation(Catalogue cat) {
    List<IndicatorCell> cells = new ArrayList<>(grid(cat, "VIC", "EXPL", List.of("E1", "E2"), "AGE",
        List.of("CHILD", "ADULT"), new int[][] {{5, 1}, {4, 6}}));
    cells.add(cell(cat, "KIDS", Map.of("EXPL", "E1"), 5));
    cells.add(cell(cat, "KIDS", Map.of("EXPL", "E2"), 4));
    cells.add(cell(cat, "KIDS", Map.of("EXPL", "_T"), 9));
    return internal(cat, cells);
  }

  /**
   * The grand totals of linked indicators are kept published when a safe pattern allows it
   * (worked by hand):
   *
   * <pre>
   *               F   M   U  _T
   *   identified  6   5   5  16
   *   presumed    2   1   0   3
   *   registered  8   6   5  19
   * </pre>
   *
   * Presumed F and M are primary. Without the rule, the search hid them behind the grand totals of
   * the identified and the presumed victims. With identified F, M, U and presumed U suppressed
   * instead (U: with F and M both primary, F + M = 3 would let one of them subtract its own), and
   * x = presumed F: identified F = 8 − x, presumed M + U = 3 − x, so x ∈ [0, 3]; the same for M.
   */
  @Test
  void theGrandTotalsOfLinkedIndicatorsStayPublishedWhenTheyCan() {
    Catalogue cat = registeredIdentifiedPresumed(List.of("F", "M", "U"));
    List<IndicatorCell> cells = new ArrayList<>();
    int[][] values = {{6, 5, 5}, {2, 1, 0}, {8, 6, 5}};
    String[] ids = {"ID", "PRES", "REG"};
    for (int i = 0; i < 3; i++) {
      cells.add(cell(cat, ids[i], Map.of("SEX", "F"), values[i][0]));
      cells.add(cell(cat, ids[i], Map.of("SEX", "M"), values[i][1]));
      cells.add(cell(cat, ids[i], Map.of("SEX", "U"), values[i][2]));
      cells.add(cell(cat, ids[i], Map.of("SEX", "_T"), values[i][0] + values[i][1] + values[i][2]));
    }
    Protection p = new DisclosureControl(cat).protect(internal(cat, cells), PERIOD);

    assertEquals(new BigDecimal(16), at(cat, p.publicTable(), "ID", "SEX=_T").value());
    assertEquals(new BigDecimal(3), at(cat, p.publicTable(), "PRES", "SEX=_T").value());
    assertEquals(new BigDecimal(19), at(cat, p.publicTable(), "REG", "SEX=_T").value());
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    for (String sex : List.of("F", "M")) {
      assertEquals("[0, 3]", audit.intervals().stream().filter(i -> i.indicator().equals("PRES") && i.cell()
          .equals("SEX=" + sex)).findFirst().orElseThrow().formatted());
    }
  }

  /**
   * Assisted victims are among the registered ones ({@code within}), worked by hand:
   *
   * <pre>
   *             F   M   _T
   *   REG       1  10   11
   *   ASS       0  10   10
   * </pre>
   *
   * REG F = 1 is primary; REG alone suppresses F and M, total 11 published. ASS has no small
   * cell, so alone it publishes all: then REG M ≥ ASS M = 10 leaves REG F = 11 − REG M ≤ 1. The
   * audit that knows the link finds it; protected together, ASS M goes too, and REG F reaches the
   * threshold again.
   */
  @Test
  void aTableOfPersonsWithinAnotherCannotBoundItsSuppressedCells() {
    Indicator registered = indicator("REG", 3, List.of("SEX"), List.of("SEX"));
    Indicator plain = indicator("ASS", 3, List.of("SEX"), List.of("SEX"));
    Indicator assisted = new Indicator(plain.id(), plain.label(), plain.definition(), plain.source(),
        plain.measure(), plain.filter(), plain.date(), plain.dimensions(), plain.additive(),
        plain.unit(), plain.references(), new Disclosure(3, "test",
            List.of(new Disclosure.Link("REG", null, Map.of(), Map.of(), true))), null, 1);
    List<PublicationTable> tables = List.of(table("REG_SEX", "REG", List.of("SEX"), List.of()),
        table("ASS_SEX", "ASS", List.of("SEX"), List.of()));
    Catalogue cat = Fixtures.catalogue(List.of(dim("SEX", false, "F", "M")), List.of(registered, assisted), tables);
    Catalogue unlinked = Fixtures.catalogue(List.of(dim("SEX", false, "F", "M")), List.of(registered, plain), tables);
    List<IndicatorCell> cells = new ArrayList<>();
    cells.add(cell(cat, "REG", Map.of("SEX", "F"), 1));
    cells.add(cell(cat, "REG", Map.of("SEX", "M"), 10));
    cells.add(cell(cat, "REG", Map.of("SEX", "_T"), 11));
    cells.add(cell(cat, "ASS", Map.of("SEX", "M"), 10));
    cells.add(cell(cat, "ASS", Map.of("SEX", "_T"), 10));
    IndicatorTable internal = internal(cat, cells);

    // protected without the link: the audit that knows it finds REG F bounded by 1
    Protection alone = new DisclosureControl(unlinked).protect(internal, PERIOD);
    assertEquals(new BigDecimal(10), at(cat, alone.publicTable(), "ASS", "SEX=M").value());
    Protection linked = new DisclosureControl(cat).protect(internal, PERIOD);
    AuditReport found = DisclosureAudit.audit(alone.publicTable(), linked.rulesForManifest());
    assertEquals(1, found.failures().size(), found.failures().toString());
    assertTrue(found.failures().get(0).contains("REG " + PERIOD + " SEX=F: primary cell can be narrowed to [0, 1]"),
        found.failures().toString());

    assertEquals("D", at(cat, linked.publicTable(), "ASS", "SEX=M").status());
    AuditReport audit = DisclosureAudit.audit(linked.publicTable(), linked.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    CellInterval regF = audit.intervals().stream().filter(i -> i.indicator().equals("REG") && i.cell()
        .equals("SEX=F")).findFirst().orElseThrow();
    assertTrue(regF.lower() == 0 && regF.upper() >= 3, regF.formatted());
  }

  /**
   * A registered group is the union of its forms among the identified plus among the presumed
   * (worked by hand). Forms A, B, C (each victim one form here); group G1 = A ∪ B, G2 = C:
   *
   * <pre>
   *               A   B   C  _T            G1  G2  _T
   *   identified  5   0   4   9   registered  7   7  14
   *   presumed    2   0   3   5
   * </pre>
   *
   * Presumed A = 2 is primary. Without the groups, presumed A and C suppressed look safe (A + C ≥
   * 5, each ≤ 5: A ∈ [0, 5]). But a reader knows that identified G1 is at least identified A = 5
   * and at most A + B = 5, so presumed G1 = 7 − 5 = 2, which is at least presumed A and at most A
   * + B = A: presumed A = 2 exactly. With the groups as unknowns of the protection (the hidden
   * indicators IDG and PRG), that chain is closed and no cell of IDG or PRG is published.
   */
  @Test
  void aRegisteredGroupIsTheUnionOfItsFormsAmongTheIdentifiedAndThePresumed() {
    Catalogue grouped = groupsOfForms(true);
    Catalogue plain = groupsOfForms(false);
    List<IndicatorCell> cells = new ArrayList<>();
    int[][] forms = {{5, 0, 4, 9}, {2, 0, 3, 5}};
    String[] codes = {"A", "B", "C", "_T"};
    for (int f = 0; f < 4; f++) {
      cells.add(cell(grouped, "ID", Map.of("FORM", codes[f]), forms[0][f]));
      cells.add(cell(grouped, "PRES", Map.of("FORM", codes[f]), forms[1][f]));
    }
    String[] groups = {"G1", "G2", "_T"};
    int[][] byGroup = {{7, 7, 14}, {5, 4, 9}, {2, 3, 5}};
    String[] ids = {"REG", "IDG", "PRG"};
    for (int i = 0; i < 3; i++) {
      for (int g = 0; g < 3; g++) {
        cells.add(cell(grouped, ids[i], Map.of("GROUP", groups[g]), byGroup[i][g]));
      }
    }
    IndicatorTable internal = internal(grouped, cells);

    Protection before = new DisclosureControl(plain).protect(internal, PERIOD);
    assertEquals("C", at(plain, before.publicTable(), "PRES", "FORM=A").status());
    for (String[] shown : new String[][] {{"ID", "FORM=A", "5"}, {"ID", "FORM=B", "0"}, {"PRES", "FORM=B", "0"},
        {"REG", "GROUP=G1", "7"}}) {
      assertEquals(new BigDecimal(shown[2]), at(plain, before.publicTable(), shown[0], shown[1]).value(),
          String.join(" ", shown));
    }
    Protection after = new DisclosureControl(grouped).protect(internal, PERIOD);
    AuditReport found = DisclosureAudit.audit(before.publicTable(), after.rulesForManifest());
    assertTrue(found.failures().contains("PRES 2024 FORM=A: primary cell can be narrowed to [2, 2]; it must reach 0"
        + " and 3"), found.failures().toString());

    AuditReport audit = DisclosureAudit.audit(after.publicTable(), after.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    CellInterval presA = audit.intervals().stream().filter(i -> i.indicator().equals("PRES") && i.cell()
        .equals("FORM=A")).findFirst().orElseThrow();
    assertTrue(presA.lower() == 0 && presA.upper() >= 3, presA.formatted());
    assertTrue(after.publicTable().cells().stream().noneMatch(c -> c.indicator().startsWith("IDG")
        || c.indicator().startsWith("PRG")));
    // the manifest names the unions, for an audit from the files alone
    assertEquals(Map.of("GROUP=G1", List.of("FORM=A", "FORM=B")), DisclosureRules.linksFromManifest(
        after.rulesForManifest()).stream().filter(l -> l.indicator().equals("IDG")).findFirst().orElseThrow().unions());
  }

  /** ID and PRES by FORM (A, B, C), REG by GROUP (G1 = A ∪ B, G2 = C); with {@code grouped}, IDG and PRG. */
  static Catalogue groupsOfForms(boolean grouped) {
    thbstat.indicators.model.Dimension form = new thbstat.indicators.model.Dimension("FORM",
        thbstat.indicators.model.Text.of("FORM", "FORM"), "exploitation", true, List.of("A", "B", "C"), Map.of(),
        List.of(), null, null, Map.of());
    thbstat.indicators.model.Dimension group = new thbstat.indicators.model.Dimension("GROUP",
        thbstat.indicators.model.Text.of("GROUP", "GROUP"), "exploitation", true, List.of("G1", "G2"),
        Map.of("a", "G1", "b", "G1", "c", "G2"), List.of(), null, null, Map.of());
    Indicator identified = indicator("ID", 3, List.of("FORM"), List.of());
    Indicator presumed = indicator("PRES", 3, List.of("FORM"), List.of());
    Indicator idg = linked(indicator("IDG", 3, List.of("GROUP"), List.of()),
        new Disclosure.Link("ID", null, Map.of(), Map.of("GROUP", "FORM")));
    Indicator prg = linked(indicator("PRG", 3, List.of("GROUP"), List.of()),
        new Disclosure.Link("PRES", null, Map.of(), Map.of("GROUP", "FORM")));
    List<Disclosure.Link> regLinks = new ArrayList<>(List.of(new Disclosure.Link("ID", "PRES", Map.of(), Map.of())));
    if (grouped) {
      regLinks.add(new Disclosure.Link("IDG", "PRG", Map.of(), Map.of()));
    }
    Indicator registered = indicator("REG", 3, List.of("GROUP"), List.of());
    registered = new Indicator(registered.id(), registered.label(), registered.definition(), registered.source(),
        registered.measure(), registered.filter(), registered.date(), registered.dimensions(), registered.additive(),
        registered.unit(), registered.references(), new Disclosure(3, "test", regLinks), null, 1);
    List<Indicator> indicators = new ArrayList<>(List.of(identified, presumed, registered));
    if (grouped) {
      indicators.addAll(List.of(idg, prg));
    }
    return Fixtures.catalogue(List.of(form, group), indicators,
        List.of(table("ID_FORM", "ID", List.of("FORM"), List.of()), table("PRES_FORM", "PRES", List.of("FORM"), List.of()),
            table("REG_GROUP", "REG", List.of("GROUP"), List.of())));
  }

  private static Indicator linked(Indicator i, Disclosure.Link link) {
    return new Indicator(i.id(), i.label(), i.definition(), i.source(), i.measure(), i.filter(), i.date(),
        i.dimensions(), i.additive(), i.unit(), i.references(), new Disclosure(3, "test", List.of(link)), null, 1);
  }

  static Catalogue registeredIdentifiedPresumed(List<String> sexes) {
    Indicator identified = indicator("ID", 3, List.of("SEX"), List.of("SEX"));
    Indicator presumed = indicator("PRES", 3, List.of("SEX"), List.of("SEX"));
    Indicator registered = indicator("REG", 3, List.of("SEX"), List.of("SEX"));
    registered = new Indicator(registered.id(), registered.label(), registered.definition(), registered.source(),
        registered.measure(), registered.filter(), registered.date(), registered.dimensions(), registered.additive(),
        registered.unit(), registered.references(), new Disclosure(3, "test",
            List.of(new Disclosure.Link("ID", "PRES", Map.of(), Map.of()))), null, 1);
    return Fixtures.catalogue(List.of(dim("SEX", false, sexes.toArray(String[]::new))),
        List.of(identified, presumed, registered),
        List.of(table("ID_SEX", "ID", List.of("SEX"), List.of()), table("PRES_SEX", "PRES", List.of("SEX"), List.of()),
            table("REG_SEX", "REG", List.of("SEX"), List.of())));
  }
}
