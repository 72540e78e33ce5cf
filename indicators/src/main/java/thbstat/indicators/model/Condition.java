package thbstat.indicators.model;

import java.util.List;
import java.util.Objects;

/**
 * One condition of a filter on a clean column; a filter is the conjunction of its conditions.
 * In {@code indicators.yaml}: {@code status: identified}, {@code status: [identified, presumed]},
 * {@code {column: offence, not_in: [cc350]}}, {@code indictment_date: set}, {@code reflection_period: true},
 * {@code {column: compensation_awarded_rsd, gt: 0}}, and for list columns {@code {column: exploitation, has: labour}}.
 */
public record Condition(String column, Op op, List<String> values) {
  public enum Op {
    /** Value is one of {@code values} (any element, for a list column). */
    IN,
    NOT_IN,
    /** Value is present. */
    SET,
    /** Value is empty. */
    UNSET,
    /** Boolean column is true. */
    TRUE,
    /** Boolean column is false. */
    FALSE,
    GT,
    GE,
    LT,
    LE
  }

  public Condition {
    Objects.requireNonNull(column);
    Objects.requireNonNull(op);
    values = List.copyOf(values);
  }

  @Override
  public String toString() {
    return switch (op) {
      case IN -> column + " in " + values;
      case NOT_IN -> column + " not in " + values;
      case SET -> column + " is set";
      case UNSET -> column + " is empty";
      case TRUE -> column + " is true";
      case FALSE -> column + " is false";
      case GT -> column + " > " + values.get(0);
      case GE -> column + " >= " + values.get(0);
      case LT -> column + " < " + values.get(0);
      case LE -> column + " <= " + values.get(0);
    };
  }
}
