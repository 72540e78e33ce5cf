package thbstat.reports.model;

import java.util.List;
import java.util.Objects;

/** One line of a report table: its label, whether it is a total, and one cell per column. */
public record ReportRow(String label, boolean total, List<ReportCell> cells) {
  public ReportRow {
    Objects.requireNonNull(label);
    cells = List.copyOf(cells);
  }
}
