package thbstat.reports.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.reports.i18n.Messages;
import thbstat.reports.i18n.NumberStyle;
import thbstat.reports.model.ColumnHeading;
import thbstat.reports.model.Definition;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportCell;
import thbstat.reports.model.ReportRow;
import thbstat.reports.model.ReportTable;

/**
 * Flattens a report into the records the {@code tables} template prints: per table a group
 * (title, headings repeated on every page) of ROW, TOTAL and NOTE records, then the DEF records
 * of the definitions. Tables wider than the template are split into column blocks.
 */
final class PdfRows {
  static final int MAX_COLUMNS = 14;

  private PdfRows() {}

  static List<Map<String, ?>> of(Report r) {
    Messages m = new Messages(r.language());
    NumberStyle ns = new NumberStyle(r.language());
    List<Map<String, ?>> out = new ArrayList<>();
    for (ReportTable t : r.tables()) {
      List<List<Integer>> blocks = blocks(t);
      for (int b = 0; b < blocks.size(); b++) {
        List<Integer> cols = blocks.get(b);
        String title = t.id() + ". " + t.title() + (b > 0 ? " (" + m.get("continued") + ")" : "");
        String unit = m.get("unit") + ": " + t.unit();
        Map<String, Object> head = new HashMap<>();
        head.put("tableId", t.id() + "#" + b);
        head.put("title", title);
        head.put("unit", unit);
        head.put("rowHeading", t.rowHeading());
        for (int i = 0; i < cols.size(); i++) {
          ColumnHeading h = t.columns().get(cols.get(i));
          head.put("h" + (i + 1), h.label());
        }
        if (t.grouped()) {
          head.put("grouped", "1");
          putGroups(head, t, cols);
        }
        for (ReportRow row : t.rows()) {
          Map<String, Object> rec = new HashMap<>(head);
          rec.put("kind", row.total() ? "TOTAL" : "ROW");
          rec.put("label", row.label());
          for (int i = 0; i < cols.size(); i++) {
            rec.put("v" + (i + 1), text(row.cells().get(cols.get(i)), ns));
          }
          out.add(rec);
        }
        for (String note : t.notes()) {
          Map<String, Object> rec = new HashMap<>(head);
          rec.put("kind", "NOTE");
          rec.put("label", note);
          out.add(rec);
        }
      }
    }
    for (Definition d : r.definitions()) {
      Map<String, Object> rec = new HashMap<>();
      rec.put("tableId", "DEF");
      rec.put("title", m.get("definitions"));
      rec.put("unit", "");
      rec.put("kind", "DEF");
      rec.put("h1", m.get("indicator"));
      rec.put("h2", m.get("definition"));
      rec.put("h3", m.get("unit"));
      rec.put("h4", m.get("references"));
      rec.put("label", d.label() + " (" + d.code() + ")");
      rec.put("v1", d.definition());
      rec.put("v2", d.unit());
      rec.put("v3", d.references());
      out.add(rec);
    }
    return out;
  }

  static String text(ReportCell c, NumberStyle ns) {
    return c.isSymbol() ? c.symbol() : ns.format(c.value(), c.decimals());
  }

  /**
   * Column blocks of at most {@link #MAX_COLUMNS}, cut at the end of a spanning heading (a year)
   * when the table has them.
   */
  static List<List<Integer>> blocks(ReportTable t) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int n = t.columns().size();
    int groupSize = 1;
    while (groupSize < n && t.columns().get(groupSize).group().equals(t.columns().get(0).group())
        && t.grouped()) {
      groupSize++;
    }
    int perBlock = groupSize <= MAX_COLUMNS ? (MAX_COLUMNS / groupSize) * groupSize : MAX_COLUMNS;
    for (int c = 0; c < n; c++) {
      current.add(c);
      if (current.size() == perBlock) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty() || out.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** The spanning heading of each run of columns, printed over the run's middle column. */
  private static void putGroups(Map<String, Object> head, ReportTable t, List<Integer> cols) {
    int start = 0;
    for (int i = 0; i <= cols.size(); i++) {
      boolean end = i == cols.size()
          || !t.columns().get(cols.get(i)).group().equals(t.columns().get(cols.get(start)).group());
      if (end) {
        int middle = start + (i - 1 - start) / 2;
        head.put("g" + (middle + 1), t.columns().get(cols.get(start)).group());
        start = i;
      }
    }
  }
}
