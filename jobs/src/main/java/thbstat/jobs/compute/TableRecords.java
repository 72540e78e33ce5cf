package thbstat.jobs.compute;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Source;
import thbstat.indicators.period.Period;

/**
 * Turns one clean table into the qualifying records of every indicator over it, in one scan: each
 * row yields one record per indicator it qualifies for (and per unpivot entry), carrying the unit
 * key, the date, the codes of each dimension slot, the value and the share numerator flag.
 * Records of units that span several rows are then merged per unit (one shuffle for the table,
 * whatever the number of indicators), and each record is placed in its requested periods.
 */
final class TableRecords {
  static final String IND = "ind";
  static final String KEY = "key";
  static final String DATE = "date";
  static final String EARLIEST = "earliest";
  static final String PERIOD = "period";
  static final String VALUE = "v";
  static final String NUMERATOR = "num";

  private TableRecords() {}

  static String slot(int i) {
    return "d" + i;
  }

  /**
   * The per-period unit records of {@code plans} (all over {@code table}), with columns ind, key,
   * period, d0..d(slots-1), v, num.
   */
  static Dataset<Row> build(Dataset<Row> table, String tableName, List<IndicatorPlan> plans, int slots,
      List<Period> periods) {
    boolean merge = plans.stream().anyMatch(IndicatorPlan::needsUnitMerge);
    LocalDate from = periods.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = periods.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow();
    Column requested = array(periods.stream().map(p -> lit(p.toString())).toArray(Column[]::new));

    // The codes of each dimension are computed once per row, in a projection before the records,
    // not once per indicator that uses the dimension: the plan stays small whatever the size of the
    // catalogue (its analysis and string form cost seconds with dozens of CASE chains per record),
    // and each row evaluates each dimension once. Unpivoted sources resolve their own columns.
    Map<String, Column> shared = new LinkedHashMap<>();
    List<Column> withCodes = new ArrayList<>(List.of(col("*")));
    ColumnResolver plain = ColumnResolver.plain(table.schema());
    for (IndicatorPlan plan : plans) {
      if (plan.source().unpivot() != null) {
        continue;
      }
      for (Dimension d : plan.dimensions()) {
        if (!shared.containsKey(d.id())) {
          String name = "__code_" + shared.size();
          withCodes.add(Expressions.codes(d, plain).as(name));
          shared.put(d.id(), col(name));
        }
      }
    }
    if (!shared.isEmpty()) {
      table = table.select(withCodes.toArray(Column[]::new));
    }

    List<Column> records = new ArrayList<>();
    for (IndicatorPlan plan : plans) {
      Map<String, Column> codes = plan.source().unpivot() == null ? shared : Map.of();
      for (ColumnResolver r : resolvers(table, plan.source())) {
        records.add(record(plan, r, tableName, slots, merge, from, to, codes));
      }
    }
    // The array of records is built in a projection and exploded from a column, and the nulls are
    // dropped after: explode(filter(array(...), lambda)) runs interpreted, and Spark then re-derives
    // the array's struct type (a type coercion over every record's fields) for every input row.
    Dataset<Row> rows = table
        .select(array(records.toArray(Column[]::new)).as("rs"))
        .select(explode(col("rs")).as("r"))
        .filter(col("r").isNotNull())
        .select("r.*");

    if (merge) {
      Column firstPlacement = when(col(EARLIEST), array(lit(null).cast(DataTypes.StringType)))
          .otherwise(periodsOf(col(DATE), requested));
      List<Column> aggs = new ArrayList<>();
      aggs.add(min(col(DATE)).as(DATE));
      for (int i = 0; i < slots; i++) {
        aggs.add(array_sort(array_distinct(flatten(collect_list(col(slot(i)))))).as(slot(i)));
      }
      aggs.add(min(col(VALUE)).as(VALUE));
      aggs.add(max(col(NUMERATOR)).as(NUMERATOR));
      rows = rows
          .withColumn(PERIOD, explode(firstPlacement))
          .groupBy(col(IND), col(KEY), col(PERIOD))
          .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
      rows = rows.withColumn(PERIOD,
          explode(when(col(PERIOD).isNull(), periodsOf(col(DATE), requested)).otherwise(array(col(PERIOD)))));
    } else {
      rows = rows.withColumn(PERIOD, explode(periodsOf(col(DATE), requested)));
    }
    List<Column> out = new ArrayList<>(List.of(col(IND), col(PERIOD)));
    for (int i = 0; i < slots; i++) {
      out.add(col(slot(i)));
    }
    out.add(col(VALUE));
    out.add(col(NUMERATOR));
    return rows.select(out.toArray(Column[]::new));
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

  private static Column record(IndicatorPlan plan, ColumnResolver r, String tableName, int slots, boolean merge,
      LocalDate from, LocalDate to, Map<String, Column> sharedCodes) {
    Column date = r.column(plan.indicator().date());
    Column qualifies = Expressions.allOf(plan.indicator().filter(), r).and(date.isNotNull());
    if (!plan.placedByEarliestDate() || !plan.needsUnitMerge()) {
      // Only the earliest date of a merged unit can lie outside the requested span and still matter.
      qualifies = qualifies.and(date.geq(lit(java.sql.Date.valueOf(from)))).and(date.leq(lit(java.sql.Date.valueOf(to))));
    }
    List<Column> fields = new ArrayList<>();
    fields.add(lit(plan.index()).as(IND));
    fields.add(unitKey(plan, r, tableName, merge).as(KEY));
    fields.add(date.as(DATE));
    fields.add(lit(plan.placedByEarliestDate() && plan.needsUnitMerge()).as(EARLIEST));
    List<Dimension> dims = plan.dimensions();
    for (int i = 0; i < slots; i++) {
      Column codes = i >= dims.size() ? Expressions.emptyArray()
          : sharedCodes.containsKey(dims.get(i).id()) ? sharedCodes.get(dims.get(i).id())
          : Expressions.codes(dims.get(i), r);
      fields.add(codes.as(slot(i)));
    }
    fields.add(value(plan, r).as(VALUE));
    fields.add(numerator(plan, r).as(NUMERATOR));
    return when(qualifies, struct(fields.toArray(Column[]::new)));
  }

  /** The unit key; for record-level measures in a merged table, a key unique per row and entry. */
  private static Column unitKey(IndicatorPlan plan, ColumnResolver r, String tableName, boolean merge) {
    if (plan.unitKey() != null) {
      return r.column(plan.unitKey()).cast(DataTypes.StringType);
    }
    if (!merge) {
      return lit(null).cast(DataTypes.StringType);
    }
    List<Column> parts = new ArrayList<>();
    for (String k : Extract.table(tableName).orElseThrow().key()) {
      parts.add(r.column(k).cast(DataTypes.StringType));
    }
    if (plan.source().unpivot() != null) {
      parts.add(r.column(plan.source().unpivot().codeColumn()).cast(DataTypes.StringType));
    }
    return concat_ws("\u0001", parts.toArray(Column[]::new));
  }

  private static Column value(IndicatorPlan plan, ColumnResolver r) {
    Measure m = plan.measure();
    if (m instanceof Measure.Sum s) {
      return Expressions.value(s.value(), r);
    }
    if (m instanceof Measure.Median md) {
      return Expressions.value(md.value(), r);
    }
    return lit(null).cast(Expressions.VALUE_TYPE);
  }

  private static Column numerator(IndicatorPlan plan, ColumnResolver r) {
    if (plan.measure() instanceof Measure.Share s) {
      return Expressions.allOf(s.numerator(), r);
    }
    return lit(false);
  }

  /** The requested periods a date falls in: its year and its quarter, where requested. */
  static Column periodsOf(Column date, Column requested) {
    Column y = year(date).cast(DataTypes.StringType);
    Column q = concat(y, lit("-Q"), quarter(date).cast(DataTypes.StringType));
    // array_intersect, not a filter() lambda: the same periods, in the same order, without
    // interpreted evaluation (y and q always differ, so nothing is deduplicated).
    return array_intersect(array(y, q), requested);
  }
}
