package thbstat.reports.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import thbstat.reports.i18n.Messages;
import thbstat.reports.model.ChartColours;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportChart;

/**
 * A chart's sheet: its numbers as a small table (categories down, one column per series, an
 * empty cell where the value is protected or not available), and a native bar chart that reads
 * them, so the chart follows the cells and copies into a document as a chart, not a picture.
 */
final class ExcelCharts {
  /** Rows and (default-width) columns the chart takes, to the right of its numbers. */
  private static final int CHART_ROWS = 26;
  private static final int CHART_COLUMNS = 10;

  private ExcelCharts() {}

  static void sheet(Sheet s, Report r, ReportChart chart, Messages m, ExcelStyles st) {
    int row = 0;
    ExcelWorkbookWriter.text(s, row++, 0, chart.id() + ". " + chart.title(), st.title);
    if (r.internal()) {
      ExcelWorkbookWriter.text(s, row++, 0, m.get("internal"), st.banner);
    }
    String unit = chart.unit() == null ? "" : m.get("unit") + ": " + chart.unit() + "   ";
    ExcelWorkbookWriter.text(s, row++, 0, unit + m.get("period") + ": " + r.period(), st.subtitle);
    row++;
    int head = row;
    List<String> names = new ArrayList<>(chart.series().keySet());
    Row h = s.createRow(row++);
    ExcelWorkbookWriter.text(h, 0, "", st.headingLeft);
    int headingLines = 1;
    for (int c = 0; c < names.size(); c++) {
      ExcelWorkbookWriter.text(h, c + 1, names.get(c), st.heading);
      int perLine = width(names.get(c)) - 2;
      headingLines = Math.max(headingLines, (names.get(c).length() + perLine - 1) / perLine);
    }
    h.setHeightInPoints(headingLines * 12.75f); // spreadsheets do not grow a row for text POI wraps
    int labelWidth = 20;
    for (int i = 0; i < chart.categories().size(); i++) {
      Row x = s.createRow(row++);
      ExcelWorkbookWriter.text(x, 0, chart.categories().get(i), st.label);
      labelWidth = Math.max(labelWidth, chart.categories().get(i).length() + 2);
      for (int c = 0; c < names.size(); c++) {
        BigDecimal v = chart.series().get(names.get(c)).get(i);
        if (v == null) {
          x.createCell(c + 1).setCellStyle(st.number[0]); // left out of the chart; the note says why
        } else {
          x.createCell(c + 1).setCellValue(v.doubleValue());
          x.getCell(c + 1).setCellStyle(st.number[0]);
        }
      }
    }
    int last = row - 1;
    if (names.size() <= 2) { // beside a narrow table, so that a landscape page holds both
      draw((XSSFSheet) s, chart, head, last, head, names.size() + 2);
      row = Math.max(row, head + CHART_ROWS) + 1;
    } else { // under a wide one
      draw((XSSFSheet) s, chart, head, last, row + 1, 0);
      row += CHART_ROWS + 2;
    }
    // one note per line
    for (String note : chart.note().isEmpty() ? new String[0] : chart.note().split("\n")) {
      ExcelWorkbookWriter.text(s, row++, 0, note, st.note);
    }
    ExcelWorkbookWriter.text(s, row, 0,
        m.get("source") + ": " + (chart.source() != null ? chart.source() : m.get("source.value")), st.note);
    s.setColumnWidth(0, Math.min(60, labelWidth) * 256);
    for (int c = 0; c < names.size(); c++) {
      s.setColumnWidth(c + 1, width(names.get(c)) * 256);
    }
    ExcelWorkbookWriter.printSetup(s, r, m, true);
  }

  /** Characters of a series' column: its name, within 12 to 24 (wrapped beyond). */
  private static int width(String name) {
    return Math.max(12, Math.min(24, name.length() + 3));
  }

  /**
   * A clustered bar chart of the cells in rows head+1..last, one series per column, its top left
   * corner at row {@code top}, column {@code left}.
   */
  private static void draw(XSSFSheet s, ReportChart chart, int head, int last, int top, int left) {
    XSSFDrawing drawing = s.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, left + CHART_COLUMNS, top + CHART_ROWS);
    XSSFChart xc = drawing.createChart(anchor);
    // the caption, as over the sheet: a chart copied into a document keeps its identity
    xc.setTitleText(chart.id() + ". " + chart.title());
    xc.setTitleOverlay(false);
    // a long caption at a spreadsheet's default title size (14 points) would crowd the bars
    xc.getTitle().getBody().getParagraph(0).getTextRuns().forEach(run -> {
      run.setFontSize(11.0);
      run.setBold(true);
    });
    if (chart.series().size() > 1) {
      xc.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }
    boolean horizontal = chart.style() == ReportChart.Style.HORIZONTAL_BARS;
    XDDFCategoryAxis categories = xc.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis values = xc.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    values.setNumberFormat("#,##0");
    if (chart.unit() != null) {
      values.setTitle(chart.unit()); // copied without its sheet, the chart still says what it counts
    }
    categories.setCrosses(AxisCrosses.AUTO_ZERO);
    if (horizontal) {
      // a funnel reads from the top, as in the PDF; the value axis then crosses at the last category
      categories.setOrientation(AxisOrientation.MAX_MIN);
      values.setCrosses(AxisCrosses.MAX);
    } else {
      values.setCrosses(AxisCrosses.AUTO_ZERO);
    }
    XDDFBarChartData data = (XDDFBarChartData) xc.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
    data.setVaryColors(false);
    XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(s,
        new CellRangeAddress(head + 1, last, 0, 0));
    int c = 1;
    for (Map.Entry<String, List<BigDecimal>> e : chart.series().entrySet()) {
      XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(s,
          new CellRangeAddress(head + 1, last, c, c));
      XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, numbers);
      series.setTitle(e.getKey(), new CellReference(s.getSheetName(), head, c, true, true));
      XDDFShapeProperties fill = new XDDFShapeProperties();
      int rgb = ChartColours.rgb(c - 1);
      fill.setFillProperties(new XDDFSolidFillProperties(
          XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb})));
      series.setShapeProperties(fill);
      c++;
    }
    xc.plot(data);
  }
}
