package thbstat.jobs.compute;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Source;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.io.Location;
import thbstat.jobs.spark.SparkSessions;

/**
 * Computes every indicator of the catalogue for the requested periods from the clean tables.
 *
 * <p>Each clean table is read once per kind of unit ({@link TableRecords}): rows whose every row
 * is a unit, and units spanning several rows (one shuffle per unit key). Spark drops the rows no
 * indicator wants and projects the distinct expressions the indicators read; plain Java codes the
 * dimensions and counts the finest grain of each partition; the branches run side by side and the
 * driver sums their partitions' groups, which are few. Totals, rollups, medians and shares are
 * built from them on the driver ({@link CellRollup}), then ratios and rates from those cells
 * ({@link DerivedCells}). The number of scans and shuffles does not grow with the catalogue.
 */
public final class ComputeJob {
  private static final String HUGE_METHOD_LIMIT = "spark.sql.codegen.hugeMethodLimit";
  private static final String MIN_SPLITS = "spark.sql.files.minPartitionNum";

  private final SparkSession spark;
  private final Catalogue catalogue;

  public ComputeJob(SparkSession spark, Catalogue catalogue) {
    this.spark = spark;
    this.catalogue = catalogue;
  }

  /** Reads {@code cleanDir/TABLE.parquet} from a local folder and returns the indicator table of the periods. */
  public IndicatorTable run(Path cleanDir, List<Period> periods, Consumer<String> progress) {
    return run(Location.local(cleanDir, spark.sparkContext().hadoopConfiguration()), periods, progress);
  }

