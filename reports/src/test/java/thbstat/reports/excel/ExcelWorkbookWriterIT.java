package thbstat.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import thbstat.indicators.table.IndicatorTable;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;
import thbstat.reports.Fixtures;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportBuilder;
import thbstat.reports.model.ReportKind;

class ExcelWorkbookWriterIT {
  private static final List<String> SEX = List.of("_T", "F", "M", "_U");
  private static final Map<String, String> AGE_EN = Map.of("_T", "Total", "Y_LT18", "Children (under 18)",
      "Y_GE18", "Adults (18 and over)", "_U", "Unknown");

  private static Workbook render(ReportKind kind, Language language, boolean internal) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelWorkbookWriter().write(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables())
        .build(kind, language, internal, Fixtures.provenance()), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void aColumnOfMillionsIsWideEnoughToShowThem() throws Exception {
    // 123,456,789.5 with one decimal in bold: 13 characters and 2 for the bold; the heading alone gives 10
    assertEquals(15, ExcelWorkbookWriter.figureWidth(new java.math.BigDecimal("123456789.5"), 1));
    assertEquals(12, ExcelWorkbookWriter.figureWidth(java.math.BigDecimal.valueOf(-2_506_914), 0), "-2,506,914 and 2");
    assertEquals(3, ExcelWorkbookWriter.figureWidth(java.math.BigDecimal.ZERO, 0));
    thbstat.reports.model.ReportTable big = new thbstat.reports.model.ReportTable("T98", "Rows read", "Rows", "Table",
        List.of(new thbstat.reports.model.ColumnHeading("", "C")), List.of(new thbstat.reports.model.ReportRow("Total",
            true, List.of(thbstat.reports.model.ReportCell.of(java.math.BigDecimal.valueOf(123_456_789), 0)))),
        List.of(), null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelWorkbookWriter().write(new Report(ReportKind.GRETA, Language.EN, "Test", "2025", false, List.of(big),
        List.of(), Map.of(), Fixtures.provenance()), out);
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet t98 = wb.getSheet("T98");
      assertNotNull(t98, "sheets: " + wb.getNumberOfSheets());
      assertEquals(13 * 256, t98.getColumnWidth(1), "123,456,789 and 2 for the bold");
    }
  }

