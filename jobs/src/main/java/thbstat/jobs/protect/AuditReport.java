package thbstat.jobs.protect;

import java.util.List;

/** The LP audit of a public table: an interval per protected cell and the failures found. */
public record AuditReport(List<CellInterval> intervals, List<String> failures) {
  public AuditReport {
    intervals = List.copyOf(intervals);
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
