package thbstat.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;
import thbstat.reports.Fixtures;

class ReportBuilderTest {
  private final ReportBuilder builder = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables());

  @Test
  void annualTableT03HoldsTheInputCellsAndTheirSymbols() {
    Report r = builder.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    ReportTable t = table(r, "T03");
    assertEquals(4, t.columns().size());
    assertEquals("Total", t.columns().get(0).label());
    assertEquals("Female", t.columns().get(1).label());
    assertEquals("Total", t.rows().get(0).label());
    assertTrue(t.rows().get(0).total());
    assertEquals(new BigDecimal("1234"), t.rows().get(0).cells().get(0).value());
    assertEquals(ReportCell.CONFIDENTIAL, t.rows().get(0).cells().get(2).symbol());
    assertEquals(ReportCell.SECONDARY, t.rows().get(0).cells().get(3).symbol());
    assertEquals(new BigDecimal("100"), t.rows().get(1).cells().get(2).value());
    assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("x = confidential")));
    assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("(x) = suppressed")));
  }

  @Test
  void headlineComparesWithThePreviousYear() {
    Report r = builder.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    ReportTable h = table(r, "H01");
    ReportRow identified = h.rows().stream().filter(x -> x.label().startsWith("Identified victims")).findFirst()
        .orElseThrow();
    assertEquals(new BigDecimal("1000"), identified.cells().get(0).value());
    assertEquals(new BigDecimal("1234"), identified.cells().get(1).value());
    assertEquals(new BigDecimal("23.4"), identified.cells().get(2).value());
  }

  @Test
  void aChangeFromOrToAProtectedValueIsSuppressedAndNoBaseGivesNoChange() {
    ReportCell x = new ReportCell(null, ReportCell.CONFIDENTIAL, 0);
    ReportCell none = new ReportCell(null, ReportCell.NO_DATA, 0);
    ReportCell ten = ReportCell.of(BigDecimal.TEN, 0);
    assertEquals(ReportCell.SECONDARY, ReportBuilder.change(x, ten).symbol());
    assertEquals(ReportCell.SECONDARY, ReportBuilder.change(ten, x).symbol());
    assertEquals(ReportCell.NO_DATA, ReportBuilder.change(none, ten).symbol());
    assertEquals(ReportCell.NO_DATA, ReportBuilder.change(ReportCell.of(BigDecimal.ZERO, 0), ten).symbol());
    assertEquals(new BigDecimal("-50.0"), ReportBuilder.change(ten, ReportCell.of(new BigDecimal(5), 0)).value());
  }

  @Test
  void gretaPutsTheYearsSideBySide() {
    Report r = builder.build(ReportKind.GRETA, Language.SR_CYRL, false, Fixtures.provenance());
    ReportTable t = table(r, "T03");
    assertEquals(8, t.columns().size());
    assertEquals("2024", t.columns().get(0).group());
    assertEquals("2025", t.columns().get(4).group());
    assertEquals("Укупно", t.rows().get(0).label());
    assertEquals(new BigDecimal("1000"), t.rows().get(0).cells().get(0).value());
    assertEquals(ReportCell.NO_DATA, t.rows().get(0).cells().get(1).symbol());
    assertEquals("2024–2025", r.period());
  }

  @Test
  void notImplementedReportsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> builder.build(ReportKind.QUARTERLY, Language.EN, false, Fixtures.provenance()));
  }

  static ReportTable table(Report r, String id) {
    return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
