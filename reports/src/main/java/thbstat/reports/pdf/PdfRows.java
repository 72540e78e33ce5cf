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
import thbstat.reports.model.ReportChart;
import thbstat.reports.model.ReportKind;
import thbstat.reports.model.TextSection;
import thbstat.reports.model.ReportRow;
import thbstat.reports.model.ReportTable;

/**
 * Flattens a report into the records the {@code tables} template prints, each group with its title
 * (and headings) repeated on every page: the contents list (TOC), per table ROW, TOTAL and NOTE
 * records (WROW for a table with words in it), the charts after the first table (CHART), the
 * running text (TEXT), then the definitions (DEF). Tables wider than the template are split into
 * column blocks.
 */
public final class PdfRows {
  static final int MAX_COLUMNS = 14;
  static final int MAX_WIDE_COLUMNS = 7;
  static final int CHART_WIDTH = 782;
  static final int CHART_HEIGHT = 250;

  /** A chart of at most {@link #LOW_CHART_BARS} horizontal bars: the table after it can share its page. */
  static final int LOW_CHART_HEIGHT = 150;
  static final int LOW_CHART_BARS = 4;

  private PdfRows() {}

  static boolean low(ReportChart c) {
    return c.style() == ReportChart.Style.HORIZONTAL_BARS && c.categories().size() <= LOW_CHART_BARS;
  }

  static List<Map<String, ?>> of(Report r) {
    return of(r, Map.of(), new HashMap<>());
  }

