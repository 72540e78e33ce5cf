package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The fine groups of one partition for indicators whose every row is its own unit, counted in
 * plain Java: each row is read once and adds to the group of every indicator it qualifies for. A
 * record per row and indicator would cost a struct, an exploded row and a hashed string key in
 * Spark for every pair; here it costs one hash-map update.
 */
final class RowUnitGroups implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * Where one indicator (or one unpivot entry of it) reads its record in the projected row: the
   * position of its qualification flag, of its date's {@code year * 10 + quarter}, of each slot's
   * codes joined by {@code |} (-1: a slot the indicator does not use), of its value (-1: none) and of its share
   * numerator flag (-1: not a share).
   */
  record Entry(int indicator, int qualifies, int quarter, int[] slots, int value, int numerator, boolean median)
      implements Serializable {

    /** The positions this entry reads (-1 for none). */
    IntStream positions() {
      return IntStream.concat(IntStream.of(qualifies, quarter, value, numerator), IntStream.of(slots));
    }

    /** This entry in another projection: {@code position} maps each position to the new one. */
    Entry at(IntUnaryOperator position) {
      return new Entry(indicator, position.applyAsInt(qualifies), position.applyAsInt(quarter),
          IntStream.of(slots).map(position).toArray(), position.applyAsInt(value), position.applyAsInt(numerator),
          median);
    }
  }

  private final List<Entry> entries;
  private final PartitionGroups.Requested requested;
  /** Per entry, the number of its slot layout: entries with the same slot columns share one. */
  private final int[] layout;
  private final int layouts;

  RowUnitGroups(List<Entry> entries, PartitionGroups.Requested requested) {
    this.entries = List.copyOf(entries);
    this.requested = requested;
    Map<List<Integer>, Integer> numbers = new HashMap<>();
    layout = new int[entries.size()];
    for (int i = 0; i < layout.length; i++) {
      List<Integer> slots = IntStream.of(entries.get(i).slots()).boxed().toList();
      layout[i] = numbers.computeIfAbsent(slots, k -> numbers.size());
    }
    layouts = numbers.size();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PartitionGroups groups = new PartitionGroups(requested);
    PartitionGroups.Slots[] slotsOfLayout = new PartitionGroups.Slots[layouts];
    while (rows.hasNext()) {
      Row row = rows.next();
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
        BigDecimal value = e.value() < 0 ? null : row.getDecimal(e.value());
        boolean numerator = e.numerator() >= 0 && row.getBoolean(e.numerator());
        PartitionGroups.Slots slots = slotsOfLayout[layout[i]];
        if (slots == null) {
          slots = slotsOf(row, e.slots());
          slotsOfLayout[layout[i]] = slots;
        }
        for (String period : periods) {
          groups.add(e.indicator(), period, slots, numerator, e.median() ? value : null, value);
        }
      }
    }
    return groups.rows();
  }

  /** Each slot's codes, already joined by {@code |} in the projection; empty for an unused slot. */
  private static PartitionGroups.Slots slotsOf(Row row, int[] slots) {
    String[] codes = new String[slots.length];
    for (int i = 0; i < slots.length; i++) {
      codes[i] = slots[i] < 0 ? "" : row.getString(slots[i]);
    }
    return new PartitionGroups.Slots(codes);
  }
}
