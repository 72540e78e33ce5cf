package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The fine groups of one partition for indicators whose every row is its own unit, counted in
 * plain Java: each row is read once and adds to the group of every indicator it qualifies for. A
 * record per row and indicator would cost a struct, an exploded row and a hashed string key in
 * Spark for every pair; here it costs one hash-map update. Rows are read in Spark's own binary
 * form, not converted to Java objects.
 */
final class RowUnitGroups implements FlatMapFunction<Iterator<InternalRow>, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * Where one indicator (or one unpivot entry of it) reads its record in the projected row: the
   * position of its qualification flag, of its date's {@code year * 10 + quarter}, the coder of
   * each slot (null: a slot the indicator does not use), the position of its value (-1: none) and
   * of its share numerator flag (-1: not a share).
   */
  record Entry(int indicator, int qualifies, int quarter, SlotCoder[] slots, int value, int numerator, boolean median)
      implements Serializable {

    /** The positions this entry reads (-1 for none). */
    IntStream positions() {
      return IntStream.concat(IntStream.of(qualifies, quarter, value, numerator),
          Stream.of(slots).filter(Objects::nonNull).mapToInt(SlotCoder::position));
    }

    /** This entry in another projection: {@code position} maps each position to the new one. */
    Entry at(IntUnaryOperator position) {
      return new Entry(indicator, position.applyAsInt(qualifies), position.applyAsInt(quarter),
          Stream.of(slots).map(c -> c == null ? null : c.at(position)).toArray(SlotCoder[]::new),
          position.applyAsInt(value), position.applyAsInt(numerator), median);
    }

    /** The value at {@code value} of a row, or null: none, or a null value. */
    BigDecimal valueOf(InternalRow row) {
      return value < 0 || row.isNullAt(value) ? null
          : row.getDecimal(value, Expressions.VALUE_TYPE.precision(), Expressions.VALUE_TYPE.scale()).toJavaBigDecimal();
    }
  }

  private final List<Entry> entries;
  private final PartitionGroups.Requested requested;
  /** Per entry, the number of its slot layout: entries with the same slot coders share one. */
  private final int[] layout;
  private final int layouts;

  RowUnitGroups(List<Entry> entries, PartitionGroups.Requested requested) {
    this.entries = List.copyOf(entries);
    this.requested = requested;
    Map<List<SlotCoder>, Integer> numbers = new HashMap<>();
    layout = new int[entries.size()];
    for (int i = 0; i < layout.length; i++) {
      List<SlotCoder> slots = Arrays.asList(entries.get(i).slots());
      layout[i] = numbers.computeIfAbsent(slots, k -> numbers.size());
    }
    layouts = numbers.size();
  }

  @Override
  public Iterator<Row> call(Iterator<InternalRow> rows) {
    PartitionGroups groups = new PartitionGroups(requested);
    PartitionCoders coders = new PartitionCoders(entries.stream().map(Entry::slots).toList());
    PartitionGroups.Slots[] slotsOfLayout = new PartitionGroups.Slots[layouts];
    while (rows.hasNext()) {
      InternalRow row = rows.next();
      coders.row(row);
      Arrays.fill(slotsOfLayout, null);
      for (int i = 0; i < layout.length; i++) {
        Entry e = entries.get(i);
        if (!row.getBoolean(e.qualifies())) {
          continue;
        }
        String[] periods = groups.periodsOf(row.getInt(e.quarter()));
        if (periods.length == 0) {
          continue;
        }
        BigDecimal value = e.valueOf(row);
        boolean numerator = e.numerator() >= 0 && row.getBoolean(e.numerator());
        PartitionGroups.Slots slots = slotsOfLayout[layout[i]];
        if (slots == null) {
          slots = coders.slots(i);
          slotsOfLayout[layout[i]] = slots;
        }
        for (String period : periods) {
          groups.add(e.indicator(), period, slots, numerator, e.median() ? value : null, value);
        }
      }
    }
    return groups.rows();
  }
}
