package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Source;
import thbstat.indicators.model.ValueSpec;

/**
 * The records of the indicators whose every row is its own unit, read from the table's own
 * columns in plain Java: no projection is built per row. Conditions and dimension codes are
 * worked out once per distinct value of a column ({@link ValueNumbers}), dates and values are
 * read as they are. Built on the driver from the plans; {@link #reader} counts one partition.
 */
final class RawRecords implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A column read: a column of the scanned row (by name), or a constant text (an unpivot entry's code). */
  private record Column(String name, String constant) implements Serializable {}

  /** How one entry (an indicator, or one unpivot entry of it) reads its record. */
  private record Entry(int indicator, int[] conditions, int date, int value, int valueTo, boolean daysBetween,
      boolean median, int[] numerator, int[] slotCoder, int slotCount) implements Serializable {}

  /** A dimension coded from a column. */
  private record Coder(int column, Dimension dimension) implements Serializable {}

  private final List<Column> columns = new ArrayList<>();
  private final List<DataType> types = new ArrayList<>();
  private final List<RawCondition> conditions = new ArrayList<>();
  private final List<Integer> conditionColumn = new ArrayList<>();
  private final List<Coder> coders = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private final int fromDay;
  private final int toDay;
  private final PartitionGroups.Requested requested;

  /** {@code plans}: indicators over {@code schema} whose rows are their own units; only rows dated from..to count. */
  RawRecords(StructType schema, List<IndicatorPlan> plans, int slots, LocalDate from, LocalDate to,
      PartitionGroups.Requested requested) {
    this.fromDay = (int) from.toEpochDay();
    this.toDay = (int) to.toEpochDay();
    this.requested = requested;
    Map<String, Integer> conditionIds = new HashMap<>();
    Map<String, Integer> coderIds = new HashMap<>();
    Map<Column, Integer> columnIds = new LinkedHashMap<>();
    for (IndicatorPlan plan : plans) {
      for (Map.Entry<String, String> virtual : unpivotEntries(plan.source())) {
        Resolver r = new Resolver(schema, plan.source().unpivot(), virtual, columnIds);
        int[] conds = plan.indicator().filter().stream().mapToInt(c -> condition(c, r, conditionIds)).toArray();
        int[] numerator = plan.measure() instanceof Measure.Share s
            ? s.numerator().stream().mapToInt(c -> condition(c, r, conditionIds)).toArray() : null;
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
          DataType type = types.get(value);
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
          new SlotCoder(d, 0, types.get(column)); // refuses a type it cannot code
          slotCoder[i] = coderIds.computeIfAbsent(column + "/" + d.id(), k -> {
            coders.add(new Coder(column, d));
            return coders.size() - 1;
          });
        }
        entries.add(new Entry(plan.index(), conds, r.column(plan.indicator().date()), value, valueTo, daysBetween,
            plan.isMedian(), numerator, slotCoder, slots));
      }
    }
    this.columns.addAll(columnIds.keySet());
  }

  private int condition(Condition c, Resolver r, Map<String, Integer> ids) {
    int column = r.column(c.column());
    return ids.computeIfAbsent(column + "/" + c, k -> {
      conditions.add(new RawCondition(c, types.get(column)));
      conditionColumn.add(column);
      return conditions.size() - 1;
    });
  }

  /** The table columns the records read, to be scanned. */
  List<String> scannedColumns() {
    return columns.stream().filter(c -> c.constant() == null).map(Column::name).distinct().toList();
  }

  private static List<Map.Entry<String, String>> unpivotEntries(Source source) {
    return source.unpivot() == null ? java.util.Collections.singletonList(null)
        : List.copyOf(source.unpivot().columns().entrySet());
  }

  /** Names a source's columns as columns read: the unpivot's code and value columns stand for one entry's. */
  private final class Resolver {
    private final StructType schema;
    private final Source.Unpivot unpivot;
    private final Map.Entry<String, String> entry;
    private final Map<Column, Integer> ids;

    Resolver(StructType schema, Source.Unpivot unpivot, Map.Entry<String, String> entry, Map<Column, Integer> ids) {
      this.schema = schema;
      this.unpivot = unpivot;
      this.entry = entry;
      this.ids = ids;
    }

    int column(String name) {
      Column c;
      DataType type;
      if (unpivot != null && name.equals(unpivot.codeColumn())) {
        c = new Column(null, entry.getKey());
        type = DataTypes.StringType;
      } else {
        String real = unpivot != null && name.equals(unpivot.valueColumn()) ? entry.getValue() : name;
        if (!Arrays.asList(schema.fieldNames()).contains(real)) {
          throw new IllegalArgumentException("column '" + real + "' is not in the clean table");
        }
        c = new Column(real, null);
        type = schema.apply(real).dataType();
      }
      return ids.computeIfAbsent(c, k -> {
        types.add(type);
        return types.size() - 1;
      });
    }
  }

  /** A reader of one partition's rows, whose columns are at {@code ordinals} (column name → position in the row). */
  Reader reader(Map<String, Integer> ordinals) {
    return new Reader(ordinals);
  }

  /** Counts the records of one partition. Not shared between threads. */
  final class Reader {
    private final int[] ordinal;
    private final ValueNumbers[] numbers;
    /** Per column: the current row's value number, valid where {@code stamp} is the row's. */
    private final int[] numberOfRow;
    private final int[] stampOfColumn;
    private final int[] dayOfRow;
    private final int[] stampOfDay;
    private int row;
    /** Per condition, per value number: 0 unknown, 1 true, 2 false. */
    private final byte[][] truth;
    /** Per coder, per value number: its code set's number plus one (0: unknown). */
    private final int[][] codesOf;
    private final SlotCoder.Cache[] caches;
    private final EntryCounts[] counts;
    private final int[] quarterOfDay;
    private final Map<BigDecimal, Integer> medianIds = new HashMap<>();
    private final List<BigDecimal> medianValues = new ArrayList<>();

    private Reader(Map<String, Integer> ordinals) {
      ordinal = new int[columns.size()];
      numbers = new ValueNumbers[columns.size()];
      for (int c = 0; c < ordinal.length; c++) {
        Column column = columns.get(c);
        if (column.constant() == null) {
          Integer at = ordinals.get(column.name());
          if (at == null) {
            throw new IllegalStateException("column '" + column.name() + "' is not in the scanned rows " + ordinals);
          }
          ordinal[c] = at;
        } else {
          ordinal[c] = -1;
        }
        numbers[c] = new ValueNumbers(ordinal[c], types.get(c),
            column.constant() == null ? null : org.apache.spark.unsafe.types.UTF8String.fromString(column.constant()));
      }
      numberOfRow = new int[columns.size()];
      stampOfColumn = new int[columns.size()];
      dayOfRow = new int[columns.size()];
      stampOfDay = new int[columns.size()];
      truth = new byte[conditions.size()][16];
      codesOf = new int[coders.size()][16];
      caches = new SlotCoder.Cache[coders.size()];
      for (int k = 0; k < caches.length; k++) {
        Coder coder = coders.get(k);
        caches[k] = new SlotCoder(coder.dimension(), Math.max(0, ordinal[coder.column()]), types.get(coder.column())).cache();
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

    /** Counts the rows of a columnar batch. */
    void add(ColumnarBatch batch) {
      for (int c = 0; c < numbers.length; c++) {
        numbers[c].batch(ordinal[c] < 0 ? null : batch.column(ordinal[c]));
      }
      for (int r = 0; r < batch.numRows(); r++) {
        add(batch.getRow(r), r);
      }
    }

    /** Counts a row not read from a batch. */
    void add(InternalRow r) {
      if (row == 0) {
        for (ValueNumbers n : numbers) {
          n.noBatch();
        }
      }
      add(r, -1);
    }

    private void add(InternalRow r, int rowId) {
      row++;
      for (int i = 0; i < counts.length; i++) {
        Entry e = entries.get(i);
        int day = day(e.date(), r);
        if (day < fromDay || day > toDay || !allHold(e.conditions(), r, rowId)) {
          continue;
        }
        EntryCounts count = counts[i];
        int[] tuple = count.tuple;
        tuple[EntryCounts.QUARTER] = quarterOf(day);
        tuple[EntryCounts.NUMERATOR] = e.numerator() != null && allHold(e.numerator(), r, rowId) ? 1 : 0;
        BigDecimal value = e.value() < 0 ? null : value(e, r);
        if (e.median()) {
          tuple[EntryCounts.MEDIAN] = value == null ? -1 : medianIds.computeIfAbsent(value, v -> {
            medianValues.add(v);
            return medianValues.size() - 1;
          });
        }
        for (int s = 0; s < e.slotCount(); s++) {
          int coder = e.slotCoder()[s];
          tuple[EntryCounts.SLOTS + s] = coder < 0 ? 0 : codes(coder, r, rowId);
        }
        count.add(value);
      }
    }

    private boolean allHold(int[] conds, InternalRow r, int rowId) {
      for (int c : conds) {
        int n = number(conditionColumn.get(c), r, rowId);
        byte[] known = truth[c];
        if (n >= known.length) {
          known = truth[c] = Arrays.copyOf(known, Math.max(n + 1, known.length * 2));
        }
        if (known[n] == 0) {
          known[n] = conditions.get(c).test(numbers[conditionColumn.get(c)].value(n)) ? (byte) 1 : (byte) 2;
        }
        if (known[n] != 1) {
          return false;
        }
      }
      return true;
    }

    private int codes(int coder, InternalRow r, int rowId) {
      int column = coders.get(coder).column();
      int n = number(column, r, rowId);
      int[] known = codesOf[coder];
      if (n >= known.length) {
        known = codesOf[coder] = Arrays.copyOf(known, Math.max(n + 1, known.length * 2));
      }
      if (known[n] == 0) {
        Object value = numbers[column].value(n);
        known[n] = caches[coder].idOfValue(value == null ? null
            : value instanceof org.apache.spark.unsafe.types.UTF8String u ? u.toString() : value) + 1;
      }
      return known[n] - 1;
    }

    /** The day number of a date column in the current row; {@code Integer.MIN_VALUE} for null. */
    private int day(int column, InternalRow r) {
      if (stampOfDay[column] != row) {
        stampOfDay[column] = row;
        int at = ordinal[column];
        dayOfRow[column] = r.isNullAt(at) ? Integer.MIN_VALUE : r.getInt(at);
      }
      return dayOfRow[column];
    }

    private int number(int column, InternalRow r, int rowId) {
      if (stampOfColumn[column] != row) {
        stampOfColumn[column] = row;
        numberOfRow[column] = numbers[column].numberOf(r, rowId);
      }
      return numberOfRow[column];
    }

    private int quarterOf(int day) {
      int k = day - fromDay;
      if (quarterOfDay[k] == 0) {
        LocalDate d = LocalDate.ofEpochDay(day);
        quarterOfDay[k] = d.getYear() * 10 + (d.getMonthValue() - 1) / 3 + 1;
      }
      return quarterOfDay[k];
    }

    /** The entry's value, as Spark casts it to {@link Expressions#VALUE_TYPE}. */
    private BigDecimal value(Entry e, InternalRow r) {
      int at = ordinal[e.value()];
      if (r.isNullAt(at)) {
        return null;
      }
      if (e.daysBetween()) {
        int toAt = ordinal[e.valueTo()];
        return r.isNullAt(toAt) ? null : BigDecimal.valueOf((long) r.getInt(toAt) - r.getInt(at), 0)
            .setScale(Expressions.VALUE_TYPE.scale());
      }
      DataType type = types.get(e.value());
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

    /** The partition's groups. */
    java.util.Iterator<org.apache.spark.sql.Row> groups() {
      PartitionGroups groups = new PartitionGroups(requested);
      for (EntryCounts c : counts) {
        c.addTo(groups, medianValues);
      }
      return groups.rows();
    }
  }
}
