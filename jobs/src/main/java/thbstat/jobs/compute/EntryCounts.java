package thbstat.jobs.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator entry's groups in a partition, kept as int tuples: the date's
 * {@code year * 10 + quarter} (or, for merged units, the number of their period), the numerator
 * flag, the number of the median value (-1: none) and the number of each slot's code set. A unit
 * costs one probe of a flat array and no object; the tuples become codes and periods once, in
 * {@link #addTo}.
 */
final class EntryCounts {
  static final int QUARTER = 0;
  static final int NUMERATOR = 1;
  static final int MEDIAN = 2;
  static final int SLOTS = 3;

  private final int indicator;
  private final boolean median;
  /** Whether tuples hold a period's number ({@link PartitionGroups#periodIdsOf}), not a quarter. */
  private final boolean byPeriod;
  /** The code cache of each slot, null for a slot the entry does not use. */
  private final SlotCoder.Cache[] slotCaches;
  /** The current unit's tuple, filled by the caller before {@link #add}. */
  final int[] tuple;
  private final SignatureTable table;
  private long[] units = new long[64];
  private BigDecimal[] sums;

  EntryCounts(int indicator, boolean median, boolean summed, SlotCoder.Cache[] slotCaches) {
    this(indicator, median, summed, slotCaches, false);
  }

  EntryCounts(int indicator, boolean median, boolean summed, SlotCoder.Cache[] slotCaches, boolean byPeriod) {
    this.indicator = indicator;
    this.median = median;
    this.byPeriod = byPeriod;
    this.slotCaches = slotCaches;
    int used = slotCaches.length;
    while (used > 0 && slotCaches[used - 1] == null) {
      used--;
    }
    // Only the slots up to the last the entry uses: the tuple is hashed and compared per unit.
    this.tuple = new int[SLOTS + used];
    this.table = new SignatureTable(tuple.length);
    this.sums = summed ? new BigDecimal[64] : null;
  }

  /** How many slots the tuple holds, from the first: the caller fills {@code tuple[SLOTS + s]} for these. */
  int slotCount() {
    return tuple.length - SLOTS;
  }

  /** One unit with the current tuple and {@code value} (null: none) to sum. */
  void add(BigDecimal value) {
    int n = table.numberOf(tuple);
    if (n == units.length) {
      units = Arrays.copyOf(units, n * 2);
      if (sums != null) {
        sums = Arrays.copyOf(sums, n * 2);
      }
    }
    units[n]++;
    if (sums != null && value != null) {
      sums[n] = sums[n] == null ? value : sums[n].add(value);
    }
  }

  /** The distinct median values of a partition, numbered: a tuple holds a number, not a value. */
  static final class MedianValues {
    private final Map<BigDecimal, Integer> ids = new HashMap<>();
    private final List<BigDecimal> values = new ArrayList<>();
    /** Whole numbers met: no object per row. */
    private final LongIds wholes =
        new LongIds(whole -> idOf(BigDecimal.valueOf(whole).setScale(Expressions.VALUE_TYPE.scale())));

    /** The number of the whole number {@code whole}, as a value of {@link Expressions#VALUE_TYPE}. */
    int idOfWhole(long whole) {
      return wholes.idOf(whole);
    }

    /** The number of {@code value}; -1 for null. */
    int idOf(BigDecimal value) {
      return value == null ? -1 : ids.computeIfAbsent(value, v -> {
        values.add(v);
        return values.size() - 1;
      });
    }

    BigDecimal value(int id) {
      return values.get(id);
    }
  }

  /** Adds the groups to {@code groups}; {@code medians}: the median values by number. */
  void addTo(PartitionGroups groups, MedianValues medians) {
    for (int n = 0; n < table.size(); n++) {
      String[] periods = byPeriod ? new String[] {groups.period(table.get(n, QUARTER))}
          : groups.periodsOf(table.get(n, QUARTER));
      if (periods.length == 0) {
        continue;
      }
      BigDecimal medianValue = null;
      BigDecimal sum = sums == null ? null : sums[n];
      if (median && table.get(n, MEDIAN) >= 0) {
        medianValue = medians.value(table.get(n, MEDIAN));
        sum = medianValue.multiply(BigDecimal.valueOf(units[n]));
      }
      // Only the slots the indicator uses: the groups of one with no dimension, from any branch, all read "".
      String[] texts = new String[slotCount()];
      for (int slot = 0; slot < texts.length; slot++) {
        texts[slot] = slotCaches[slot] == null ? "" : slotCaches[slot].coded(table.get(n, SLOTS + slot)).text();
      }
      PartitionGroups.Slots slots = new PartitionGroups.Slots(texts);
      for (String period : periods) {
        groups.add(indicator, period, slots, table.get(n, NUMERATOR) == 1, medianValue, units[n], sum);
      }
    }
  }
}
