package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The fine groups of one partition for indicators whose units span several rows (a person in
 * several cases, a case with several defendants). The partition holds whole units, its rows
 * sorted by unit key, so each unit is merged in plain Java as it streams by: per indicator, its
 * qualifying rows give the unit's codes (the union over the rows), value (the smallest) and
 * numerator (any row), once per period — the periods of each row's date, or for
 * {@code period_by: earliest} the period of the unit's earliest date.
 */
final class MergedUnitGroups implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * Where one indicator reads its record in the projected row ({@code record}), plus the position
   * of its date's day number (days since 1970-01-01, -1: none) for placement by earliest date.
   */
  record Entry(RowUnitGroups.Entry record, int day, boolean earliest) implements Serializable {

    /** Whether the unit needs only its earliest date: placed by it, with no codes, value or numerator. */
    boolean firstDateOnly() {
      return earliest && record.value() < 0 && record.numerator() < 0
          && IntStream.of(record.slots()).allMatch(s -> s < 0);
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

  /** {@code key}: the position of the unit key in the projected row. */
  MergedUnitGroups(int key, List<Entry> entries, PartitionGroups.Requested requested) {
    this.key = key;
    this.entries = List.copyOf(entries);
    this.requested = requested;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PartitionGroups groups = new PartitionGroups(requested);
    List<Row> unit = new ArrayList<>();
    Object unitKey = null;
    while (rows.hasNext()) {
      Row row = rows.next();
      Object k = row.get(key);
      if (!unit.isEmpty() && !Objects.equals(k, unitKey)) {
        addUnit(unit, groups);
        unit.clear();
      }
      unitKey = k;
      unit.add(row);
    }
    if (!unit.isEmpty()) {
      addUnit(unit, groups);
    }
    return groups.rows();
  }

  private void addUnit(List<Row> unit, PartitionGroups groups) {
    for (Entry e : entries) {
      Map<String, Merged> byPeriod = new LinkedHashMap<>();
      if (e.earliest()) {
        Merged all = null;
        int firstDay = Integer.MAX_VALUE;
        int firstQuarter = 0;
        for (Row row : unit) {
          if (row.getBoolean(e.record().qualifies())) {
            all = merge(all, row, e);
            if (row.getInt(e.day()) < firstDay) {
              firstDay = row.getInt(e.day());
              firstQuarter = row.getInt(e.record().quarter());
            }
          }
        }
        if (all != null) {
          for (String period : groups.periodsOf(firstQuarter)) {
            byPeriod.put(period, all);
          }
        }
      } else {
        for (Row row : unit) {
          if (row.getBoolean(e.record().qualifies())) {
            for (String period : groups.periodsOf(row.getInt(e.record().quarter()))) {
              byPeriod.put(period, merge(byPeriod.get(period), row, e));
            }
          }
        }
      }
      byPeriod.forEach((period, m) -> groups.add(e.record().indicator(), period, m.slots(), m.numerator,
          e.record().median() ? m.value : null, m.value));
    }
  }

  private static Merged merge(Merged m, Row row, Entry e) {
    if (m == null) {
      m = new Merged(e.record().slots().length);
    }
    for (int i = 0; i < e.record().slots().length; i++) {
      if (e.record().slots()[i] >= 0) {
        m.codes[i].addAll(row.<String>getList(e.record().slots()[i]));
      }
    }
    if (e.record().value() >= 0) {
      BigDecimal v = row.getDecimal(e.record().value());
      if (v != null && (m.value == null || v.compareTo(m.value) < 0)) {
        m.value = v;
      }
    }
    m.numerator |= e.record().numerator() >= 0 && row.getBoolean(e.record().numerator());
    return m;
  }

  /** One unit's merged record: codes per slot (sorted, distinct), smallest value, numerator. */
  private static final class Merged {
    final TreeSet<String>[] codes;
    BigDecimal value;
    boolean numerator;

    PartitionGroups.Slots slots() {
      return new PartitionGroups.Slots(Arrays.stream(codes).map(c -> String.join("|", c)).toArray(String[]::new));
    }

    @SuppressWarnings("unchecked")
    Merged(int slots) {
      codes = new TreeSet[slots];
      for (int i = 0; i < slots; i++) {
        codes[i] = new TreeSet<>();
      }
    }
  }
}
