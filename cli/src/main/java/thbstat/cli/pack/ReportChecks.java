package thbstat.cli.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.i18n.NumberStyle;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportCell;
import thbstat.reports.model.ReportChart;
import thbstat.reports.model.ReportRow;
import thbstat.reports.model.ReportTable;
import thbstat.reports.model.TableLayout;
import thbstat.reports.pdf.PdfRows;

/**
 * Checks that a report of the pack shows what the pack's table says: the report's model is
 * rebuilt from the pack's CSV and indicators.yaml with the product's own {@code ReportBuilder},
 * and every cell of it is compared with the workbook cell where {@code ExcelWorkbookWriter} puts
 * it (sheet = table id, rows from the frozen heading down, values from column B), every number a
 * chart draws with its sheet's cells, and every table row as the PDF prints it (label, then the
 * formatted values of the column block).
 */
final class ReportChecks {
  private static final double EPS = 1e-9;
  /**
   * A row the PDF wraps is extracted as several lines: its label's, then in a row of words each
   * wrapped cell's (a status of three words, two Action Plan items), one after the other.
   */
  private static final int WRAP = 8;

  private final Catalogue catalogue;
  private final Map<String, PackTable> tablesByPeriod;

  /** @param tablesByPeriod the pack's tables, oldest first, the reference period last */
  ReportChecks(Catalogue catalogue, Map<String, PackTable> tablesByPeriod) {
    this.catalogue = catalogue;
    this.tablesByPeriod = tablesByPeriod;
  }

