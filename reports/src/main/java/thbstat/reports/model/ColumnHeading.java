package thbstat.reports.model;

import java.util.Objects;

/**
 * The heading of one value column.
 *
 * @param group the spanning heading above it (a year when several years stand side by side), or ""
 * @param label its own heading
 */
public record ColumnHeading(String group, String label) {
  public ColumnHeading {
    Objects.requireNonNull(group);
    Objects.requireNonNull(label);
  }
}
