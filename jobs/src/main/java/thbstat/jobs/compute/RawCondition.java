package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.unsafe.types.UTF8String;
import thbstat.indicators.model.Condition;

/**
 * A catalogue condition tested in plain Java on one value of its column, as {@link ValueNumbers}
 * keeps it; the same truth as {@link Expressions#condition} with nulls counted as false.
 */
final class RawCondition implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Condition.Op op;
  private final boolean list;
  /** IN, NOT_IN: the values as text. */
  private final Set<String> texts;
  /** GT, GE, LT, LE: the bound, as the column's kind of value (null: it does not convert, no row passes). */
  private final Comparable<?> bound;

  RawCondition(Condition c, DataType type) {
    this.op = c.op();
    this.list = type instanceof ArrayType;
    this.texts = Set.copyOf(c.values());
    this.bound = switch (op) {
      case GT, GE, LT, LE -> bound(c.values().get(0), type);
      default -> null;
    };
  }

  private static Comparable<?> bound(String literal, DataType type) {
    try {
      if (type instanceof DateType) {
        return (int) LocalDate.parse(literal.trim()).toEpochDay();
      }
      if (type instanceof StringType) {
        return UTF8String.fromString(literal);
      }
      return new BigDecimal(literal.trim());
    } catch (RuntimeException e) {
      return null;
    }
  }

  Condition.Op op() {
    return op;
  }

  /** Whether {@code value} (as {@link ValueNumbers#value}, null for null) meets the condition. */
  boolean test(Object value) {
    return switch (op) {
      case IN -> list ? value != null && overlaps((ArrayData) value) : value != null && texts.contains(value.toString());
      case NOT_IN -> list ? value == null || !overlaps((ArrayData) value) && !hasNull((ArrayData) value)
          : value != null && !texts.contains(value.toString());
      case SET -> list ? value != null && ((ArrayData) value).numElements() > 0 : value != null;
      case UNSET -> list ? value == null || ((ArrayData) value).numElements() == 0 : value == null;
      case TRUE -> Boolean.TRUE.equals(value);
      case FALSE -> Boolean.FALSE.equals(value);
      case GT -> compare(value) > 0;
      case GE -> compare(value) >= 0;
      case LT -> compare(value) < 0;
      case LE -> compare(value) <= 0;
    };
  }

  /** The value against the bound; a null value or bound compares as no row passing. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private int compare(Object value) {
    if (value == null || bound == null) {
      return switch (op) {
        case GT, GE -> -1;
        default -> 1;
      };
    }
    Object v = value;
    if (bound instanceof BigDecimal) {
      v = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
    return ((Comparable) v).compareTo(bound);
  }

  private boolean overlaps(ArrayData values) {
    for (int i = 0; i < values.numElements(); i++) {
      if (!values.isNullAt(i) && texts.contains(values.getUTF8String(i).toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNull(ArrayData values) {
    for (int i = 0; i < values.numElements(); i++) {
      if (values.isNullAt(i)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return op + (list ? " (list) " : " ") + texts.stream().sorted().collect(Collectors.joining(",")) + (bound == null ? "" : " " + bound);
  }
}
