package thbstat.jobs.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Source;
import thbstat.indicators.period.Period;

/**
 * Turns one clean table into the partial fine groups of every indicator over it.
 *
 * <p>Spark drops the rows no indicator wants, then projects each distinct expression the
 * indicators read, once per row: qualification flags, the year and quarter of each date, the raw
 * values the dimensions code, values and numerator flags. The projection is tens of columns
 * whatever the number of indicators, since indicators share their dimensions and dates. Plain Java
 * then codes the dimensions ({@link SlotCoder}) and counts each partition's groups from the
 * projection: {@link MergedUnitGroups} after one shuffle by unit key where a unit spans several
 * rows. Where every row is its own unit, {@link RawRecords} reads the table's own columns
 * instead, without a projection; so it does for the units whose key no other row shares, where the
 * clean table says so ({@link IndicatorPlan#split}).
 */
final class TableRecords {
  static final String IND = "ind";
  static final String PERIOD = "period";
  static final String NUMERATOR = "num";
  static final String SLOTS = "slots";
  static final String MEDIAN_VALUE = "mv";
  static final String UNITS = "units";
  static final String SUM = "s";

  /** The branch of the plans whose every row is its own unit; merged branches are keyed by their unit key's position. */
  private static final int ROW_UNITS = -1;

  private TableRecords() {}

