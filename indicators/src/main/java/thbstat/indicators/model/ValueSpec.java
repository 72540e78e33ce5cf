package thbstat.indicators.model;

import java.util.Objects;

/**
 * The number a sum or median is taken of: a numeric clean column, or the days between two dates
 * ({@code to − from}).
 */
public sealed interface ValueSpec {
  record ColumnValue(String column) implements ValueSpec {
    public ColumnValue {
      Objects.requireNonNull(column);
    }
  }

  record DaysBetween(String from, String to) implements ValueSpec {
    public DaysBetween {
      Objects.requireNonNull(from);
      Objects.requireNonNull(to);
    }
  }
}
