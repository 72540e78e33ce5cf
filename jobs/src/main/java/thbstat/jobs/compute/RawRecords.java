package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.ValueSpec;

/**
 * The records of the indicators whose every row is its own unit, read from the table's own
 * columns in plain Java: no projection is built per row. Conditions and dimension codes are
 * worked out once per distinct value of a column ({@link RawColumns}), dates and values are read
 * as they are. Built on the driver from the plans; {@link #counter} counts one partition.
 */
final class RawRecords implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How one entry (an indicator, or one unpivot entry of it) reads its record; columns are {@link RawColumns} ids. */
  private record Entry(int indicator, int[] conditions, int date, int value, int valueTo, boolean daysBetween,
      boolean median, int[] numerator, int[] slotCoder, int slotCount) implements Serializable {}

  /** A dimension coded from a column. */
  private record Coder(int column, Dimension dimension) implements Serializable {}

  private final RawColumns columns;
  private final List<Coder> coders = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private final int fromDay;
  private final int toDay;
  private final PartitionGroups.Requested requested;

  /** {@code plans}: indicators over {@code schema} whose rows are their own units; only rows dated from..to count. */
  RawRecords(StructType schema, List<IndicatorPlan> plans, int slots, LocalDate from, LocalDate to,
      PartitionGroups.Requested requested) {
    this.columns = new RawColumns(schema);
    this.fromDay = (int) from.toEpochDay();
    this.toDay = (int) to.toEpochDay();
    this.requested = requested;
    Map<String, Integer> coderIds = new HashMap<>();
    for (IndicatorPlan plan : plans) {
      for (RawColumns.Resolver r : columns.resolvers(plan.source())) {
        int[] conds = r.conditions(plan.filter());
        int[] numerator = plan.measure() instanceof Measure.Share s ? r.conditions(s.numerator()) : null;
        int value = -1;
        int valueTo = -1;
        boolean daysBetween = false;
        ValueSpec spec = plan.measure() instanceof Measure.Sum s ? s.value()
            : plan.measure() instanceof Measure.Median m ? m.value() : null;
        if (spec instanceof ValueSpec.DaysBetween d) {
          value = r.column(d.from());
          valueTo = r.column(d.to());
          daysBetween = true;
        } else if (spec instanceof ValueSpec.ColumnValue c) {
          value = r.column(c.column());
          DataType type = columns.type(value);
          if (!(type instanceof IntegerType || type instanceof LongType || type instanceof ShortType
              || type instanceof DecimalType)) {
            throw new IllegalArgumentException("indicator " + plan.indicator().id() + ": value column '" + c.column()
                + "' of type " + type.simpleString() + " is not a number");
          }
        }
        int[] slotCoder = new int[slots];
        Arrays.fill(slotCoder, -1);
        for (int i = 0; i < plan.dimensions().size(); i++) {
          Dimension d = plan.dimensions().get(i);
          int column = r.column(d.column());
          new SlotCoder(d, 0, columns.type(column)); // refuses a type it cannot code
          slotCoder[i] = coderIds.computeIfAbsent(column + "/" + d.id(), k -> {
            coders.add(new Coder(column, d));
            return coders.size() - 1;
          });
        }
        entries.add(new Entry(plan.index(), conds, r.column(plan.indicator().date()), value, valueTo, daysBetween,
            plan.isMedian(), numerator, slotCoder, slots));
      }
    }
  }

  /** The table columns the records read. */
  List<String> scannedColumns() {
    return columns.scannedColumns();
  }

  /** A counter of one partition's rows, whose columns are at {@code ordinals} (name → position in the row). */
  ColumnScan.Counter<Row> counter(Map<String, Integer> ordinals) {
    return new Counter(ordinals);
  }

  /** Counts the records of one partition. Not shared between threads. */
  private final class Counter implements ColumnScan.Counter<Row> {
    private final RawColumns.Reader reader;
    /** Per coder, per value number: its code set's number plus one (0: unknown). */
    private final int[][] codesOf;
    private final SlotCoder.Cache[] caches;
    private final EntryCounts[] counts;
    private final int[] quarterOfDay;
    private final EntryCounts.MedianValues medians = new EntryCounts.MedianValues();

    private Counter(Map<String, Integer> ordinals) {
      reader = columns.reader(ordinals);
      codesOf = new int[coders.size()][16];
      caches = new SlotCoder.Cache[coders.size()];
      for (int k = 0; k < caches.length; k++) {
        Coder coder = coders.get(k);
        caches[k] = new SlotCoder(coder.dimension(), Math.max(0, reader.ordinal(coder.column())),
            columns.type(coder.column())).cache();
      }
      counts = new EntryCounts[entries.size()];
      for (int i = 0; i < counts.length; i++) {
        Entry e = entries.get(i);
        SlotCoder.Cache[] ofSlot = new SlotCoder.Cache[e.slotCount()];
        for (int s = 0; s < ofSlot.length; s++) {
          ofSlot[s] = e.slotCoder()[s] < 0 ? null : caches[e.slotCoder()[s]];
        }
        counts[i] = new EntryCounts(e.indicator(), e.median(), e.value() >= 0 && !e.median(), ofSlot);
      }
      quarterOfDay = new int[Math.max(0, toDay - fromDay + 1)];
    }

    @Override
    public void add(ColumnarBatch batch) {
      reader.batch(batch);
      for (int r = 0; r < batch.numRows(); r++) {
        add(batch.getRow(r), r);
      }
    }

    @Override
    public void add(InternalRow r) {
      add(r, -1);
    }

    private void add(InternalRow r, int rowId) {
      reader.nextRow();
      for (int i = 0; i < counts.length; i++) {
        Entry e = entries.get(i);
        int day = reader.day(e.date(), r);
        if (day < fromDay || day > toDay || !reader.allHold(e.conditions(), r, rowId)) {
          continue;
        }
        EntryCounts count = counts[i];
        int[] tuple = count.tuple;
        tuple[EntryCounts.QUARTER] = quarterOf(day);
        tuple[EntryCounts.NUMERATOR] = e.numerator() != null && reader.allHold(e.numerator(), r, rowId) ? 1 : 0;
        BigDecimal value = null;
        if (e.median()) {
          tuple[EntryCounts.MEDIAN] = medianId(e, r);
        } else if (e.value() >= 0) {
          value = value(e, r);
        }
        for (int s = 0; s < count.slotCount(); s++) {
          int coder = e.slotCoder()[s];
          tuple[EntryCounts.SLOTS + s] = coder < 0 ? 0 : codes(coder, r, rowId);
        }
        count.add(value);
      }
    }

    private int codes(int coder, InternalRow r, int rowId) {
      int column = coders.get(coder).column();
      int n = reader.number(column, r, rowId);
      int[] known = codesOf[coder];
      if (n >= known.length) {
        known = codesOf[coder] = Arrays.copyOf(known, Math.max(n + 1, known.length * 2));
      }
      if (known[n] == 0) {
        known[n] = caches[coder].idOfValue(reader.value(column, n)) + 1;
      }
      return known[n] - 1;
    }

    private int quarterOf(int day) {
      int k = day - fromDay;
      if (quarterOfDay[k] == 0) {
        LocalDate d = LocalDate.ofEpochDay(day);
        quarterOfDay[k] = d.getYear() * 10 + (d.getMonthValue() - 1) / 3 + 1;
      }
      return quarterOfDay[k];
    }

    /** The number of the entry's value among the partition's median values; -1 for none. Whole numbers make no object. */
    private int medianId(Entry e, InternalRow r) {
      int at = reader.ordinal(e.value());
      if (r.isNullAt(at)) {
        return -1;
      }
      long whole;
      if (e.daysBetween()) {
        int toAt = reader.ordinal(e.valueTo());
        if (r.isNullAt(toAt)) {
          return -1;
        }
        whole = (long) r.getInt(toAt) - r.getInt(at);
      } else {
        DataType type = columns.type(e.value());
        if (type instanceof DecimalType) {
          return medians.idOf(value(e, r));
        }
        whole = type instanceof LongType ? r.getLong(at) : type instanceof ShortType ? r.getShort(at) : r.getInt(at);
      }
      return medians.idOfWhole(whole);
    }

    /** The entry's value, as Spark casts it to {@link Expressions#VALUE_TYPE}. */
    private BigDecimal value(Entry e, InternalRow r) {
      int at = reader.ordinal(e.value());
      if (r.isNullAt(at)) {
        return null;
      }
      if (e.daysBetween()) {
        int toAt = reader.ordinal(e.valueTo());
        return r.isNullAt(toAt) ? null : BigDecimal.valueOf((long) r.getInt(toAt) - r.getInt(at), 0)
            .setScale(Expressions.VALUE_TYPE.scale());
      }
      DataType type = columns.type(e.value());
      BigDecimal v;
      if (type instanceof DecimalType d) {
        v = r.getDecimal(at, d.precision(), d.scale()).toJavaBigDecimal();
      } else if (type instanceof LongType) {
        v = BigDecimal.valueOf(r.getLong(at));
      } else if (type instanceof ShortType) {
        v = BigDecimal.valueOf(r.getShort(at));
      } else {
        v = BigDecimal.valueOf(r.getInt(at));
      }
      return v.setScale(Expressions.VALUE_TYPE.scale(), RoundingMode.HALF_UP);
    }

    @Override
    public Iterator<Row> results() {
      PartitionGroups groups = new PartitionGroups(requested);
      for (EntryCounts c : counts) {
        c.addTo(groups, medians);
      }
      return groups.rows();
    }
  }
}