  /**
   * The partial fine groups of {@code plans} (all over {@code table}), one computation per branch
   * (the row units, each unit key), each giving rows in the columns of
   * {@link PartitionGroups#SCHEMA} when called; a group may appear more than once and is summed by
   * the caller.
   */
  static List<Supplier<List<Row>>> build(Dataset<Row> table, List<IndicatorPlan> plans, int slots,
      List<Period> periods) {
    LocalDate from = periods.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = periods.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow();
    PartitionGroups.Requested requested =
        new PartitionGroups.Requested(periods.stream().map(Period::toString).collect(Collectors.toSet()));

    Projection projection = new Projection();
    List<IndicatorPlan> rowUnits = new ArrayList<>();
    Map<Integer, List<MergedUnitGroups.Entry>> mergedByKey = new LinkedHashMap<>();
    Map<Integer, List<IndicatorPlan>> plansByKey = new LinkedHashMap<>();
    Map<Integer, NeededRows> needed = new LinkedHashMap<>();
    List<IndicatorPlan> parts = plans.stream().flatMap(p -> p.split(table.schema()).stream()).toList();
    for (IndicatorPlan plan : parts) {
      for (ColumnResolver r : resolvers(table, plan.source())) {
        Column date = r.column(plan.indicator().date());
        Column qualifies = qualifies(plan, r, from, to);
        Column dateInSpan = r.isPlainColumn(plan.indicator().date())
            ? date.between(lit(java.sql.Date.valueOf(from)), lit(java.sql.Date.valueOf(to))) : null;
        if (!plan.needsUnitMerge()) {
          needed.computeIfAbsent(ROW_UNITS, k -> new NeededRows()).add(qualifies, dateInSpan, true);
          continue;
        }
        // Each slot's raw value is projected, and coded in Java.
        SlotCoder[] slotCoders = new SlotCoder[slots];
        for (int i = 0; i < plan.dimensions().size(); i++) {
          Dimension d = plan.dimensions().get(i);
          slotCoders[i] = new SlotCoder(d, projection.of(r.column(d.column())), r.type(d.column()));
        }
        boolean hasValue = plan.measure() instanceof Measure.Sum || plan.isMedian();
        int qualifiesAt = projection.of(qualifies);
        int quarterAt = projection.of(year(date).multiply(10).plus(quarter(date)));
        int valueAt = hasValue ? projection.of(value(plan, r)) : -1;
        int numeratorAt = plan.measure() instanceof Measure.Share ? projection.of(numerator(plan, r)) : -1;
        ProjectedEntry record = new ProjectedEntry(plan.index(), qualifiesAt, quarterAt, slotCoders,
            valueAt, numeratorAt, plan.isMedian());
        int keyAt = projection.of(r.column(plan.unitKey()).cast(DataTypes.StringType));
        int dayAt = plan.placedByEarliestDate()
            ? projection.of(datediff(date, lit(java.sql.Date.valueOf(LocalDate.EPOCH)))) : -1;
        needed.computeIfAbsent(keyAt, k -> new NeededRows()).add(qualifies, dateInSpan, rangeRestricted(plan));
        mergedByKey.computeIfAbsent(keyAt, k -> new ArrayList<>())
            .add(new MergedUnitGroups.Entry(record, dayAt, plan.placedByEarliestDate()));
        List<IndicatorPlan> ofKey = plansByKey.computeIfAbsent(keyAt, k -> new ArrayList<>());
        if (!ofKey.contains(plan)) {
          ofKey.add(plan);
        }
      }
      if (!plan.needsUnitMerge()) {
        rowUnits.add(plan);
      }
    }
    List<Supplier<List<Row>>> out = new ArrayList<>();
    if (!rowUnits.isEmpty()) {
      RawRecords records = new RawRecords(table.schema(), rowUnits, slots, from, to, requested);
      out.add(() -> ColumnScan.map(table, needed.get(ROW_UNITS).of(table), records.scannedColumns(), records::counter)
          .collect());
    }
    for (Map.Entry<Integer, List<MergedUnitGroups.Entry>> byKey : mergedByKey.entrySet()) {
      int keyAt = byKey.getKey();
      Projection.Pruned pruned = projection.pruned(IntStream.concat(IntStream.of(keyAt),
          byKey.getValue().stream().flatMapToInt(MergedUnitGroups.Entry::positions)));
      List<MergedUnitGroups.Entry> entries = byKey.getValue().stream().map(e -> e.at(pruned::position)).toList();
      NeededRows neededOfKey = needed.get(keyAt);
      if (entries.stream().allMatch(MergedUnitGroups.Entry::firstDateOnly)) {
        // Units that need only their earliest date are found by plain Java, with no shuffle.
        FirstDateUnits units = new FirstDateUnits(table.schema(), plansByKey.get(keyAt), from, to, requested);
        out.add(() -> units.groups(table, neededOfKey.of(table), neededOfKey.inSpan(table)));
        continue;
      }
      // One shuffle per unit key (persons, cases), of the columns its indicators read: each
      // partition then holds whole units, sorted. Planned when the branch runs: with adaptive
      // execution, planning it runs the shuffle, which would otherwise hold up the other branches.
      Column key = col(Projection.name(keyAt));
      MergedUnitGroups counter = new MergedUnitGroups(pruned.position(keyAt), entries, requested);
      out.add(() -> groups(pruned.select(neededOfKey.of(table)).repartition(key).sortWithinPartitions(key), counter)
          .collectAsList());
    }
    return out;
  }

  /**
   * The partial groups {@code counter} counts in each partition of {@code rows}, read in Spark's
   * binary row form: no row is converted to Java objects.
   */
  private static Dataset<Row> groups(Dataset<Row> rows, FlatMapFunction<Iterator<InternalRow>, Row> counter) {
    return rows.sparkSession().createDataFrame(rows.queryExecution().toRdd().toJavaRDD().mapPartitions(counter),
        PartitionGroups.SCHEMA);
  }

  /**
   * The rows one branch (the row units, or the units of one key) reads: those some of its
   * indicators qualify for. Rows no indicator wants, mostly dated outside the requested periods, go
   * before any code is computed: a year of an eleven-year extract keeps about a tenth of them.
   */
  private static final class NeededRows {
    private Column any = lit(false);
    /** The needed rows' dates in the span, as Parquet tests them against each row group's statistics; null when rows of any date are needed. */
    private Column window = lit(false);
    /** Some indicator's date in the span; null when a date is not a column of the table. */
    private Column someDateInSpan = lit(false);