  @Test
  void everyEditionSaysHowRecentItsDataAreOnItsAboutSheet() throws Exception {
    thbstat.reports.model.DataQuality dq = Fixtures.dataQuality();
    thbstat.reports.model.DataQuality dated = new thbstat.reports.model.DataQuality(dq.tables(), dq.unknownShares(),
        dq.warnings(), "2025-12");
    for (ReportKind kind : List.of(ReportKind.GRETA, ReportKind.EUROSTAT, ReportKind.ACTION_PLAN)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ExcelWorkbookWriter().write(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), dated)
          .build(kind, Language.SR_LATN, false, Fixtures.provenance()), out);
      try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        Row r = rowLabelled(wb.getSheet("O izveštaju"), "Najkasniji zapis u izvodu (do dana obrade)");
        assertEquals("decembar 2025.", r.getCell(1).getStringCellValue(), kind.id());
      }
    }
    try (Workbook wb = render(ReportKind.GRETA, Language.EN, false)) {
      assertFalse(hasText(wb.getSheet("About"), "Latest record"), "a run without a data-quality report does not say");
    }
  }

  @Test
  void annualSheetT03HoldsTheInputCellsCellByCell() throws Exception {
    try (Workbook wb = render(ReportKind.ANNUAL, Language.EN, false)) {
      Sheet s = wb.getSheet("T03");
      assertNotNull(s);
      Fixtures.VALUES_2025.forEach((age, row) -> {
        Row r = rowLabelled(s, AGE_EN.get(age));
        for (int c = 0; c < SEX.size(); c++) {
          Cell cell = r.getCell(c + 1);
          Integer expected = row.get(SEX.get(c));
          if (expected != null) {
            assertEquals(CellType.NUMERIC, cell.getCellType(), age + "/" + SEX.get(c));
            assertEquals(expected.doubleValue(), cell.getNumericCellValue(), age + "/" + SEX.get(c));
            assertEquals("#,##0", cell.getCellStyle().getDataFormatString());
          } else {
            String status = Fixtures.STATUS_2025.get(age + "/" + SEX.get(c));
            assertEquals("x", cell.getStringCellValue(), age + "/" + SEX.get(c) + " " + status);
          }
        }
      });
      assertTrue(hasText(s, "x = confidential: suppressed by disclosure control (fewer than 3 persons, or a"
          + " cell from which such a figure could be derived)"));
      assertFalse(hasText(s, "(x)"), "one symbol for primary and secondary suppression");
      assertNotNull(s.getPaneInformation());
      assertTrue(s.getPaneInformation().isFreezePane());
      assertTrue(s.getPrintSetup().getLandscape());
      assertEquals(1, s.getPrintSetup().getFitWidth());
      assertTrue(s.getNumMergedRegions() >= 0);
      assertTrue(hasText(wb.getSheet("About"), "ab".repeat(32)), "catalogue hash on the info sheet");
      assertTrue(hasText(s, "Source: Centre for Protection of Victims of Trafficking in Human Beings: records of reported"
          + " and identified victims (anonymised records; indicator store computed by thbstat)"), "T03's own source");
      assertNotNull(wb.getSheet("Definitions and sources"));
      assertTrue(hasText(wb.getSheet("Definitions and sources"), "VIC_IDENTIFIED"));
    }
  }

  @Test
  void gretaMergesTheYearHeadingsAndSerbianLabelsAreUsed() throws Exception {
    try (Workbook wb = render(ReportKind.GRETA, Language.SR_LATN, false)) {
      Sheet s = wb.getSheet("T03");
      assertTrue(s.getMergedRegions().stream().anyMatch(m -> m.getNumberOfCells() == 4 && m.getFirstRow() == m.getLastRow()),
          "year heading merged over its four columns");
      Row total = rowLabelled(s, "Ukupno");
      assertEquals(":", total.getCell(1).getStringCellValue(), "2023 is not in the run output");
      assertEquals(1000, total.getCell(5).getNumericCellValue());
      assertEquals("–", total.getCell(6).getStringCellValue());
      assertEquals(1234, total.getCell(9).getNumericCellValue());
      assertTrue(hasText(s, "– = nema podataka"));
    }
  }

  @Test
  void internalWorkbookSaysSoOnEverySheet() throws Exception {
    try (Workbook wb = render(ReportKind.ANNUAL, Language.SR_CYRL, true)) {
      for (Sheet s : wb) {
        assertTrue(hasText(s, "ИНТЕРНО – НИЈЕ ЗА ОБЈАВЉИВАЊЕ: потпуне вредности без заштите података"), s.getSheetName());
      }
    }
  }

  private static Workbook render(Report report) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelWorkbookWriter().write(report, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** Every kind of report on the fixture made for it, in one language. */
  private static List<Report> everyKind(Language language, boolean internal) {
    return List.of(
        new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
            .build(ReportKind.ANNUAL, language, internal, Fixtures.provenance()),
        new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables())
            .build(ReportKind.GRETA, language, internal, Fixtures.provenance()),
        new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
            .build(ReportKind.QUARTERLY, language, internal, Fixtures.provenance()),
        new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
            .build(ReportKind.ACTION_PLAN, language, internal, Fixtures.provenance()),
        new ReportBuilder(Fixtures.CATALOGUE, Fixtures.eurostat(false))
            .build(ReportKind.EUROSTAT, language, internal, Fixtures.provenance()));
  }

  @Test
  void quarterlySheetsHoldTheQuarterAgainstTheSameQuarterLastYear() throws Exception {
    try (Workbook wb = render(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
        .build(ReportKind.QUARTERLY, Language.SR_LATN, false, Fixtures.provenance()))) {
      Sheet q1 = wb.getSheet("B1");
      Row identified = rowLabelled(q1, "Identifikovane žrtve");
      assertEquals(40, identified.getCell(1).getNumericCellValue());
      assertEquals(50, identified.getCell(2).getNumericCellValue());
      assertEquals(25.0, identified.getCell(3).getNumericCellValue(), 1e-9);
      assertEquals("#,##0.0", identified.getCell(3).getCellStyle().getDataFormatString());
      Row reported = rowLabelled(q1, "Lica prijavljena kao moguće žrtve");
      assertEquals("x", reported.getCell(2).getStringCellValue());
      assertEquals("x", reported.getCell(3).getStringCellValue());
      Sheet q2 = wb.getSheet("B2");
      Row eight = rowLabelled(q2, "Identifikovane žrtve");
      assertEquals(31, eight.getCell(1).getNumericCellValue());
      assertEquals(":", eight.getCell(6).getStringCellValue(), "2024-Q4 not available");
      assertEquals(50, eight.getCell(8).getNumericCellValue());
      assertTrue(hasText(q2, ": = nije dostupno (rezultati obrade ne sadrže tabelu pokazatelja za period)"));
      Row police = rowLabelled(wb.getSheet("B3"), "Policija");
      assertEquals(9, police.getCell(1).getNumericCellValue());
      assertEquals(12, police.getCell(2).getNumericCellValue());

      // the chart of the eight quarters: 2025-Q2's 50 identified victims, one colour per series
      XSSFSheet c1 = (XSSFSheet) wb.getSheet("C1");
      assertEquals(50, rowLabelled(c1, "II tromesečje 2025.").getCell(1 + List.copyOf(seriesNames(c1)).indexOf(
          "Identifikovane žrtve")).getNumericCellValue());
      XDDFBarChartData bars = (XDDFBarChartData) c1.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
      java.util.Set<String> colours = new java.util.HashSet<>();
      for (int i = 0; i < bars.getSeriesCount(); i++) {
        colours.add(java.util.HexFormat.of().formatHex(((org.apache.poi.xddf.usermodel.XDDFColorRgbBinary)
            ((org.apache.poi.xddf.usermodel.XDDFSolidFillProperties) bars.getSeries(i).getShapeProperties()
                .getFillProperties()).getColor()).getValue()));
      }
      assertTrue(bars.getSeriesCount() >= 2, "several headline figures are drawn");
      assertEquals(bars.getSeriesCount(), colours.size(), "no two series share a colour: " + colours);
    }
  }

  /** The series a chart sheet names, from its heading row (the row whose first cell is empty). */
  private static List<String> seriesNames(Sheet s) {
    for (Row r : s) {
      if (r.getCell(0) != null && r.getCell(0).getStringCellValue().isEmpty() && r.getCell(1) != null) {
        List<String> out = new java.util.ArrayList<>();
        for (int c = 1; c < r.getLastCellNum(); c++) {
          out.add(r.getCell(c).getStringCellValue());
        }
        return out;
      }
    }
    throw new AssertionError("no heading row in " + s.getSheetName());
  }

  @Test
  void actionPlanSheetHasNumbersStatusAndSource() throws Exception {
    try (Workbook wb = render(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance()))) {
      Sheet a = wb.getSheet("A1");
      Row identified = rowLabelled(a, "Identified victims (persons)");
      // the baseline year is a number, written without a thousands separator
      assertEquals(2023, identified.getCell(1).getNumericCellValue());
      assertEquals("0", identified.getCell(1).getCellStyle().getDataFormatString());
      assertEquals(66, identified.getCell(2).getNumericCellValue());
      assertEquals(75, identified.getCell(3).getNumericCellValue());
      assertEquals(70, identified.getCell(4).getNumericCellValue());
      assertEquals("at risk", identified.getCell(5).getStringCellValue());
      assertEquals(10, identified.getCell(6).getNumericCellValue());
      assertTrue(identified.getCell(7).getStringCellValue().startsWith("AP23 "));
      Row days = rowLabelled(a, "Median days from report to identification (days)");
      assertEquals("..", days.getCell(4).getStringCellValue());
      assertTrue(hasText(a, ".. = not published: the cell is in no public table (the internal edition shows it)"));
    }
  }

  @Test
  void eurostatSheetHoldsTheYearsCellByCell() throws Exception {
    try (Workbook wb = render(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.eurostat(false))
        .build(ReportKind.EUROSTAT, Language.EN, false, Fixtures.provenance()))) {
      Sheet e1 = wb.getSheet("E1");
      assertTrue(hasText(e1, "E1. crim_thb_vict: registered victims by sex"));
      Row registered = rowLabelled(e1, "Registered victims (identified and presumed)");
      assertEquals(80, registered.getCell(1).getNumericCellValue());
      assertEquals(":", registered.getCell(2).getStringCellValue());
      assertEquals(90, registered.getCell(3).getNumericCellValue());
      Row women = e1.getRow(registered.getRowNum() + 1);
      assertEquals("Female", women.getCell(0).getStringCellValue());
      assertEquals(50, women.getCell(1).getNumericCellValue());
      assertEquals(61, women.getCell(3).getNumericCellValue());
    }
  }

  @Test
  void everyProtectedOrMissingSymbolHasItsFootnoteInEveryReport() throws Exception {
    Map<String, String> footnotes = Map.of("x", "x = confidential", "–", "– = no data",
        ":", ": = not available", "..", ".. = not published");
    for (Report report : everyKind(Language.EN, false)) {
      try (Workbook wb = render(report)) {
        for (Sheet s : wb) {
          for (Row r : s) {
            for (Cell c : r) {
              if (c.getColumnIndex() > 0 && c.getCellType() == CellType.STRING
                  && footnotes.containsKey(c.getStringCellValue())) {
                String note = footnotes.get(c.getStringCellValue());
                assertTrue(hasTextStarting(s, note), report.kind().id() + " " + s.getSheetName() + " "
                    + c.getAddress() + ": no footnote '" + note + "'");
              }
            }
          }
        }
      }
    }
  }

  @Test
  void annualWorkbookHasTheMethodologyAndTheDataQualityAnnex() throws Exception {
    try (Workbook wb = render(everyKind(Language.SR_CYRL, false).get(0))) {
      assertNotNull(wb.getSheet("Методологија"));
      Sheet d1 = wb.getSheet("D1");
      Row total = rowLabelled(d1, "Укупно");
      assertEquals(150, total.getCell(1).getNumericCellValue());
      assertEquals(147, total.getCell(2).getNumericCellValue());
      assertEquals(3, total.getCell(3).getNumericCellValue());
      assertEquals(2.0, total.getCell(4).getNumericCellValue(), 1e-9);
      assertEquals(12.5, rowLabelled(wb.getSheet("D2"), "Жртве (victims): пол (sex)").getCell(1).getNumericCellValue(), 1e-9);
    }
  }

  /**
   * 2025: suspected 120, prosecuted confidential, convicted 25; identified victims of sexual
   * exploitation 31, of whom children 13. Each chart is a sheet of its numbers and a bar chart
   * that reads exactly those cells.
   */
  @Test
  void annualChartsAreSheetsOfTheirNumbersWithANativeBarChart() throws Exception {
    Map<String, String> sexual = Map.of("EXPLOITATION", "SEXUAL");
    IndicatorTable y2025 = new IndicatorTable(Fixtures.CATALOGUE.outputDimensions(), List.of(
        Fixtures.cell("CJ_SUSPECTED", "2025", Map.of(), 120, "F"),
        Fixtures.cell("CJ_PROSECUTED", "2025", Map.of(), null, "C"),
        Fixtures.cell("CJ_CONVICTED", "2025", Map.of(), 25, "F"),
        Fixtures.cell("VIC_IDENTIFIED", "2025", sexual, 31, "F"),
        Fixtures.cell("VIC_IDENTIFIED_CHILDREN", "2025", sexual, 13, "F")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelWorkbookWriter().write(new ReportBuilder(Fixtures.CATALOGUE, Map.of("2025", y2025))
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance()), out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet funnel = wb.getSheet("C2");
      assertEquals("C2. Criminal-justice funnel: persons suspected, prosecuted and convicted",
          funnel.getRow(0).getCell(0).getStringCellValue());
      assertEquals("Unit: Persons   Reference period: 2025", funnel.getRow(1).getCell(0).getStringCellValue());
      Row suspected = rowLabelled(funnel, "Persons suspected of trafficking");
      assertEquals(120, suspected.getCell(1).getNumericCellValue());
      Cell prosecuted = rowLabelled(funnel, "Persons prosecuted for trafficking").getCell(1);
      assertEquals(CellType.BLANK, prosecuted.getCellType(), "a protected value has no bar and no number");
      assertEquals(25, rowLabelled(funnel, "Persons convicted of trafficking (final)").getCell(1).getNumericCellValue());
      assertTrue(hasText(funnel, "A bar is left out where the value is protected (x) or not available (:); the tables the chart is drawn from"
          + " show the symbol."));
      assertTrue(hasText(funnel, "Source: Ministry of the Interior, public prosecutors' offices and courts: records of"
          + " criminal proceedings (anonymised records; indicator store computed by thbstat)"), "the records drawn");

      List<XSSFChart> charts = funnel.getDrawingPatriarch().getCharts();
      assertEquals(1, charts.size());
      XDDFBarChartData bars = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
      assertEquals(BarDirection.BAR, bars.getBarDirection(), "a funnel is drawn with horizontal bars");
      assertEquals(1, bars.getSeriesCount());
      int first = suspected.getRowNum() + 1;
      assertEquals("'C2'!$B$" + first + ":$B$" + (first + 2), bars.getSeries(0).getValuesData().getDataRangeReference());
      assertEquals("'C2'!$A$" + first + ":$A$" + (first + 2),
          bars.getSeries(0).getCategoryData().getDataRangeReference());

      XSSFSheet forms = wb.getSheet("C1");
      Row sexualRow = rowLabelled(forms, "Sexual exploitation");
      assertEquals(31, sexualRow.getCell(1).getNumericCellValue());
      assertEquals(13, sexualRow.getCell(2).getNumericCellValue());
      XDDFBarChartData columns = (XDDFBarChartData) forms.getDrawingPatriarch().getCharts().get(0).getChartSeries()
          .get(0);
      assertEquals(BarDirection.COL, columns.getBarDirection());
      assertEquals(2, columns.getSeriesCount(), "all ages and children");
      assertEquals("Unit: Persons   Reference period: 2025", forms.getRow(1).getCell(0).getStringCellValue(),
          "a unit over two series too");
      assertTrue(forms.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getValAxArray(0).getTitle()
          .toString().contains("Persons"), "the value axis names the unit");

      // the chart carries its caption, so that a copy of it in a document is still C2
      assertEquals("C2. Criminal-justice funnel: persons suspected, prosecuted and convicted",
          charts.get(0).getTitleText().getString());
      assertEquals("C1. Identified victims by form of exploitation: all ages and children (tables T04 and T09)",
          forms.getDrawingPatriarch().getCharts().get(0).getTitleText().getString());

      Sheet info = wb.getSheet("About");
      assertTrue(hasText(info, "C1") && hasText(info, "C2"), "the contents list the charts");
    }
  }

  /** Each sheet but the first has its line in the contents, its name linked to it and its title beside. */
  @Test
  void theContentsListEverySheet() throws Exception {
    try (Workbook wb = render(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance()))) {
      Sheet info = wb.getSheet("About");
      for (int i = 1; i < wb.getNumberOfSheets(); i++) {
        String name = wb.getSheetName(i);
        Row line = rowLabelled(info, name);
        assertEquals("'" + name + "'!A1", line.getCell(0).getHyperlink().getAddress(), name);
        assertFalse(line.getCell(1).getStringCellValue().isEmpty(), name);
      }
      assertEquals("Methodology", rowLabelled(info, "Methodology").getCell(1).getStringCellValue());
      assertEquals("Definitions and sources", rowLabelled(info, "Definitions and sources").getCell(1)
          .getStringCellValue());
      for (Row r : info) {
        Cell first = r.getCell(0);
        boolean emptyName = first == null || first.getCellType() == CellType.BLANK
            || first.getCellType() == CellType.STRING && first.getStringCellValue().isEmpty();
        assertTrue(!emptyName || r.getCell(1) == null, "a line without a sheet name: " + r.getRowNum());
      }
    }
  }

  static boolean hasTextStarting(Sheet s, String prefix) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  static Row rowLabelled(Sheet s, String label) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row '" + label + "' in " + s.getSheetName());
  }

  static boolean hasText(Sheet s, String text) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return true;
        }
      }
    }
    return false;
  }
}