  /**
   * Compares every cell of the workbook's table sheets, and of its chart sheets when it has them
   * ({@code withCharts}: packs before format 2 have none); returns the cells compared.
   */
  int workbook(String entry, byte[] bytes, Report model, boolean withCharts, List<String> failures) {
    int compared = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (ReportTable t : model.tables()) {
        XSSFSheet sheet = wb.getSheet(t.id());
        if (sheet == null) {
          failures.add(entry + ": no sheet " + t.id() + " (" + t.title() + ")");
          continue;
        }
        PaneInformation pane = sheet.getPaneInformation();
        if (pane == null) {
          failures.add(entry + " sheet " + t.id() + ": no frozen heading, cannot find the first row of the table");
          continue;
        }
        int first = pane.getHorizontalSplitTopRow();
        for (int r = 0; r < t.rows().size(); r++) {
          ReportRow row = t.rows().get(r);
          Row x = sheet.getRow(first + r);
          String label = x == null || x.getCell(0) == null ? null : x.getCell(0).toString();
          if (!row.label().equals(label)) {
            failures.add(entry + " sheet " + t.id() + " cell " + ref(first + r, 0) + ": row label '" + label
                + "' where the table has '" + row.label() + "'");
            continue;
          }
          for (int c = 0; c < row.cells().size(); c++) {
            ReportCell expected = row.cells().get(c);
            Cell cell = x.getCell(c + 1);
            String shown = shown(cell);
            // a year has a value and the text it is printed as: the workbook holds the number
            boolean same = expected.value() == null
                ? cell != null && cell.getCellType() == CellType.STRING
                    && (expected.isText() ? expected.text() : expected.symbol()).equals(cell.getStringCellValue())
                : cell != null && cell.getCellType() == CellType.NUMERIC
                    && Math.abs(cell.getNumericCellValue() - expected.value().doubleValue()) < EPS;
            compared++;
            if (!same) {
              failures.add(entry + " sheet " + t.id() + " cell " + ref(first + r, c + 1) + " (" + place(t, r, c)
                  + "): shows " + shown + " where " + source(t, r, c, model) + " " + expectedText(expected));
            }
          }
        }
      }
      for (ReportChart chart : withCharts ? model.charts() : List.<ReportChart>of()) {
        compared += chart(entry, wb.getSheet(chart.id()), chart, failures);
      }
    } catch (IOException | RuntimeException e) {
      failures.add(entry + ": not a readable workbook: " + e.getMessage());
    }
    return compared;
  }

  /**
   * A chart's sheet: under the row that names its series, one row per category with the value
   * the chart draws, empty where the value is protected or not available. The bars read these
   * cells, so checking them checks the chart.
   */
  private static int chart(String entry, XSSFSheet sheet, ReportChart chart, List<String> failures) {
    List<String> names = List.copyOf(chart.series().keySet());
    if (sheet == null) {
      failures.add(entry + ": no sheet " + chart.id() + " (" + chart.title() + ")");
      return 0;
    }
    int head = -1;
    for (Row r : sheet) {
      boolean all = true;
      for (int c = 0; c < names.size() && all; c++) {
        Cell cell = r.getCell(c + 1);
        all = cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(names.get(c));
      }
      if (all) {
        head = r.getRowNum();
        break;
      }
    }
    if (head < 0) {
      failures.add(entry + " sheet " + chart.id() + ": no row names the chart's series " + names);
      return 0;
    }
    int compared = 0;
    for (int i = 0; i < chart.categories().size(); i++) {
      int rowNum = head + 1 + i;
      Row x = sheet.getRow(rowNum);
      String category = chart.categories().get(i);
      String label = x == null || x.getCell(0) == null ? null : x.getCell(0).toString();
      if (!category.equals(label)) {
        failures.add(entry + " sheet " + chart.id() + " cell " + ref(rowNum, 0) + ": row label '" + label
            + "' where the chart has '" + category + "'");
        continue;
      }
      for (int c = 0; c < names.size(); c++) {
        BigDecimal expected = chart.series().get(names.get(c)).get(i);
        Cell cell = x.getCell(c + 1);
        boolean empty = cell == null || cell.getCellType() == CellType.BLANK;
        boolean same = expected == null ? empty
            : !empty && cell.getCellType() == CellType.NUMERIC
                && Math.abs(cell.getNumericCellValue() - expected.doubleValue()) < EPS;
        compared++;
        if (!same) {
          failures.add(entry + " sheet " + chart.id() + " cell " + ref(rowNum, c + 1) + " (row '" + category
              + "', column '" + names.get(c) + "'): shows " + shown(cell) + " where the pack's table gives "
              + (expected == null ? "no value to draw (protected or not available)" : expected.toPlainString()));
        }
      }
    }
    return compared;
  }

  /** Compares every table row as the PDF prints it; returns the cells compared. */
  int pdf(String entry, byte[] bytes, Report model, List<String> failures) {
    List<String> lines = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      for (String l : new PDFTextStripper().getText(doc).split("\\R")) {
        lines.add(l.strip().replace('\u00a0', ' ')); // "Art.\u00a0389" is printed as one word
      }
    } catch (IOException | RuntimeException e) {
      failures.add(entry + ": not a readable PDF: " + e.getMessage());
      return 0;
    }
    NumberStyle ns = new NumberStyle(model.language());
    int compared = 0;
    int cursor = 0;
    for (ReportTable t : model.tables()) {
      for (List<Integer> block : PdfRows.blocks(t)) {
        for (int r = 0; r < t.rows().size(); r++) {
          ReportRow row = t.rows().get(r);
          List<String> values = new ArrayList<>();
          block.forEach(c -> values.add(PdfRows.text(row.cells().get(c), ns)));
          String expected = values.isEmpty() ? row.label() : row.label() + " " + String.join(" ", values);
          int[] at = find(lines, expected, cursor, false);
          compared += values.size();
          if (at != null) {
            cursor = at[1] + 1;
            continue;
          }
          int[] near = find(lines, row.label() + " ", cursor, true);
          if (near == null) {
            failures.add(entry + " table " + t.id() + ": row '" + row.label() + "' is not printed; expected '"
                + expected + "'");
            continue;
          }
          cursor = near[1] + 1;
          String found = String.join(" ", lines.subList(near[0], near[1] + 1));
          String[] printed = found.substring(row.label().length() + 1).split(" ");
          int diff = 0;
          while (diff < Math.min(printed.length, values.size()) && printed[diff].equals(values.get(diff))) {
            diff++;
          }
          if (printed.length == values.size() && diff < values.size()) {
            int c = block.get(diff);
            failures.add(entry + " table " + t.id() + " (" + place(t, r, c) + "): prints " + printed[diff]
                + " where " + source(t, r, c, model) + " has " + values.get(diff));
          } else {
            failures.add(entry + " table " + t.id() + " row '" + row.label() + "': prints '" + found
                + "' where the table gives '" + expected + "'");
          }
        }
      }
    }
    return compared;
  }

  /** The first line from {@code from} that reads {@code text}, a long row wrapped over up to {@link #WRAP} lines. */
  private static int[] find(List<String> lines, String text, int from, boolean prefix) {
    for (int i = from; i < lines.size(); i++) {
      StringBuilder joined = new StringBuilder();
      for (int k = 0; k < WRAP && i + k < lines.size(); k++) {
        if (k > 0) {
          joined.append(' ');
        }
        joined.append(lines.get(i + k));
        String j = joined.toString();
        if (prefix ? j.startsWith(text) : j.equals(text)) {
          return new int[] {i, i + k};
        }
        if (!text.startsWith(j)) {
          break;
        }
      }
    }
    return null;
  }

  private static String shown(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return "an empty cell";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return IndicatorCell.format(BigDecimal.valueOf(cell.getNumericCellValue()));
    }
    return "'" + cell.toString() + "'";
  }

  private static String expectedText(ReportCell c) {
    if (c.isText() && c.value() == null) {
      return "shows '" + c.text() + "'";
    }
    return c.isSymbol() ? "shows '" + c.symbol() + "'" : "has " + IndicatorCell.format(c.value());
  }

  private static String ref(int row, int col) {
    return new CellReference(row, col).formatAsString();
  }

  /** The row and column headings of a cell, as the reader sees them. */
  private static String place(ReportTable t, int r, int c) {
    var h = t.columns().get(c);
    return "row '" + t.rows().get(r).label() + "', column '" + (h.group().isEmpty() ? "" : h.group() + " ")
        + h.label() + "'";
  }

  /**
   * The cell of the pack's table behind a report cell, with its file and line: found the way
   * {@code TableBuilder} lays out a publication table (row codes down, column codes across, each
   * total first, periods side by side). A compiled table (headline) names the report table only.
   */
  private String source(ReportTable t, int r, int c, Report model) {
    PublicationTable pt = catalogue.tables().stream()
        .filter(p -> p.indicator().equals(t.indicator()) && TableLayout.shortId(p.id()).equals(t.id())).findFirst().orElse(null);
    Indicator ind = t.indicator() == null ? null : catalogue.indicator(t.indicator()).orElse(null);
    if (pt == null || ind == null) {
      return "the table";
    }
    List<Map<String, String>> rowKeys = TableLayout.combinations(catalogue, ind, pt.rows());
    List<Map<String, String>> colKeys = TableLayout.combinations(catalogue, ind, pt.columns());
    int periods = t.columns().size() / colKeys.size();
    List<String> all = new ArrayList<>(tablesByPeriod.keySet());
    if (r >= rowKeys.size() || periods == 0 || periods > all.size()) {
      return "the table";
    }
    String period = all.get(all.size() - periods + c / colKeys.size());
    Map<String, String> codes = new LinkedHashMap<>(rowKeys.get(r));
    codes.putAll(colKeys.get(c % colKeys.size()));
    PackTable table = tablesByPeriod.get(period);
    List<String> key = new ArrayList<>();
    for (String d : table.table().dimensions()) {
      String code = codes.get(d);
      key.add(code != null ? code : ind.dimensions().contains(d) ? IndicatorTable.TOTAL : IndicatorTable.NOT_APPLICABLE);
    }
    int i = table.find(ind.id(), period, key);
    return i < 0 ? "the table (no cell in " + table.entry() + ")" : table.where(i);
  }
}
