package thbstat.jobs.compute;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Units counted once, in the period of their earliest qualifying date, with no codes, value or
 * numerator (cases placed by their first complaint, indictment, ...), read in plain Java. A
 * unit's earliest date lies in the requested span only if it has a qualifying row in the span:
 * a first pass over the span's row groups finds those units and the driver numbers them; a second
 * pass over the whole table keeps, for them alone, the earliest qualifying day of each indicator,
 * and returns numbers and days. The driver merges the partitions' days. Its memory grows with the
 * units of the span (as a broadcast join's would), not with the table.
 */
final class FirstDateUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One indicator (or unpivot entry of it): its filter's conditions and its date, as {@link RawColumns} ids. */
  private record Entry(int indicator, int[] conditions, int date) implements Serializable {}

  /**
   * The key of the units without one: one unit, as Spark groups nulls. No text read from a
   * column equals it: a 0xFF byte is never part of UTF-8.
   */
  private static final UTF8String NO_KEY = UTF8String.fromBytes(new byte[] {(byte) 0xff});

  private final RawColumns columns;
  private final List<Entry> entries = new ArrayList<>();
  private final int key;
  private final int fromDay;
  private final int toDay;
  private final PartitionGroups.Requested requested;

  FirstDateUnits(StructType schema, List<IndicatorPlan> plans, LocalDate from, LocalDate to,
      PartitionGroups.Requested requested) {
    this.columns = new RawColumns(schema);
    this.fromDay = (int) from.toEpochDay();
    this.toDay = (int) to.toEpochDay();
    this.requested = requested;
    int keyColumn = -1;
    for (IndicatorPlan plan : plans) {
      for (RawColumns.Resolver r : columns.resolvers(plan.source())) {
        int k = r.column(plan.unitKey());
        if (keyColumn >= 0 && k != keyColumn) {
          throw new IllegalArgumentException("first-date units of one branch share one unit key");
        }
        keyColumn = k;
        entries.add(new Entry(plan.index(), r.conditions(plan.filter()), r.column(plan.indicator().date())));
      }
    }
    this.key = keyColumn;
  }

  List<String> scannedColumns() {
    return columns.scannedColumns();
  }

  /**
   * The fine groups: per indicator and requested period, the units whose earliest qualifying date
   * falls in it. {@code needed}: the rows some indicator qualifies for; {@code neededInSpan}: those
   * of them with some indicator's date in the span (fewer row groups to read).
   */
  List<Row> groups(Dataset<Row> table, Dataset<Row> needed, Dataset<Row> neededInSpan) {
    // The units found in the span, numbered: the second pass returns numbers and days, no text.
    KeyIndex numbers = new KeyIndex();
    for (KeyIndex part : ColumnScan.map(table, neededInSpan, scannedColumns(), this::unitsInSpan).collect()) {
      numbers.addAll(part);
    }
    numbers.trimmed();
    int width = entries.size();
    int[] first = new int[numbers.size() * width];
    Arrays.fill(first, Integer.MAX_VALUE);
    Broadcast<KeyIndex> units =
        JavaSparkContext.fromSparkContext(table.sparkSession().sparkContext()).broadcast(numbers);
    try {
      for (int[] part : ColumnScan.map(table, needed, scannedColumns(),
          ordinals -> new FirstDaysOf(ordinals, units.value())).collect()) {
        for (int at = 0; at < part.length; at += width + 1) {
          int unit = part[at] * width;
          for (int i = 0; i < width; i++) {
            first[unit + i] = Math.min(first[unit + i], part[at + 1 + i]);
          }
        }
      }
    } finally {
      units.destroy();
    }
    return count(first);
  }

  /** The fine groups of the earliest days: {@code first} holds each unit's day per entry, in a row. */
  private List<Row> count(int[] first) {
    PartitionGroups periods = new PartitionGroups(requested);
    Map<String, Long> units = new HashMap<>();
    Map<Integer, Integer> quarters = new HashMap<>();
    int width = entries.size();
    for (int at = 0; at < first.length; at++) {
      int day = first[at];
      if (day == Integer.MAX_VALUE) {
        continue;
      }
      int quarter = quarters.computeIfAbsent(day, d -> {
        LocalDate date = LocalDate.ofEpochDay(d);
        return date.getYear() * 10 + (date.getMonthValue() - 1) / 3 + 1;
      });
      for (String period : periods.periodsOf(quarter)) {
        units.merge(entries.get(at % width).indicator() + "\t" + period, 1L, Long::sum);
      }
    }
    List<Row> out = new ArrayList<>();
    units.forEach((k, n) -> {
      String[] parts = k.split("\t");
      out.add(RowFactory.create(Integer.parseInt(parts[0]), parts[1], "", false, null, n, null));
    });
    return out;
  }

  private ColumnScan.Counter<KeyIndex> unitsInSpan(Map<String, Integer> ordinals) {
    RawColumns.Reader reader = columns.reader(ordinals);
    KeyIndex found = new KeyIndex();
    return new RowCounter<>(reader) {
      @Override
      void add(InternalRow r, int rowId) {
        for (Entry e : entries) {
          int day = reader.day(e.date(), r);
          if (day >= fromDay && day <= toDay && reader.allHold(e.conditions(), r, rowId)) {
            found.add(keyOf(reader, r));
            return;
          }
        }
      }

      @Override
      public Iterator<KeyIndex> results() {
        return List.of(found.trimmed()).iterator();
      }
    };
  }

  /**
   * Per partition, the earliest qualifying day of each entry for the units of {@code units} (text
   * → number); returns one array: for each unit met, its number and then its day per entry.
   */
  private final class FirstDaysOf extends RowCounter<int[]> {
    private final KeyIndex units;
    private final int width = entries.size();
    private int[] first;
    private int[] met = new int[1024];
    private int metCount;

    FirstDaysOf(Map<String, Integer> ordinals, KeyIndex units) {
      super(columns.reader(ordinals));
      this.units = units;
    }

    @Override
    void add(InternalRow r, int rowId) {
      int unit = -1;
      for (int i = 0; i < width; i++) {
        Entry e = entries.get(i);
        int day = reader.day(e.date(), r);
        // A day after the span is never the earliest of a unit counted: that unit has one in the span.
        if (day == Integer.MIN_VALUE || day > toDay || !reader.allHold(e.conditions(), r, rowId)) {
          continue;
        }
        if (unit < 0) {
          int number = units.numberOf(keyOf(reader, r));
          if (number < 0) {
            return;
          }
          unit = number * width;
          if (first == null) {
            first = new int[units.size() * width];
            Arrays.fill(first, Integer.MAX_VALUE);
          }
          if (first[unit] == Integer.MAX_VALUE && allUnset(unit)) {
            if (metCount == met.length) {
              met = Arrays.copyOf(met, metCount * 2);
            }
            met[metCount++] = number;
          }
        }
        first[unit + i] = Math.min(first[unit + i], day);
      }
    }

    private boolean allUnset(int unit) {
      for (int i = 0; i < width; i++) {
        if (first[unit + i] != Integer.MAX_VALUE) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Iterator<int[]> results() {
      int[] out = new int[metCount * (width + 1)];
      for (int m = 0; m < metCount; m++) {
        out[m * (width + 1)] = met[m];
        System.arraycopy(first, met[m] * width, out, m * (width + 1) + 1, width);
      }
      return List.of(out).iterator();
    }
  }

  /** The unit key of a row, as text (borrowed from the row: copied when kept). */
  private UTF8String keyOf(RawColumns.Reader reader, InternalRow r) {
    int at = reader.ordinal(key);
    if (r.isNullAt(at)) {
      return NO_KEY;
    }
    DataType type = columns.type(key);
    return type instanceof StringType ? r.getUTF8String(at) : UTF8String.fromString(String.valueOf(r.get(at, type)));
  }

  /** A counter that reads batches row by row through a {@link RawColumns.Reader}. */
  private abstract static class RowCounter<T> implements ColumnScan.Counter<T> {
    final RawColumns.Reader reader;

    RowCounter(RawColumns.Reader reader) {
      this.reader = reader;
    }

    @Override
    public void add(ColumnarBatch batch) {
      reader.batch(batch);
      for (int r = 0; r < batch.numRows(); r++) {
        reader.nextRow();
        add(batch.getRow(r), r);
      }
    }

    @Override
    public void add(InternalRow row) {
      reader.nextRow();
      add(row, -1);
    }

    abstract void add(InternalRow r, int rowId);
  }
}
