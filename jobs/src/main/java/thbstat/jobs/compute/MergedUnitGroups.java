package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
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
    Unit[] units = new Unit[entries.size()];
    for (int i = 0; i < units.length; i++) {
      units[i] = new Unit(entries.get(i), i);
    }
    boolean started = false;
    UTF8String unitKey = null;
    while (rows.hasNext()) {
      InternalRow row = rows.next();
      UTF8String k = row.isNullAt(key) ? null : row.getUTF8String(key);
      if (!started || !Objects.equals(k, unitKey)) {
        if (started) {
          for (Unit u : units) {
            u.addTo(groups);
          }
        }
        started = true;
        // The row's bytes are borrowed: the key kept is a copy.
        unitKey = k == null ? null : k.clone();
      }
      coders.row(row);
      for (Unit u : units) {
        u.add(row, coders, groups);
      }
    }
    if (started) {
      for (Unit u : units) {
        u.addTo(groups);
      }
    }
    return groups.rows();
  }

  /** One indicator's view of the current unit, built as its rows stream by. */
  private static final class Unit {
    private final Entry e;
    private final int entry;
    private final Map<String, Merged> byPeriod = new LinkedHashMap<>();
    /** For placement by earliest date: the merged qualifying rows, the earliest day and its quarter. */
    private Merged all;
    private int firstDay = Integer.MAX_VALUE;
    private int firstQuarter;

    Unit(Entry e, int entry) {
      this.e = e;
      this.entry = entry;
    }

    void add(InternalRow row, PartitionCoders coders, PartitionGroups groups) {
      if (!row.getBoolean(e.record().qualifies())) {
        return;
      }
      if (e.earliest()) {
        all = merge(all, row, coders);
        int day = row.getInt(e.day());
        if (day < firstDay) {
          firstDay = day;
          firstQuarter = row.getInt(e.record().quarter());
        }
      } else {
        for (String period : groups.periodsOf(row.getInt(e.record().quarter()))) {
          byPeriod.put(period, merge(byPeriod.get(period), row, coders));
        }
      }
    }

    /** Adds the unit to its groups, and starts the next one. */
    void addTo(PartitionGroups groups) {
      if (all != null) {
        for (String period : groups.periodsOf(firstQuarter)) {
          byPeriod.put(period, all);
        }
      }
      byPeriod.forEach((period, m) -> groups.add(e.record().indicator(), period, m.slots(), m.numerator,
          e.record().median() ? m.value : null, m.value));
      byPeriod.clear();
      all = null;
      firstDay = Integer.MAX_VALUE;
    }

    private Merged merge(Merged m, InternalRow row, PartitionCoders coders) {
      if (m == null) {
        m = new Merged(e.record().slots().length);
      }
      for (int i = 0; i < m.codes.length; i++) {
        SlotCoder.Coded coded = coders.coded(entry, i);
        if (coded != null) {
          m.add(i, coded);
        }
      }
      BigDecimal v = e.record().valueOf(row);
      if (v != null && (m.value == null || v.compareTo(m.value) < 0)) {
        m.value = v;
      }
      m.numerator |= e.record().numerator() >= 0 && row.getBoolean(e.record().numerator());
      return m;
    }
  }

  /**
   * One unit's merged record: codes per slot (the union over its rows, sorted, distinct), smallest
   * value, numerator. Most units meet one code set per slot, kept as it is; a union is built only
   * for a slot that meets two.
   */
  private static final class Merged {
    /** Per slot: the one code set met so far (null: none yet), until a second one is met. */
    final SlotCoder.Coded[] codes;
    /** Per slot: null, or the union of two or more code sets. */
    final TreeSet<String>[] unions;
    BigDecimal value;
    boolean numerator;

    @SuppressWarnings("unchecked")
    Merged(int slots) {
      codes = new SlotCoder.Coded[slots];
      unions = new TreeSet[slots];
    }

    void add(int slot, SlotCoder.Coded coded) {
      if (unions[slot] != null) {
        Collections.addAll(unions[slot], coded.codes());
      } else if (codes[slot] == null) {
        codes[slot] = coded;
      } else if (codes[slot] != coded && !codes[slot].text().equals(coded.text())) {
        unions[slot] = new TreeSet<>(List.of(codes[slot].codes()));
        Collections.addAll(unions[slot], coded.codes());
      }
    }

    PartitionGroups.Slots slots() {
      String[] texts = new String[codes.length];
      for (int i = 0; i < texts.length; i++) {
        texts[i] = unions[i] != null ? String.join("|", unions[i]) : codes[i] == null ? "" : codes[i].text();
      }
      return new PartitionGroups.Slots(texts);
    }
  }
}
