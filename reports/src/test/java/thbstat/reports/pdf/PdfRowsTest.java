package thbstat.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;
import thbstat.reports.i18n.Messages;
import thbstat.reports.model.ColumnHeading;
import thbstat.reports.model.ReportCell;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportChart;
import thbstat.reports.model.ReportRow;
import thbstat.reports.model.ReportTable;

/** A table split into blocks across the page: which notes go under which block. */
class PdfRowsTest {
  private static final Messages EN = new Messages(Language.EN);

  @Test
  void aSymbolsNoteGoesUnderTheBlocksThatShowItAndTheOtherNotesUnderTheLast() {
    // 20 columns: two blocks; ':' only in column 18 (the second block), 'x' in column 2 and 19
    int n = 20;
    List<ColumnHeading> cols = new ArrayList<>();
    List<ReportCell> cells = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      cols.add(new ColumnHeading("", "c" + c));
      cells.add(c == 18 ? ReportCell.symbol(ReportCell.NOT_AVAILABLE)
          : c == 2 || c == 19 ? ReportCell.symbol(ReportCell.CONFIDENTIAL) : ReportCell.of(BigDecimal.ONE, 0));
    }
    String counts = "A person can be counted under several categories.";
    ReportTable t = new ReportTable("T18", "Trainings", "Trainings", "Institution", cols,
        List.of(new ReportRow("Police", false, cells)), List.of(EN.get("note.c"), EN.get("note.na"), counts), "X");
    List<List<Integer>> blocks = PdfRows.blocks(t);
    assertEquals(2, blocks.size());
    assertEquals(List.of(EN.get("note.c")), PdfRows.blockNotes(t, blocks.get(0), false));
    assertEquals(List.of(EN.get("note.c"), EN.get("note.na"), counts), PdfRows.blockNotes(t, blocks.get(1), true));
    // the legend worded with the threshold ("fewer than 3 persons") is still the legend of x
    String numbered = EN.get("note.c.n").replace("{n}", "3");
    ReportTable withThreshold = new ReportTable("T18", "Trainings", "Trainings", "Institution", cols,
        List.of(new ReportRow("Police", false, cells)), List.of(numbered, counts), "X");
    assertEquals(List.of(numbered), PdfRows.blockNotes(withThreshold, blocks.get(0), false));
    // one block: every note
    ReportTable small = new ReportTable("T01", "t", "u", "", cols.subList(0, 3),
        List.of(new ReportRow("r", false, cells.subList(0, 3))), List.of(EN.get("note.c"), counts), "X");
    assertEquals(List.of(EN.get("note.c"), counts), PdfRows.blockNotes(small, PdfRows.blocks(small).get(0), true));
  }

  @Test
  void aSpanningHeadingGoesToTheFirstColumnOfItsRunWithTheRunsLength() {
    // the Action Plan's layout: the baseline's year and value, the year's target, actual and
    // status, then two columns under no heading
    List<ColumnHeading> cols = List.of(new ColumnHeading("Baseline", "Year"), new ColumnHeading("Baseline", "Value"),
        new ColumnHeading("2025", "Target"), new ColumnHeading("2025", "Actual"), new ColumnHeading("2025", "Status"),
        new ColumnHeading("", "Tolerance"), new ColumnHeading("", "Item"));
    ReportTable t = new ReportTable("A1", "t", "u", "", cols, List.of(), List.of(), null);
    java.util.Map<String, Object> head = new java.util.HashMap<>();
    PdfRows.putGroups(head, t, List.of(0, 1, 2, 3, 4, 5, 6));
    assertEquals(java.util.Map.of("g1", "Baseline", "gl1", "2", "g3", "2025", "gl3", "3"), head);
    // a block that starts inside a run: the run's part in the block is the span
    head.clear();
    PdfRows.putGroups(head, t, List.of(3, 4, 5));
    assertEquals(java.util.Map.of("g1", "2025", "gl1", "2"), head);
  }

  @Test
  void aTableOfAFewColumnsWhoseHeadingsWouldShrinkTakesTheWiderColumns() {
    List<String> topics = List.of("Total", "Identification of victims", "Investigation and prosecution",
        "Protection and assistance of victims", "Labour exploitation", "Trafficking in children",
        "Technology-facilitated trafficking", "Other");
    ReportTable trainings = table("T18", topics);
    ReportTable bySex = table("T03", List.of("Total", "Female", "Male", "Unknown"));
    List<String> twelve = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      twelve.add(topics.get(i % topics.size()));
    }
    ReportTable wideTable = table("T99", twelve);
    Report r = new Report(thbstat.reports.model.ReportKind.GRETA, Language.EN, "Test", "2025", false,
        List.of(trainings, bySex, wideTable), List.of(), java.util.Map.of(), thbstat.reports.Fixtures.provenance());
    java.util.Map<String, Object> medium = new java.util.HashMap<>();
    for (java.util.Map<String, ?> rec : PdfRows.of(r)) {
      if ("ROW".equals(rec.get("kind"))) {
        medium.put(String.valueOf(rec.get("tableId")), rec.get("medium") == null ? "no" : rec.get("medium"));
      }
    }
    // eight topics whose words do not fit 38 points at 6.5: wider columns, headings at the template's size
    assertEquals(java.util.Map.of("T18#0", "1", "T03#0", "no", "T99#0", "no"), medium);
    assertEquals("6.5", HeadingFit.size(topics, HeadingFit.MEDIUM));
    org.junit.jupiter.api.Assertions.assertNotEquals("6.5", HeadingFit.size(topics), "narrow columns shrink them");
  }

  private static ReportTable table(String id, List<String> headings) {
    List<ColumnHeading> cols = headings.stream().map(h -> new ColumnHeading("", h)).toList();
    List<ReportCell> cells = headings.stream().map(h -> ReportCell.of(BigDecimal.ONE, 0)).toList();
    return new ReportTable(id, "t", "u", "Institution", cols, List.of(new ReportRow("Police", false, cells)),
        List.of(), null);
  }

  @Test
  void aChartOfAFewHorizontalBarsIsDrawnLowSoTheNextTableCanShareItsPage() {
    ReportChart funnel = new ReportChart("C2", "Funnel", ReportChart.Style.HORIZONTAL_BARS,
        List.of("suspected", "prosecuted", "convicted"),
        java.util.Map.of("Persons", List.of(BigDecimal.valueOf(113), BigDecimal.valueOf(57), BigDecimal.valueOf(31))), "");
    assertEquals(true, PdfRows.low(funnel));
    ReportChart forms = new ReportChart("C1", "Forms", ReportChart.Style.BARS, List.of("sexual", "labour"),
        java.util.Map.of("All ages", List.of(BigDecimal.valueOf(31), BigDecimal.valueOf(21))), "");
    assertEquals(false, PdfRows.low(forms));
    List<String> five = List.of("a", "b", "c", "d", "e");
    ReportChart many = new ReportChart("C3", "Many", ReportChart.Style.HORIZONTAL_BARS, five,
        java.util.Map.of("Persons", five.stream().map(x -> BigDecimal.ONE).toList()), "");
    assertEquals(false, PdfRows.low(many));
  }

  /** A chart's unit line reads as a table's, over one series (C2) or several (C1). */
  @Test
  void everyChartHasAUnitLine() {
    thbstat.reports.model.Report annual = new thbstat.reports.model.ReportBuilder(thbstat.reports.Fixtures.CATALOGUE,
        thbstat.reports.Fixtures.tables()).build(thbstat.reports.model.ReportKind.ANNUAL, Language.EN, false,
        thbstat.reports.Fixtures.provenance());
    java.util.Map<String, Object> units = new java.util.TreeMap<>();
    for (java.util.Map<String, ?> rec : PdfRows.of(annual)) {
      if (String.valueOf(rec.get("kind")).startsWith("CHART")) {
        units.put(String.valueOf(rec.get("tableId")), rec.get("unit"));
      }
    }
    assertEquals(java.util.Map.of("C1", "Unit: Persons", "C2", "Unit: Persons"), units);
  }

  @Test
  void theBulletinsChartFollowsTheTableItDraws() {
    thbstat.reports.model.Report bulletin = new thbstat.reports.model.ReportBuilder(thbstat.reports.Fixtures.CATALOGUE,
        thbstat.reports.Fixtures.quarters()).build(thbstat.reports.model.ReportKind.QUARTERLY, Language.EN, false,
        thbstat.reports.Fixtures.provenance());
    List<String> order = new ArrayList<>();
    for (java.util.Map<String, ?> rec : PdfRows.of(bulletin)) {
      String id = String.valueOf(rec.get("tableId")).replaceAll("#\\d+$", "");
      if (order.isEmpty() || !order.get(order.size() - 1).equals(id)) {
        order.add(id);
      }
    }
    assertEquals(List.of("B1", "B2", "C1", "B3", "DEF"), order);
  }
}