  /**
   * The records of the report; {@code pages} (contents line → page) fills the page numbers of
   * the contents list, which the writer learns from a first fill; {@code drawn} keeps the chart
   * images (chart id → image) between the two fills.
   */
  static List<Map<String, ?>> of(Report r, Map<String, Integer> pages, Map<String, java.awt.Image> drawn) {
    Messages m = new Messages(r.language());
    NumberStyle ns = new NumberStyle(r.language());
    List<Map<String, ?>> out = new ArrayList<>();
    if (hasContents(r)) {
      for (String entry : contents(r, m)) {
        Map<String, Object> rec = new HashMap<>();
        rec.put("tableId", "TOC");
        rec.put("title", m.get("contents"));
        rec.put("unit", "");
        rec.put("kind", "TOC");
        rec.put("label", entry);
        Integer page = pages.get(entry);
        rec.put("v1", page == null ? null : String.valueOf(page));
        out.add(rec);
      }
    }
    for (int i = 0; i < r.tables().size(); i++) {
      table(out, r.tables().get(i), m, ns);
      if (i == chartsAfter(r)) {
        charts(out, r, drawn);
      }
    }
    if (r.tables().size() <= chartsAfter(r)) {
      charts(out, r, drawn);
    }
    for (int s = 0; s < r.sections().size(); s++) {
      TextSection section = r.sections().get(s);
      for (String paragraph : section.paragraphs()) {
        Map<String, Object> rec = new HashMap<>();
        rec.put("tableId", "S" + s);
        rec.put("title", section.title());
        rec.put("unit", "");
        rec.put("kind", "TEXT");
        rec.put("label", paragraph);
        out.add(rec);
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

  /** The group title of each contents line, in order: tables, charts, sections, definitions. */
  static List<String> contents(Report r, Messages m) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.tables().size(); i++) {
      out.add(title(r.tables().get(i)));
      if (i == chartsAfter(r)) {
        r.charts().forEach(c -> out.add(title(c)));
      }
    }
    r.sections().forEach(s -> out.add(s.title()));
    if (!r.definitions().isEmpty()) {
      out.add(m.get("definitions"));
    }
    return out;
  }

  /**
   * The table the charts follow: the annual report's headline figures (H01), the charts being its
   * key figures; the bulletin's eight quarters (B2), the table its chart draws.
   */
  static int chartsAfter(Report r) {
    return r.kind() == ReportKind.QUARTERLY ? 1 : 0;
  }

  /** A bulletin of a few pages goes without a contents list. */
  static boolean hasContents(Report r) {
    return r.kind() != ReportKind.QUARTERLY;
  }

  static String title(ReportTable t) {
    return t.id() + ". " + t.title();
  }

  static String title(ReportChart c) {
    return c.id() + ". " + c.title();
  }

  private static void charts(List<Map<String, ?>> out, Report r, Map<String, java.awt.Image> drawn) {
    Messages m = new Messages(r.language());
    for (ReportChart c : r.charts()) {
      Map<String, Object> rec = new HashMap<>();
      rec.put("tableId", c.id());
      rec.put("title", title(c));
      // worded as a table's unit line; a chart without a unit names its only series there
      rec.put("unit", c.unit() != null ? m.get("unit") + ": " + c.unit()
          : c.series().size() == 1 ? c.series().keySet().iterator().next() : "");
      boolean low = low(c);
      rec.put("kind", low ? "CHART_LOW" : "CHART");
      rec.put("chart", drawn.computeIfAbsent(c.id(),
          id -> TrendChart.draw(c, r.language(), CHART_WIDTH, low ? LOW_CHART_HEIGHT : CHART_HEIGHT)));
      // the PDF draws the symbol where the bar would be, so its note says that, not the workbook's
      String note = c.note().replace(m.get("chart.gaps"), m.get("chart.gaps.pdf"));
      rec.put("label", note.isEmpty() ? null : note);
      if (c.source() != null) {
        rec.put("source", m.get("source") + ": " + c.source());
      }
      out.add(rec);
    }
  }

  /** A table with words in it (status, source) takes the wide layout of at most {@link #MAX_WIDE_COLUMNS}. */
  static boolean wide(ReportTable t) {
    return t.rows().stream().anyMatch(row -> row.cells().stream().anyMatch(ReportCell::isText));
  }

  /** A column of figures and symbols, no words: right-aligned in the layout of words too. */
  static boolean numeric(ReportTable t, int column) {
    return t.rows().stream().map(row -> row.cells().get(column)).noneMatch(ReportCell::isText);
  }

  private static void table(List<Map<String, ?>> out, ReportTable t, Messages m, NumberStyle ns) {
    boolean wide = wide(t);
    List<List<Integer>> blocks = blocks(t);
    for (int b = 0; b < blocks.size(); b++) {
      List<Integer> cols = blocks.get(b);
      String title = title(t) + (b > 0 ? " (" + m.get("continued") + ")" : "");
      String unit = m.get("unit") + ": " + t.unit();
      Map<String, Object> head = new HashMap<>();
      head.put("tableId", t.id() + "#" + b);
      head.put("title", title);
      head.put("unit", unit);
      head.put("rowHeading", t.rowHeading());
      if (t.source() != null) {
        head.put("source", m.get("source") + ": " + t.source());
      }
      if (wide) {
        head.put("wide", "1");
        for (int i = 0; i < cols.size(); i++) {
          if (numeric(t, cols.get(i))) {
            head.put("n" + (i + 1), "1");
          }
        }
      }
      List<String> headings = cols.stream().map(c -> t.columns().get(c).label()).toList();
      // the numeric layout's narrow columns: the smallest size still breaks a few long words
      // a block of few columns whose headings would have to shrink takes the medium layout's
      // wider columns; one whose headings fit keeps the compact columns
      // and so does one whose figures are too wide for the compact columns (millions of rows)
      boolean medium = !wide && cols.size() <= MediumLayout.COLUMNS
          && (!HeadingFit.size(headings).equals(HeadingFit.LARGEST) || !HeadingFit.figuresFit(
              t.rows().stream().flatMap(row -> cols.stream().map(c -> text(row.cells().get(c), ns))).toList(),
              HeadingFit.WIDTH));
      if (medium) {
        head.put("medium", "1");
      }
      double width = medium ? HeadingFit.MEDIUM : HeadingFit.WIDTH;
      String size = wide ? null : HeadingFit.size(headings, width);
      for (int i = 0; i < cols.size(); i++) {
        head.put("h" + (i + 1), wide ? headings.get(i) : HeadingFit.hyphenated(headings.get(i), size, width));
      }
      if (!wide) {
        head.put("hsize", size);
      }
      if (t.grouped()) {
        head.put("grouped", "1");
        putGroups(head, t, cols);
      }
      for (ReportRow row : t.rows()) {
        Map<String, Object> rec = new HashMap<>(head);
        rec.put("kind", wide ? "WROW" : row.total() ? "TOTAL" : "ROW");
        rec.put("label", HeadingFit.tiedLabel(row.label()));
        for (int i = 0; i < cols.size(); i++) {
          rec.put("v" + (i + 1), text(row.cells().get(cols.get(i)), ns));
        }
        out.add(rec);
      }
      for (String note : blockNotes(t, cols, b == blocks.size() - 1)) {
        Map<String, Object> rec = new HashMap<>(head);
        rec.put("kind", "NOTE");
        rec.put("label", note);
        out.add(rec);
      }
    }
  }

  /**
   * The notes under one block of a table split across blocks: a symbol's note where the block
   * shows the symbol, the other notes (what the table counts) once, under its last block. A table
   * of one block keeps all its notes.
   */
  static List<String> blockNotes(ReportTable t, List<Integer> cols, boolean last) {
    java.util.Set<String> shown = new java.util.HashSet<>();
    for (ReportRow row : t.rows()) {
      for (int c : cols) {
        ReportCell cell = row.cells().get(c);
        if (cell.isSymbol()) {
          shown.add(cell.symbol());
        }
      }
    }
    List<String> symbols = List.of(ReportCell.CONFIDENTIAL, ReportCell.NO_DATA, ReportCell.NOT_AVAILABLE,
        ReportCell.NOT_PUBLISHED);
    List<String> notes = new ArrayList<>();
    for (String note : t.notes()) {
      // a symbol's legend starts "x = …" (its wording may carry the threshold)
      String symbol = symbols.stream().filter(x -> note.startsWith(x + " = ")).findFirst().orElse(null);
      if (symbol != null ? shown.contains(symbol) : last) {
        notes.add(note);
      }
    }
    return notes;
  }

  /** A cell as the PDF prints it: text, symbol, or the value in the language's number style. */
  public static String text(ReportCell c, NumberStyle ns) {
    return c.isText() ? c.text() : c.isSymbol() ? c.symbol() : ns.format(c.value(), c.decimals());
  }

  /**
   * Column blocks of at most {@link #MAX_COLUMNS}, cut at the end of a spanning heading (a year)
   * when the table has them.
   */
  public static List<List<Integer>> blocks(ReportTable t) {
    int max = wide(t) ? MAX_WIDE_COLUMNS : MAX_COLUMNS;
    List<List<Integer>> out = new ArrayList<>();
    if (t.columns().size() <= max) {
      out.add(java.util.stream.IntStream.range(0, t.columns().size()).boxed().toList());
      return out;
    }
    List<Integer> current = new ArrayList<>();
    int n = t.columns().size();
    int groupSize = 1;
    while (groupSize < n && t.columns().get(groupSize).group().equals(t.columns().get(0).group())
        && t.grouped()) {
      groupSize++;
    }
    int perBlock = groupSize <= max ? (max / groupSize) * groupSize : max;
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

  /**
   * The spanning heading of each run of columns, in {@code gN} of the run's first column with the
   * run's length in {@code glN}: the template prints it centred over the whole run
   * ({@link GroupSpans}). A run without a heading gets none, and no rule under it.
   */
  static void putGroups(Map<String, Object> head, ReportTable t, List<Integer> cols) {
    int start = 0;
    for (int i = 1; i <= cols.size(); i++) {
      String group = t.columns().get(cols.get(start)).group();
      if (i == cols.size() || !t.columns().get(cols.get(i)).group().equals(group)) {
        if (!group.isEmpty()) {
          head.put("g" + (start + 1), group);
          head.put("gl" + (start + 1), String.valueOf(i - start));
        }
        start = i;
      }
    }
  }
}
