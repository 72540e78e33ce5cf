package thbstat.reports.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import thbstat.reports.i18n.Messages;
import thbstat.reports.i18n.NumberStyle;
import thbstat.reports.model.ColumnHeading;
import thbstat.reports.model.Definition;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportCell;
import thbstat.reports.model.ReportChart;
import thbstat.reports.model.ReportRow;
import thbstat.reports.model.ReportTable;

/**
 * Writes a report as an xlsx workbook: an information sheet (title, period, generation date,
 * manifest hashes, contents), one sheet per table with real numeric cells, one sheet per chart
 * (its numbers, and a native bar chart drawn from them, so it can be copied into a document),
 * and a sheet of definitions and sources.
 */
public final class ExcelWorkbookWriter {
  private static final int MAX_LABEL_CHARS = 60;
  /** Columns of words (status, source) are widened up to this, then wrap. */
  private static final int MAX_TEXT_CHARS = 45;

  public void write(Report report, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out);
    }
  }

  public void write(Report report, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      ExcelStyles st = new ExcelStyles(wb);
      Messages m = new Messages(report.language());
      Sheet info = wb.createSheet(m.get("info"));
      for (ReportTable t : report.tables()) {
        tableSheet(wb.createSheet(t.id()), report, t, m, st);
      }
      for (ReportChart c : report.charts()) {
        ExcelCharts.sheet(wb.createSheet(c.id()), report, c, m, st);
      }
      Sheet method = report.sections().isEmpty() ? null : wb.createSheet(report.sections().get(0).title());
      Sheet defs = wb.createSheet(m.get("definitions"));
      infoSheet(info, report, m, st, method, defs);
      if (method != null) {
        sectionsSheet(method, report, m, st);
      }
      definitionsSheet(defs, report, m, st);
      wb.getProperties().getCoreProperties().setTitle(report.title() + " " + report.period());
      wb.getProperties().getCoreProperties().setCreator("thbstat " + report.provenance().engineVersion());
      wb.write(out);
    }
  }

  /** The title, period, generation and provenance, and a contents line for every other sheet. */
  private void infoSheet(Sheet s, Report r, Messages m, ExcelStyles st, Sheet method, Sheet defs) {
    int row = 0;
    text(s, row++, 0, r.title(), st.title);
    text(s, row++, 0, m.get("publisher"), st.subtitle);
    row++;
    if (r.internal()) {
      text(s, row++, 0, m.get("internal"), st.banner);
      row++;
    }
    NumberStyle ns = new NumberStyle(r.language());
    row = pair(s, row, m.get("period"), r.period(), st);
    row = pair(s, row, m.get("generated"), ns.dateTime(r.provenance().generated()), st);
    if (r.provenance().latestMonth() != null) {
      row = pair(s, row, m.get("dq.latest"), ns.month(java.time.YearMonth.parse(r.provenance().latestMonth())), st);
    }
    row = pair(s, row, m.get("engine"), r.provenance().engineVersion(), st);
    row = pair(s, row, m.get("language"), m.get("language.value"), st);
    if (!r.internal()) {
      text(s, row++, 0, m.get("note.public"), st.note);
    }
    row++;
    text(s, row++, 0, m.get("contents"), st.labelTotal);
    for (ReportTable t : r.tables()) {
      contentsLine(s, row++, t.id(), t.title(), st);
    }
    for (ReportChart c : r.charts()) {
      contentsLine(s, row++, c.id(), c.title(), st);
    }
    // sheets named by their titles
    if (method != null) {
      contentsLine(s, row++, method.getSheetName(), r.sections().get(0).title(), st);
    }
    contentsLine(s, row++, defs.getSheetName(), m.get("definitions"), st);
    row++;
    text(s, row++, 0, m.get("provenance"), st.labelTotal);
    row = pair(s, row, m.get("catalogue"), r.provenance().catalogueSha256(), st);
    for (Map.Entry<String, String> e : r.provenance().dataFile().entrySet()) {
      row = pair(s, row, m.get("data") + ": " + e.getKey(), e.getValue(), st);
    }
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(r.provenance().inputs()).entrySet()) {
      row = pair(s, row, m.get("input") + ": " + e.getKey(), e.getValue(), st);
    }
    s.setColumnWidth(0, 45 * 256);
    s.setColumnWidth(1, 80 * 256);
    printSetup(s, r, m, false);
  }

  /** A line of the contents: the sheet's name, linked to it, and its title. */
  private static void contentsLine(Sheet s, int row, String sheet, String title, ExcelStyles st) {
    Cell c = text(s, row, 0, sheet, st.link);
    Hyperlink link = s.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress("'" + sheet + "'!A1");
    c.setHyperlink(link);
    text(s, row, 1, title, st.label);
  }

  private static int pair(Sheet s, int row, String key, String value, ExcelStyles st) {
    text(s, row, 0, key, st.labelTotal);
    text(s, row, 1, value, st.label);
    return row + 1;
  }

  private void tableSheet(Sheet s, Report r, ReportTable t, Messages m, ExcelStyles st) {
    int ncol = t.columns().size();
    int row = 0;
    text(s, row, 0, t.id() + ". " + t.title(), st.title);
    row++;
    if (r.internal()) {
      text(s, row++, 0, m.get("internal"), st.banner);
    }
    text(s, row++, 0, m.get("unit") + ": " + t.unit() + "   " + m.get("period") + ": " + r.period(), st.subtitle);
    row++;
    int headTop = row;
    if (t.grouped()) {
      Row g = s.createRow(row);
      int start = 1;
      for (int c = 0; c < ncol; c++) {
        boolean startOfGroup = c + 1 == start;
        text(g, c + 1, startOfGroup ? t.columns().get(c).group() : "", st.heading);
        boolean endOfGroup = c + 1 == ncol || !t.columns().get(c + 1).group().equals(t.columns().get(c).group());
        if (endOfGroup) {
          if (c + 1 > start) {
            s.addMergedRegion(new CellRangeAddress(row, row, start, c + 1));
          }
          start = c + 2;
        }
      }
      row++;
    }
    Row h = s.createRow(row);
    int headingLines = 1;
    for (int c = 0; c < ncol; c++) {
      String label = t.columns().get(c).label();
      text(h, c + 1, label, st.heading);
      // the column is at most 18 characters wide (below); a longer heading wraps, and POI does not grow the row
      int width = columnWidth(label) - 2;
      headingLines = Math.max(headingLines, (label.length() + width - 1) / width);
    }
    if (headingLines > 1) {
      h.setHeightInPoints(headingLines * 12.75f + 2);
    }
    text(s, headTop, 0, t.rowHeading(), st.headingLeft);
    if (row > headTop) {
      text(h, 0, "", st.headingLeft);
      s.addMergedRegion(new CellRangeAddress(headTop, row, 0, 0));
    }
    int headBottom = row;
    row++;
    int labelWidth = t.rowHeading().length();
    int[] textWidth = new int[ncol];
    for (ReportRow rr : t.rows()) {
      Row x = s.createRow(row++);
      text(x, 0, rr.label(), rr.total() ? st.labelTotal : st.label);
      labelWidth = Math.max(labelWidth, rr.label().length() + 2);
      for (int c = 0; c < ncol; c++) {
        ReportCell cell = rr.cells().get(c);
        Cell xc = x.createCell(c + 1);
        if (cell.isText() && cell.value() != null) { // a year: a number, written as it is
          xc.setCellValue(cell.value().doubleValue());
          xc.setCellStyle(st.year);
        } else if (cell.isText()) {
          xc.setCellValue(cell.text());
          xc.setCellStyle(st.wrap);
          textWidth[c] = Math.max(textWidth[c], Math.min(MAX_TEXT_CHARS, cell.text().length() + 2));
          // spreadsheets do not grow a row for wrapped text written by POI: size it for the lines
          int lines = (cell.text().length() + MAX_TEXT_CHARS - 3) / (MAX_TEXT_CHARS - 2);
          x.setHeightInPoints(Math.max(x.getHeightInPoints(), lines * 12.75f));
        } else if (cell.isSymbol()) {
          xc.setCellValue(cell.symbol());
          xc.setCellStyle(rr.total() ? st.symbolTotal : st.symbol);
        } else {
          xc.setCellValue(cell.value().doubleValue());
          int d = Math.min(cell.decimals(), st.number.length - 1);
          xc.setCellStyle(rr.total() ? st.numberTotal[d] : st.number[d]);
          // a figure wider than its column shows as ##### in a spreadsheet
          textWidth[c] = Math.max(textWidth[c], figureWidth(cell.value(), d));
        }
      }
    }
    row++;
    int tableChars = Math.min(MAX_LABEL_CHARS, Math.max(20, labelWidth));
    for (int c = 0; c < ncol; c++) {
      tableChars += Math.max(10, textWidth[c]);
    }
    for (String note : t.notes()) {
      if (note.length() <= tableChars || ncol == 0) {
        text(s, row++, 0, note, st.note);
      } else {
        // a note wider than the table would widen the printed page: wrap it over the table's columns
        Row x = s.createRow(row);
        text(x, 0, note, st.noteWrap);
        s.addMergedRegion(new CellRangeAddress(row, row, 0, ncol));
        x.setHeightInPoints((note.length() / tableChars + 1) * 12.5f);
        row++;
      }
    }
    text(s, row++, 0, m.get("source") + ": " + (t.source() != null ? t.source() : m.get("source.value")), st.note);
    if (r.internal()) {
      text(s, row, 0, m.get("internal"), st.banner);
    }
    s.createFreezePane(1, headBottom + 1);
    s.setColumnWidth(0, Math.min(MAX_LABEL_CHARS, Math.max(20, labelWidth)) * 256);
    for (int c = 0; c < ncol; c++) {
      s.setColumnWidth(c + 1, Math.max(columnWidth(t.columns().get(c).label()), textWidth[c]) * 256);
    }
    s.setRepeatingRows(new CellRangeAddress(headTop, headBottom, -1, -1));
    printSetup(s, r, m, true);
  }

  /** The characters a figure takes with its group separators and decimals, and two for the bold of a total. */
  static int figureWidth(java.math.BigDecimal value, int decimals) {
    int digits = value.abs().setScale(0, java.math.RoundingMode.DOWN).toPlainString().length();
    return (value.signum() < 0 ? 1 : 0) + digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0) + 2;
  }

  /** A value column's width in characters, from its heading: 10 to 18. */
  private static int columnWidth(String heading) {
    return Math.max(10, Math.min(18, heading.length() + 3));
  }

  /** The running text (methodology): one paragraph per row, wrapped in a wide column. */
  private void sectionsSheet(Sheet s, Report r, Messages m, ExcelStyles st) {
    int row = 0;
    for (thbstat.reports.model.TextSection section : r.sections()) {
      text(s, row++, 0, section.title(), st.title);
      if (r.internal()) {
        text(s, row++, 0, m.get("internal"), st.banner);
      }
      row++;
      for (String p : section.paragraphs()) {
        Row x = s.createRow(row++);
        text(x, 0, p, st.wrap);
        // a row tall enough for the wrapped paragraph (about 110 characters a line)
        x.setHeightInPoints(Math.max(1, (p.length() + 109) / 110) * 15f);
      }
      row++;
    }
    s.setColumnWidth(0, 120 * 256);
    printSetup(s, r, m, false);
  }

  private void definitionsSheet(Sheet s, Report r, Messages m, ExcelStyles st) {
    int row = 0;
    text(s, row++, 0, m.get("definitions"), st.title);
    if (r.internal()) {
      text(s, row++, 0, m.get("internal"), st.banner);
    }
    row++;
    Row h = s.createRow(row);
    List<String> heads = List.of(m.get("code"), m.get("indicator"), m.get("definition"), m.get("unit"),
        m.get("references"));
    for (int c = 0; c < heads.size(); c++) {
      text(h, c, heads.get(c), st.headingLeft);
    }
    int headRow = row++;
    for (Definition d : r.definitions()) {
      Row x = s.createRow(row++);
      List<String> v = List.of(d.code(), d.label(), d.definition(), d.unit(), d.references());
      for (int c = 0; c < v.size(); c++) {
        text(x, c, v.get(c), st.wrap);
      }
    }
    int[] widths = {26, 40, 80, 16, 30};
    for (int c = 0; c < widths.length; c++) {
      s.setColumnWidth(c, widths[c] * 256);
    }
    s.createFreezePane(0, headRow + 1);
    s.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
    printSetup(s, r, m, true);
  }

  static void printSetup(Sheet s, Report r, Messages m, boolean landscape) {
    PrintSetup ps = s.getPrintSetup();
    ps.setLandscape(landscape);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    s.setFitToPage(true);
    s.setAutobreaks(true);
    s.getHeader().setLeft(r.title() + " " + r.period());
    if (r.internal()) {
      s.getHeader().setRight(m.get("internal.short"));
    }
    s.getFooter().setRight(m.get("page") + " &P " + m.get("of") + " &N");
  }

  static Cell text(Sheet s, int row, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
    Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
    return text(r, col, value, style);
  }

  static Cell text(Row r, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
    Cell c = r.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
    return c;
  }
}
