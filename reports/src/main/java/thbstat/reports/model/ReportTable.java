package thbstat.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * A table as the reader sees it, in one language.
 *
 * @param id short identifier (T03, H01): sheet name and table number
 * @param title caption
 * @param unit unit of measure, in words
 * @param rowHeading heading of the label column
 * @param columns value column headings
 * @param rows lines, totals first
 * @param notes footnotes under the table (symbols used, definitions of the indicator)
 * @param indicator the indicator shown, for the definitions (several, comma-separated, in the Action Plan
 *     and Eurostat tables); null for a compiled table
 * @param source who keeps the records the table is computed from, in the report's language, for
 *     its source line; null for the report's general line
 */
public record ReportTable(String id, String title, String unit, String rowHeading, List<ColumnHeading> columns,
    List<ReportRow> rows, List<String> notes, String indicator, String source) {
  /** A table without its own source line. */
  public ReportTable(String id, String title, String unit, String rowHeading, List<ColumnHeading> columns,
      List<ReportRow> rows, List<String> notes, String indicator) {
    this(id, title, unit, rowHeading, columns, rows, notes, indicator, null);
  }

  /** This table with the source line {@code source}. */
  public ReportTable withSource(String source) {
    return new ReportTable(id, title, unit, rowHeading, columns, rows, notes, indicator, source);
  }

  /** This table with one more note under it. */
  public ReportTable withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new ReportTable(id, title, unit, rowHeading, columns, rows, more, indicator, source);
  }

  /** This table with {@code note} in place of each note equal to {@code old}. */
  public ReportTable withNoteReplaced(String old, String note) {
    List<String> replaced = notes.stream().map(n -> n.equals(old) ? note : n).toList();
    return new ReportTable(id, title, unit, rowHeading, columns, rows, replaced, indicator, source);
  }

  /** This table with each cell of its rows replaced by {@code cell}'s answer. */
  public ReportTable withCells(java.util.function.UnaryOperator<ReportCell> cell) {
    List<ReportRow> mapped = rows.stream()
        .map(r -> new ReportRow(r.label(), r.total(), r.cells().stream().map(cell).toList())).toList();
    return new ReportTable(id, title, unit, rowHeading, columns, mapped, notes, indicator, source);
  }

  /** This table under another id. */
  public ReportTable withId(String newId) {
    return new ReportTable(newId, title, unit, rowHeading, columns, rows, notes, indicator, source);
  }

  public ReportTable {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(rowHeading);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    for (ReportRow r : rows) {
      if (r.cells().size() != columns.size()) {
        throw new IllegalArgumentException(id + ": row '" + r.label() + "' has " + r.cells().size()
            + " cells for " + columns.size() + " columns");
      }
    }
  }

  /** Whether any column has a spanning heading. */
  public boolean grouped() {
    return columns.stream().anyMatch(c -> !c.group().isEmpty());
  }
}
