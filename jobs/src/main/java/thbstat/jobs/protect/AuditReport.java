package thbstat.jobs.protect;

import java.util.List;

/**
 * The LP audit of a public table: an interval per protected cell, the upper bound of each
 * complement of a published subset ({@link LinkedCells#complements}: its lower bound is not
 * solved), and the failures found.
 */
public record AuditReport(List<CellInterval> intervals, List<CellInterval> complements, List<String> failures) {
  public AuditReport {
    intervals = List.copyOf(intervals);
    complements = List.copyOf(complements);
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