  /** Reads {@code cleanDir/TABLE.parquet}, wherever Hadoop finds it, and returns the indicator table of the periods. */
  public IndicatorTable run(Location cleanDir, List<Period> periods, Consumer<String> progress) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    for (String table : tablesUsed()) {
      tables.put(table, spark.read().parquet(cleanDir.resolve(table + ".parquet").forSpark()));
    }
    return run(tables, periods, progress);
  }

  /** Computes from already loaded clean tables (table name → rows in the clean schema). */
  public IndicatorTable run(Map<String, Dataset<Row>> tables, List<Period> periods, Consumer<String> progress) {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("no period requested");
    }
    // HotSpot never compiles a method over 8,000 bytes of bytecode, so the generated stage of the
    // compute projection, larger than that, would run interpreted: 3x slower at 10M rows. Under
    // this limit Spark generates it as separately compiled expressions instead. Ingest's stages
    // are faster whole (40 s against 50 s at 375,854 rows), so the limit holds for compute only.
    // A year's rows of a large table lie in a few of its row groups: split into four times as many
    // parts as there are cores, so these row groups go to several tasks, not one.
    String splits = Integer.toString(4 * spark.sparkContext().defaultParallelism());
    return SparkSessions.withConf(spark, HUGE_METHOD_LIMIT, "8000",
        () -> SparkSessions.withConf(spark, MIN_SPLITS, splits, () -> compute(tables, periods, progress)));
  }

  private IndicatorTable compute(Map<String, Dataset<Row>> tables, List<Period> periods, Consumer<String> progress) {
    long started = System.nanoTime();
    List<IndicatorPlan> plans = plans();
    int slots = plans.stream().mapToInt(p -> p.dimensions().size()).max().orElse(0);
    List<String> outputDims = catalogue.outputDimensions();

    // Each table's branches run side by side, each its own Spark job, so the cores one leaves idle
    // (its shuffle, its last task) go to another. A table's indicators are rolled up as soon as
    // its branches are done, on the driver's cores, while other tables' branches still run.
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "thbstat-compute-branch");
      t.setDaemon(true);
      return t;
    });
    AtomicLong groupCount = new AtomicLong();
    AtomicLong lastGrouped = new AtomicLong(started);
    Map<Integer, List<IndicatorCell>> cellsOfPlan = new ConcurrentHashMap<>();
    try {
      List<CompletableFuture<Void>> rolledUp = new ArrayList<>();
      for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
        List<IndicatorPlan> ofTable = plans.stream().filter(p -> p.source().table().equals(t.getKey())).toList();
        if (ofTable.isEmpty()) {
          continue;
        }
        List<CompletableFuture<List<Row>>> parts = TableRecords.build(t.getValue(), ofTable, slots, periods).stream()
            .map(branch -> CompletableFuture.supplyAsync(branch, pool)).toList();
        rolledUp.add(CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenRunAsync(() -> {
          List<FineGroup> groups = fineGroups(parts.stream().map(CompletableFuture::join).toList());
          groupCount.addAndGet(groups.size());
          lastGrouped.accumulateAndGet(System.nanoTime(), Math::max);
          Map<Integer, List<FineGroup>> groupsOf = new HashMap<>();
          for (FineGroup g : groups) {
            groupsOf.computeIfAbsent(g.indicator(), k -> new ArrayList<>()).add(g);
          }
          ofTable.parallelStream().forEach(p -> {
            CellRollup rollup = new CellRollup(p, slots);
            groupsOf.getOrDefault(p.index(), List.of()).forEach(rollup::add);
            // Sorted here, side by side: the table's own sort then only merges sorted runs.
            List<IndicatorCell> cells = rollup.cells(outputDims);
            cells.sort(IndicatorTable.ORDER);
            cellsOfPlan.put(p.index(), cells);
          });
        }, pool));
      }
      CompletableFuture.allOf(rolledUp.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Map<String, List<IndicatorCell>> byIndicator = new LinkedHashMap<>();
    for (IndicatorPlan p : plans) {
      byIndicator.put(p.indicator().id(), cellsOfPlan.getOrDefault(p.index(), List.of()));
    }
    addDerived(byIndicator, outputDims);

    List<IndicatorCell> cells = new ArrayList<>();
    byIndicator.values().forEach(cells::addAll);
    IndicatorTable table = new IndicatorTable(outputDims, cells);
    progress.accept(String.format("compute: %d indicators, %d fine groups (%.1f s), %,d cells (%.1f s)",
        catalogue.indicators().size(), groupCount.get(), (lastGrouped.get() - started) / 1e9, cells.size(),
        (System.nanoTime() - started) / 1e9));
    return table;
  }

  /** The clean tables the catalogue's sources read. */
  public List<String> tablesUsed() {
    return catalogue.indicators().stream()
        .filter(i -> !i.measure().derived())
        .map(i -> source(i).table())
        .distinct()
        .sorted()
        .toList();
  }

  private List<IndicatorPlan> plans() {
    Map<String, Dimension> dims = catalogue.dimensionsById();
    List<IndicatorPlan> plans = new ArrayList<>();
    for (Indicator i : catalogue.indicators()) {
      if (i.measure().derived()) {
        continue;
      }
      List<Dimension> ds = i.dimensions().stream().map(dims::get).toList();
      plans.add(new IndicatorPlan(plans.size(), i, source(i), ds));
    }
    return plans;
  }

  private Source source(Indicator i) {
    return catalogue.source(i.source())
        .orElseThrow(() -> new IllegalStateException("indicator " + i.id() + ": unknown source " + i.source()));
  }

  /** The fine groups of one table: the partial groups its branches returned, a few per partition, summed. */
  private static List<FineGroup> fineGroups(List<List<Row>> parts) {
    Map<GroupKey, FineGroup> sums = new LinkedHashMap<>();
    for (List<Row> part : parts) {
      for (Row r : part) {
        FineGroup g = new FineGroup(r.getInt(0), r.getString(1), r.getString(2), r.getBoolean(3),
            (BigDecimal) r.get(4), r.getLong(5), (BigDecimal) r.get(6));
        sums.merge(new GroupKey(g.indicator(), g.period(), g.slots(), g.numerator(), g.medianValue()), g,
            ComputeJob::sum);
      }
    }
    return new ArrayList<>(sums.values());
  }

  private record GroupKey(int indicator, String period, String slots, boolean numerator, BigDecimal medianValue) {}

  private static FineGroup sum(FineGroup a, FineGroup b) {
    BigDecimal sum = a.sum() == null ? b.sum() : b.sum() == null ? a.sum() : a.sum().add(b.sum());
    return new FineGroup(a.indicator(), a.period(), a.slots(), a.numerator(), a.medianValue(), a.units() + b.units(),
        sum);
  }

  /** The indicators a ratio or rate is built on. */
  private static List<String> bases(Indicator i) {
    if (i.measure() instanceof Measure.Ratio r) {
      return List.of(r.numerator(), r.denominator());
    }
    return List.of(((Measure.Rate) i.measure()).indicator());
  }

  /** Ratios and rates, each after the indicators it is built on. */
  private void addDerived(Map<String, List<IndicatorCell>> byIndicator, List<String> outputDims) {
    List<Indicator> pending = new ArrayList<>(catalogue.indicators().stream().filter(i -> i.measure().derived()).toList());
    while (!pending.isEmpty()) {
      boolean progressed = false;
      for (Indicator i : List.copyOf(pending)) {
        if (!bases(i).stream().allMatch(byIndicator::containsKey)) {
          continue;
        }
        DerivedCells derived = new DerivedCells(outputDims, byIndicator);
        List<IndicatorCell> cells;
        if (i.measure() instanceof Measure.Ratio r) {
          cells = derived.ratio(i, r);
        } else {
          Measure.Rate rate = (Measure.Rate) i.measure();
          cells = derived.rate(i, rate, catalogue.population(rate.population()).orElseThrow(
              () -> new IllegalStateException("indicator " + i.id() + ": unknown population " + rate.population())));
        }
        byIndicator.put(i.id(), cells);
        pending.remove(i);
        progressed = true;
      }
      if (!progressed) {
        Set<String> pendingIds = pending.stream().map(Indicator::id).collect(Collectors.toSet());
        List<String> missing = pending.stream().flatMap(i -> bases(i).stream()
            .filter(b -> !byIndicator.containsKey(b) && !pendingIds.contains(b))
            .map(b -> i.id() + " is built on " + b + ", which this catalogue does not compute")).toList();
        throw new IllegalStateException(missing.isEmpty()
            ? "derived indicators refer to each other in a cycle: " + pendingIds
            : String.join("; ", missing));
      }
    }
  }

}