    /** {@code dateInSpan}: null when the date is not a plain column; {@code spanOnly}: whether only rows dated in the span qualify. */
    void add(Column qualifies, Column dateInSpan, boolean spanOnly) {
      any = any.or(qualifies);
      window = window == null || dateInSpan == null || !spanOnly ? null : window.or(dateInSpan);
      someDateInSpan = someDateInSpan == null || dateInSpan == null ? null : someDateInSpan.or(dateInSpan);
    }

    Dataset<Row> of(Dataset<Row> table) {
      // The window goes first: row groups of other years are then skipped, not read.
      return window == null ? table.filter(any) : table.filter(window).filter(any);
    }

    /** The needed rows with some indicator's date in the span. */
    Dataset<Row> inSpan(Dataset<Row> table) {
      return someDateInSpan == null ? table.filter(any) : table.filter(someDateInSpan).filter(any);
    }
  }

  /** The distinct expressions the indicators read, each projected once, in order of first use. */
  private static final class Projection {
    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private final List<Column> columns = new ArrayList<>();

    int of(Column expression) {
      return positions.computeIfAbsent(expression.toString(), sql -> {
        columns.add(expression.as(name(columns.size())));
        return columns.size() - 1;
      });
    }

    /** The projection of the given positions only, in ascending order. */
    Pruned pruned(IntStream positions) {
      return new Pruned(positions.filter(p -> p >= 0).distinct().sorted().toArray());
    }

    /** A projection of some of the expressions; each keeps its name, and gets a new position. */
    final class Pruned {
      private final int[] kept;

      private Pruned(int[] kept) {
        this.kept = kept;
      }

      /** The position in this projection of the expression at {@code position} in the full one; -1 stays -1. */
      int position(int position) {
        return position < 0 ? -1 : java.util.Arrays.binarySearch(kept, position);
      }

      Dataset<Row> select(Dataset<Row> table) {
        return table.select(java.util.Arrays.stream(kept).mapToObj(columns::get).toArray(Column[]::new));
      }
    }

    static String name(int position) {
      return "__e" + position;
    }
  }

  private static List<ColumnResolver> resolvers(Dataset<Row> table, Source source) {
    if (source.unpivot() == null) {
      return List.of(ColumnResolver.plain(table.schema()));
    }
    List<ColumnResolver> out = new ArrayList<>();
    for (Map.Entry<String, String> e : source.unpivot().columns().entrySet()) {
      out.add(ColumnResolver.unpivotEntry(table.schema(), source.unpivot(), e.getKey(), e.getValue()));
    }
    return out;
  }

  /** Whether a row yields a record of the plan: its filter holds and its date is in the span. */
  private static Column qualifies(IndicatorPlan plan, ColumnResolver r, LocalDate from, LocalDate to) {
    Column date = r.column(plan.indicator().date());
    Column qualifies = Expressions.allOf(plan.filter(), r).and(date.isNotNull());
    if (rangeRestricted(plan)) {
      qualifies = qualifies.and(date.geq(lit(java.sql.Date.valueOf(from)))).and(date.leq(lit(java.sql.Date.valueOf(to))));
    }
    return qualifies;
  }

  /** Whether only rows dated in the requested span count; only the earliest date of a merged unit can lie outside it and still matter. */
  private static boolean rangeRestricted(IndicatorPlan plan) {
    return !plan.placedByEarliestDate() || !plan.needsUnitMerge();
  }

  private static Column value(IndicatorPlan plan, ColumnResolver r) {
    Measure m = plan.measure();
    if (m instanceof Measure.Sum s) {
      return Expressions.value(s.value(), r);
    }
    return Expressions.value(((Measure.Median) m).value(), r);
  }

  private static Column numerator(IndicatorPlan plan, ColumnResolver r) {
    return Expressions.allOf(((Measure.Share) plan.measure()).numerator(), r);
  }
}
