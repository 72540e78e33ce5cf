package thbstat.jobs.alerts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.year;

import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.compute.ComputeJob;
import thbstat.jobs.io.Location;

/**
 * The quarterly alert run: computes the target quarter and the history quarters the rules need in
 * one {@link ComputeJob} run, counts the raw columns of new_category rules (one small aggregation
 * each), and hands both to the {@link AlertEvaluator}.
 */
public final class AlertsJob {
  private final SparkSession spark;
  private final Catalogue catalogue;

  public AlertsJob(SparkSession spark, Catalogue catalogue) {
    this.spark = spark;
    this.catalogue = catalogue;
  }

  /** Reads the clean tables from {@code cleanDir/TABLE.parquet}. */
  public AlertRun run(Location cleanDir, Period target, Consumer<String> progress) {
    TreeSet<String> names = new TreeSet<>(new ComputeJob(spark, catalogue).tablesUsed());
    for (AlertRule r : catalogue.alerts()) {
      if (r.kind() == AlertRule.Kind.NEW_CATEGORY) {
        catalogue.source(r.source()).ifPresent(s -> names.add(s.table()));
      }
    }
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    for (String t : names) {
      tables.put(t, spark.read().parquet(cleanDir.resolve(t + ".parquet").forSpark()));
    }
    return run(tables, target, progress);
  }

  public AlertRun run(Map<String, Dataset<Row>> tables, Period target, Consumer<String> progress) {
    if (target.isYear()) {
      throw new IllegalArgumentException("alerts are run for a quarter (YYYY-Qn), not for " + target);
    }
    List<Period> periods = AlertEvaluator.periodsNeeded(catalogue, target);
    // the rules' own compute, over the quarters they compare: said so, not mistaken for the run's
    IndicatorTable table = new ComputeJob(spark, watched(catalogue)).run(tables, periods,
        line -> progress.accept("alerts " + target + ": " + line.replaceFirst("^compute: ",
            "compute over " + periods.size() + " quarters: ")));
    Map<String, CategoryCounts> raw = new HashMap<>();
    for (AlertRule r : catalogue.alerts()) {
      if (r.kind() == AlertRule.Kind.NEW_CATEGORY) {
        String t = catalogue.source(r.source()).orElseThrow().table();
        raw.put(r.id(), categoryCounts(tables.get(t), r, periods.get(0), target));
      }
    }
    List<Alert> alerts = new AlertEvaluator(catalogue).evaluate(table, raw, target);
    return new AlertRun(target, alerts, catalogue.alerts().size());
  }

  /**
   * The catalogue cut down to the indicators the rules watch (and, when a watched indicator is a
   * ratio or rate, every indicator), so the history quarters cost only what the rules need.
   */
  static Catalogue watched(Catalogue catalogue) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (AlertRule r : catalogue.alerts()) {
      if (r.indicator() != null) {
        ids.add(r.indicator());
      }
      if (r.denominator() != null) {
        ids.add(r.denominator());
      }
    }
    boolean derived = catalogue.indicators().stream().anyMatch(i -> ids.contains(i.id()) && i.measure().derived());
    if (derived) {
      return catalogue;
    }
    return new Catalogue(catalogue.version(), catalogue.dimensions(), catalogue.sources(), catalogue.populations(),
        catalogue.indicators().stream().filter(i -> ids.contains(i.id())).toList(), List.of(), catalogue.alerts());
  }

  static CategoryCounts categoryCounts(Dataset<Row> rows, AlertRule rule, Period from, Period to) {
    Column date = col(rule.date());
    Column value = rows.schema().apply(rule.column()).dataType() instanceof ArrayType
        ? explode_outer(col(rule.column())) : col(rule.column());
    List<Row> counted = rows
        .where(date.geq(lit(Date.valueOf(from.start()))).and(date.leq(lit(Date.valueOf(to.end())))))
        .select(concat(year(date).cast("string"), lit("-Q"), quarter(date).cast("string")).as("q"),
            value.cast("string").as("v"))
        .where(col("v").isNotNull())
        .groupBy("q", "v").count()
        .collectAsList();
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (Row r : counted) {
      counts.computeIfAbsent(r.getString(1), v -> new HashMap<>()).put(r.getString(0), r.getLong(2));
    }
    return new CategoryCounts(counts);
  }
}
