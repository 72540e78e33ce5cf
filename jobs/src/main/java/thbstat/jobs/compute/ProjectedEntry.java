package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * Where one indicator (or one unpivot entry of it) reads its record in a row Spark projected: the
 * position of its qualification flag, of its date's {@code year * 10 + quarter}, the coder of
 * each slot (null: a slot the indicator does not use), the position of its value (-1: none) and
 * of its share numerator flag (-1: not a share).
 */
record ProjectedEntry(int indicator, int qualifies, int quarter, SlotCoder[] slots, int value, int numerator,
    boolean median) implements Serializable {

  /** The positions this entry reads (-1 for none). */
  IntStream positions() {
    return IntStream.concat(IntStream.of(qualifies, quarter, value, numerator),
        Stream.of(slots).filter(Objects::nonNull).mapToInt(SlotCoder::position));
  }

  /** This entry in another projection: {@code position} maps each position to the new one. */
  ProjectedEntry at(IntUnaryOperator position) {
    return new ProjectedEntry(indicator, position.applyAsInt(qualifies), position.applyAsInt(quarter),
        Stream.of(slots).map(c -> c == null ? null : c.at(position)).toArray(SlotCoder[]::new),
        position.applyAsInt(value), position.applyAsInt(numerator), median);
  }

  /** The value at {@code value} of a row, or null: none, or a null value. */
  BigDecimal valueOf(InternalRow row) {
    return value < 0 || row.isNullAt(value) ? null
        : row.getDecimal(value, Expressions.VALUE_TYPE.precision(), Expressions.VALUE_TYPE.scale()).toJavaBigDecimal();
  }
}
