package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The fine groups of one partition for indicators whose units span several rows (a person in
 * several cases, a case with several defendants). The partition holds whole units, its rows
 * sorted by unit key, so each unit is merged in plain Java as it streams by: per indicator, its
 * qualifying rows give the unit's codes (the union over the rows), value (the smallest) and
 * numerator (any row), once per period — the periods of each row's date, or for
 * {@code period_by: earliest} the period of the unit's earliest date.
 */
final class MergedUnitGroups implements FlatMapFunction<Iterator<InternalRow>, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * Where one indicator reads its record in the projected row ({@code record}), plus the position
   * of its date's day number (days since 1970-01-01, -1: none) for placement by earliest date.
   */
  record Entry(ProjectedEntry record, int day, boolean earliest) implements Serializable {

    /** Whether the unit needs only its earliest date: placed by it, with no codes, value or numerator. */
    boolean firstDateOnly() {
      return earliest && record.value() < 0 && record.numerator() < 0
          && Arrays.stream(record.slots()).allMatch(Objects::isNull);
    }

    /** The positions this entry reads (-1 for none). */
    IntStream positions() {
      return IntStream.concat(record.positions(), IntStream.of(day));
    }

    /** This entry in another projection: {@code position} maps each position to the new one. */
    Entry at(IntUnaryOperator position) {
      return new Entry(record.at(position), position.applyAsInt(day), earliest);
    }
  }

  private final int key;
  private final List<Entry> entries;
  private final PartitionGroups.Requested requested;

  /** {@code key}: the position of the unit key (a string) in the projected row. */
  MergedUnitGroups(int key, List<Entry> entries, PartitionGroups.Requested requested) {
    this.key = key;
    this.entries = List.copyOf(entries);
    this.requested = requested;
  }

  @Override
  public Iterator<Row> call(Iterator<InternalRow> rows) {
    PartitionGroups groups = new PartitionGroups(requested);
    PartitionCoders coders = new PartitionCoders(entries.stream().map(e -> e.record().slots()).toList());
    EntryCounts.MedianValues medians = new EntryCounts.MedianValues();
    Unit[] units = new Unit[entries.size()];
    for (int i = 0; i < units.length; i++) {
      units[i] = new Unit(entries.get(i), i, coders, groups, medians);
    }
    boolean started = false;
    UTF8String unitKey = null;
    while (rows.hasNext()) {
      InternalRow row = rows.next();
      UTF8String k = row.isNullAt(key) ? null : row.getUTF8String(key);
      if (!started || !Objects.equals(k, unitKey)) {
        if (started) {
          for (Unit u : units) {
            u.count();
          }
        }
        started = true;
        // The row's bytes are borrowed: the key kept is a copy.
        unitKey = k == null ? null : k.clone();
      }
      coders.row(row);
      for (Unit u : units) {
        u.add(row);
      }
    }
    if (started) {
      for (Unit u : units) {
        u.count();
      }
    }
    for (Unit u : units) {
      u.counts.addTo(groups, medians);
    }
    return groups.rows();
  }

  /**
   * One indicator's view of the current unit, built as its rows stream by, and its counts: the
   * unit's merged record per period goes to {@link EntryCounts} as an int tuple.
   */
  private static final class Unit {
    private final Entry e;
    private final int entry;
    private final PartitionCoders coders;
    private final PartitionGroups groups;
    private final EntryCounts.MedianValues medians;
    final EntryCounts counts;
    private final SlotCoder.Cache[] caches;
    /** The current unit's periods (numbers) and merged records, the first {@code periods} of each. */
    private int[] periodIds = new int[4];
    private Merged[] merged = new Merged[4];
    private int periods;
    /** For placement by earliest date: the merged qualifying rows, the earliest day and its quarter. */
    private final Merged all;
    private boolean anyRow;
    private int firstDay = Integer.MAX_VALUE;
    private int firstQuarter;

    Unit(Entry e, int entry, PartitionCoders coders, PartitionGroups groups, EntryCounts.MedianValues medians) {
      this.e = e;
      this.entry = entry;
      this.coders = coders;
      this.groups = groups;
      this.medians = medians;
      int slots = e.record().slots().length;
      caches = new SlotCoder.Cache[slots];
      for (int s = 0; s < slots; s++) {
        caches[s] = coders.cache(entry, s);
      }
      boolean hasValue = e.record().value() >= 0;
      counts = new EntryCounts(e.record().indicator(), e.record().median(), hasValue && !e.record().median(), caches,
          true);
      all = new Merged(slots);
    }

    void add(InternalRow row) {
      if (!row.getBoolean(e.record().qualifies())) {
        return;
      }
      if (e.earliest()) {
        merge(anyRow ? all : all.reset(), row);
        anyRow = true;
        int day = row.getInt(e.day());
        if (day < firstDay) {
          firstDay = day;
          firstQuarter = row.getInt(e.record().quarter());
        }
        return;
      }
      for (int period : groups.periodIdsOf(row.getInt(e.record().quarter()))) {
        merge(of(period), row);
      }
    }

    /** The current unit's record in {@code period}, started if new. */
    private Merged of(int period) {
      for (int i = 0; i < periods; i++) {
        if (periodIds[i] == period) {
          return merged[i];
        }
      }
      if (periods == periodIds.length) {
        periodIds = Arrays.copyOf(periodIds, periods * 2);
        merged = Arrays.copyOf(merged, periods * 2);
      }
      periodIds[periods] = period;
      if (merged[periods] == null) {
        merged[periods] = new Merged(caches.length);
      }
      return merged[periods++].reset();
    }

    /** Counts the unit in its groups, and starts the next one. */
    void count() {
      if (anyRow) {
        for (int period : groups.periodIdsOf(firstQuarter)) {
          count(period, all);
        }
      }
      for (int i = 0; i < periods; i++) {
        count(periodIds[i], merged[i]);
      }
      periods = 0;
      anyRow = false;
      firstDay = Integer.MAX_VALUE;
    }

    private void count(int period, Merged m) {
      int[] tuple = counts.tuple;
      tuple[EntryCounts.QUARTER] = period;
      tuple[EntryCounts.NUMERATOR] = m.numerator ? 1 : 0;
      tuple[EntryCounts.MEDIAN] = e.record().median() ? medians.idOf(m.value) : 0;
      for (int s = 0; s < counts.slotCount(); s++) {
        tuple[EntryCounts.SLOTS + s] = caches[s] == null ? 0 : m.codes[s];
      }
      counts.add(m.value);
    }

    private void merge(Merged m, InternalRow row) {
      for (int s = 0; s < caches.length; s++) {
        int id = coders.id(entry, s);
        if (id < 0) {
          continue;
        }
        int had = m.codes[s];
        m.codes[s] = had < 0 || had == id ? id : caches[s].union(had, id);
      }
      BigDecimal v = e.record().valueOf(row);
      if (v != null && (m.value == null || v.compareTo(m.value) < 0)) {
        m.value = v;
      }
      m.numerator |= e.record().numerator() >= 0 && row.getBoolean(e.record().numerator());
    }
  }

  /**
   * One unit's merged record: per slot the number of its code set (the union over its rows;
   * -1: none yet), the smallest value, the numerator.
   */
  private static final class Merged {
    final int[] codes;
    BigDecimal value;
    boolean numerator;

    Merged(int slots) {
      codes = new int[slots];
    }

    Merged reset() {
      Arrays.fill(codes, -1);
      value = null;
      numerator = false;
      return this;
    }
  }
}
