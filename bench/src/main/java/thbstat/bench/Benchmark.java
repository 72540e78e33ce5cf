package thbstat.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.compute.ComputeJob;
import thbstat.jobs.generate.ExtractGenerator;
import thbstat.jobs.generate.GenerateOptions;
import thbstat.jobs.generate.OutputFormat;
import thbstat.jobs.ingest.CleanLayout;
import thbstat.jobs.ingest.IngestJob;
import thbstat.jobs.ingest.IngestResult;
import thbstat.jobs.spark.SparkSessions;

/**
 * thbstat against DuckDB: for each scale, generate (or reuse) a Parquet extract, run ingest, the
 * compute stage for the full catalogue and for one indicator, and the 15 core indicators in DuckDB
 * SQL on the same clean Parquet; time each stage (JVM and Spark start excluded), check that every
 * core cell agrees, and print the ratios and the targets (PASS/FAIL). Exits 1 when a core cell
 * differs; a missed target is reported, not an error.
 */
public final class Benchmark {
  static final List<String> CORE = List.of("VIC_REPORTED", "VIC_IDENTIFIED", "VIC_REGISTERED", "VIC_DECISIONS",
      "NRM_DAYS_TO_IDENTIFICATION", "VIC_REFLECTION_PERIOD", "VIC_RESIDENCE_PERMIT", "VIC_COMPENSATION_AWARDED",
      "CJ_SUSPECTED", "CJ_PROSECUTED", "CJ_CONVICTED", "CJ_PRISON_MONTHS_MEDIAN", "CJ_PROACTIVE_SHARE",
      "CJ_FINANCIAL_INVESTIGATIONS", "CAP_TRAINED");
  static final String SINGLE = "VIC_IDENTIFIED";
  static final long GIB = 1L << 30;

  private final Path data;
  private final int year;
  private final int cores = Runtime.getRuntime().availableProcessors();
  private final Catalogue catalogue;
  private final double ingestMax;
  /** Times each compute and DuckDB stage is run at a scale; the fastest run is reported. */
  private final int repeat;
  /** Whether the top scale also times every indicator alone. */
  private final boolean eachIndicator;
  /** At the top scale, also time a catalogue of each indicator declared this many times (1: not). */
  private final int copies;
  private SparkSession spark;

  /** One stage's measurement. */
  record Stage(String name, long rows, double seconds, double cpuSeconds, long peakHeap, long peakLive) {}

  /** Everything measured at one scale. */
  record Result(double scale, Stage ingest, Stage full, Stage single, Stage duck, long victims, long proceedings,
      int cellsCompared, int mismatches, List<Stage> each, Stage copied) {}

  private Benchmark(Path data, int year, Path catalogueFile, double ingestMax, int repeat, boolean eachIndicator,
      int copies) {
    this.ingestMax = ingestMax;
    this.eachIndicator = eachIndicator;
    this.copies = copies;
    this.repeat = repeat;
    this.data = data;
    this.year = year;
    this.catalogue = CatalogueLoader.load(catalogueFile);
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of("bench/data");
    Path catalogueFile = Path.of("indicators.yaml");
    List<Double> scales = new ArrayList<>(List.of(800.0, 8000.0));
    double maxScale = Double.MAX_VALUE;
    int year = 2024;
    int partitions = 8;
    boolean generateOnly = false;
    double ingestMax = Double.MAX_VALUE;
    int repeat = 1;
    boolean eachIndicator = false;
    int copies = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--catalogue" -> catalogueFile = Path.of(args[++i]);
        case "--scales" -> {
          scales.clear();
          for (String s : args[++i].split(",")) {
            scales.add(Double.parseDouble(s));
          }
        }
        case "--max-scale" -> maxScale = Double.parseDouble(args[++i]);
        case "--year" -> year = Integer.parseInt(args[++i]);
        case "--shuffle-partitions" -> partitions = Integer.parseInt(args[++i]);
        case "--generate-only" -> generateOnly = true;
        case "--ingest-max-scale" -> ingestMax = Double.parseDouble(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--each-indicator" -> eachIndicator = true;
        case "--catalogue-copies" -> copies = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: bench/run.sh [--scales 800,8000] [--max-scale X] [--year 2024] "
              + "[--data DIR] [--catalogue FILE] [--shuffle-partitions N] [--ingest-max-scale X] [--repeat N] [--each-indicator] [--catalogue-copies K] [--generate-only]");
          System.exit(2);
        }
      }
    }
    final double max = maxScale;
    scales.removeIf(s -> s > max);
    Benchmark b = new Benchmark(data, year, catalogueFile, ingestMax, repeat, eachIndicator, copies);
    if (generateOnly) {
      scales.forEach(b::extract);
      return;
    }
    System.exit(b.run(scales, partitions));
  }

  private int run(List<Double> scales, int partitions) throws Exception {
    System.out.printf(Locale.ROOT, "thbstat benchmark: year %d, scales %s, %d cores, max heap %.1f GiB, data in %s%n",
        year, scales, cores, HeapMeter.maxHeap() / (double) GIB, data.toAbsolutePath());
    spark = SparkSessions.start(null, partitions);
    spark.sparkContext().setLogLevel("WARN");
    List<Result> results = new ArrayList<>();
    try {
      warmUp();
      for (int i = 0; i < scales.size(); i++) {
        results.add(atScale(scales.get(i), i == scales.size() - 1));
      }
    } finally {
      spark.stop();
    }
    return summary(results);
  }

  /** Scale 1 once, untimed: class loading, JIT and codegen are not charged to the first scale. */
  private void warmUp() throws Exception {
    Path extract = extract(1);
    Path ingestDir = data.resolve("scale-1/ingest");
    new IngestJob(spark).run(extract, ingestDir, s -> { });
    new ComputeJob(spark, catalogue).run(ingestDir.resolve("clean"), List.of(Period.year(year)), s -> { });
    new DuckDbCore(ingestDir.resolve("clean"), year).run(catalogue.outputDimensions(), cores, "4GB");
    System.out.println("warm-up at scale 1 done (untimed)");
  }

  private Result atScale(double scale, boolean top) throws Exception {
    System.out.printf(Locale.ROOT, "%n== scale %s ==%n", fmtScale(scale));
    Path extract = extract(scale);
    Path ingestDir = data.resolve("scale-" + fmtScale(scale) + "/ingest");
    List<Period> periods = List.of(Period.year(year));

    Path clean;
    Stage ingest;
    if (scale <= ingestMax) {
      clean = ingestDir.resolve("clean");
      IngestResult[] ingested = new IngestResult[1];
      ingest = measure("ingest", () -> {
        ingested[0] = new IngestJob(spark).run(extract, ingestDir, progress());
        return ingested[0].tables().stream().mapToLong(t -> t.read()).sum();
      });
    } else {
      // The generator writes valid rows in the clean schema (natural types, codes normalised), so
      // above --ingest-max-scale its Parquet is only laid out as ingest writes clean tables, and
      // ingest is not timed.
      clean = laidOut(scale, extract);
      ingest = new Stage("ingest (skipped)", 0, Double.NaN, Double.NaN, 0, 0);
      System.out.println("ingest skipped above --ingest-max-scale: compute and DuckDB read the generated rows, "
          + "laid out as ingest writes clean tables");
    }
    long cleanRows = 0;
    Map<String, Long> rowsOf = new LinkedHashMap<>();
    for (String t : List.of("victims", "proceedings", "trainings")) {
      long n = spark.read().parquet(clean.resolve(t + ".parquet").toString()).count();
      rowsOf.put(t, n);
      cleanRows += n;
    }
    System.out.printf(Locale.ROOT, "clean rows: %s%n", rowsOf);
    final long rows = cleanRows;

    IndicatorTable[] full = new IndicatorTable[1];
    Stage fullStage = measureBest("compute (full catalogue, " + catalogue.indicators().size() + " indicators)", () -> {
      full[0] = new ComputeJob(spark, catalogue).run(clean, periods, progress());
      return rows;
    });
    Catalogue one = only(SINGLE);
    long singleRows = rowsOf.get("victims");
    Stage singleStage = measureBest("compute (one indicator, " + SINGLE + ")", () -> {
      new ComputeJob(spark, one).run(clean, periods, progress());
      return singleRows;
    });
    @SuppressWarnings("unchecked")
    Map<String, BigDecimal>[] duck = new Map[1];
    Stage duckStage = measureBest("duckdb (15 core indicators)", () -> {
      duck[0] = new DuckDbCore(clean, year).run(catalogue.outputDimensions(), cores, "4GB");
      return rows;
    });

    Map<String, BigDecimal> ours = coreCells(full[0]);
    int mismatches = compare(ours, duck[0]);
    System.out.printf(Locale.ROOT, "cells compared: %,d thbstat, %,d DuckDB; mismatches: %d%n", ours.size(),
        duck[0].size(), mismatches);
    List<Stage> each = new ArrayList<>();
    if (top && eachIndicator) {
      // Once each, after the full catalogue has warmed the JVM: what the catalogue would cost
      // indicator by indicator, and which indicator alone costs most.
      for (Indicator i : catalogue.indicators()) {
        Catalogue alone = only(i.id());
        long sourceRows = rowsOf.getOrDefault(i.source(), rows);
        each.add(measure("  alone: " + i.id(), () -> {
          new ComputeJob(spark, alone).run(clean, periods, s -> { });
          return sourceRows;
        }));
      }
    }
    Stage copied = null;
    if (top && copies > 1) {
      Catalogue larger = copied(copies);
      copied = measureBest("compute (catalogue x" + copies + ", " + larger.indicators().size() + " indicators)", () -> {
        new ComputeJob(spark, larger).run(clean, periods, progress());
        return rows;
      });
    }
    return new Result(scale, ingest, fullStage, singleStage, duckStage, rowsOf.get("victims"),
        rowsOf.get("proceedings"), Math.max(ours.size(), duck[0].size()), mismatches, each, copied);
  }

  private Path extract(double scale) {
    Path dir = data.resolve("scale-" + fmtScale(scale) + "/extract");
    return once(dir, "extract", "", () -> {
      GenerateOptions o = new GenerateOptions(dir, 1, scale, OutputFormat.PARQUET, 2015, year, true);
      new ExtractGenerator(o).generate().forEach(t -> System.out.println("generated " + t));
      return "generated scale " + fmtScale(scale);
    });
  }

  /**
   * The generated tables rewritten in the layout of ingest's clean tables ({@link CleanLayout}),
   * once per scale (reused when there in the current layout, like the extract).
   */
  private Path laidOut(double scale, Path extract) {
    Path dir = data.resolve("scale-" + fmtScale(scale) + "/clean");
    return once(dir, "clean tables", "layout " + CleanLayout.VERSION, () -> {
      for (ExtractTable t : Extract.TABLES) {
        CleanLayout.write(spark.read().parquet(extract.resolve(t.name() + ".parquet").toString()), t,
            dir.resolve(t.name() + ".parquet").toString());
      }
      return "laid out scale " + fmtScale(scale) + " as clean tables";
    });
  }

  /**
   * {@code dir}, made by {@code make} (which says what it did) unless a finished one is there; a
   * marker file, holding {@code stamp}, tells a finished folder from one an interrupted run left
   * or an older version made.
   */
  private static Path once(Path dir, String what, String stamp, java.util.function.Supplier<String> make) {
    Path done = dir.resolve(".complete");
    try {
      if (Files.exists(done) && Files.readString(done).equals(stamp)) {
        System.out.println("reusing " + what + " " + dir);
        return dir;
      }
      Files.deleteIfExists(done);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    long t0 = System.nanoTime();
    String made = make.get();
    try {
      Files.writeString(done, stamp);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "%s in %.1f s%n", made, (System.nanoTime() - t0) / 1e9);
    return dir;
  }

  /** The catalogue of one indicator and, for a ratio or rate, the indicators it is built on (no alerts). */
  private Catalogue only(String id) {
    Set<String> needed = new java.util.HashSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (needed.add(next)) {
        catalogue.indicator(next).map(Indicator::measure).ifPresent(m -> {
          if (m instanceof Measure.Ratio r) {
            todo.push(r.numerator());
            todo.push(r.denominator());
          } else if (m instanceof Measure.Rate r) {
            todo.push(r.indicator());
          }
        });
      }
    }
    List<Indicator> only = catalogue.indicators().stream().filter(i -> needed.contains(i.id())).toList();
    return new Catalogue(catalogue.version(), catalogue.dimensions(), catalogue.sources(), catalogue.populations(),
        only, List.of());
  }

  /** {@link #copied(Catalogue, int)} of this benchmark's catalogue. */
  private Catalogue copied(int times) {
    return copied(catalogue, times);
  }

  /**
   * The catalogue with each indicator declared {@code times} times, the copies under ids ending in
   * {@code _Xk} (a ratio or rate of a copy built on the copies of its indicators), without targets,
   * tables or alerts: how the compute stage grows with the number of indicators.
   */
  static Catalogue copied(Catalogue catalogue, int times) {
    List<Indicator> all = new ArrayList<>(catalogue.indicators());
    for (int k = 2; k <= times; k++) {
      String suffix = "_X" + k;
      for (Indicator i : catalogue.indicators()) {
        Measure m = i.measure();
        if (m instanceof Measure.Ratio r) {
          m = new Measure.Ratio(r.numerator() + suffix, r.denominator() + suffix, r.scale(), r.decimals());
        } else if (m instanceof Measure.Rate r) {
          m = new Measure.Rate(r.indicator() + suffix, r.population(), r.decimals());
        }
        all.add(new Indicator(i.id() + suffix, i.label(), i.definition(), i.source(), m, i.filter(), i.date(),
            i.dimensions(), i.additive(), i.unit(), i.references(), i.disclosure(), null, i.line()));
      }
    }
    return new Catalogue(catalogue.version(), catalogue.dimensions(), catalogue.sources(), catalogue.populations(),
        all, List.of());
  }

  /**
   * {@link #measure} {@code repeat} times: the fastest run, with the highest peak heap of all. The
   * first run in a JVM at a new size pays JIT compilation that DuckDB's native code does not.
   */
  private Stage measureBest(String name, Callable<Long> body) throws Exception {
    Stage best = null;
    long peakHeap = 0;
    long peakLive = 0;
    for (int i = 1; i <= repeat; i++) {
      Stage s = measure(repeat == 1 ? name : name + " run " + i, body);
      best = best == null || s.seconds() < best.seconds() ? s : best;
      peakHeap = Math.max(peakHeap, s.peakHeap());
      peakLive = Math.max(peakLive, s.peakLive());
    }
    return new Stage(name, best.rows(), best.seconds(), best.cpuSeconds(), peakHeap, peakLive);
  }

  private Stage measure(String name, Callable<Long> body) throws Exception {
    System.gc();
    long rows;
    double seconds;
    HeapMeter heap = new HeapMeter();
    double cpu;
    try (heap) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      rows = body.call();
      seconds = (System.nanoTime() - t0) / 1e9;
      cpu = (cpuNanos() - c0) / 1e9;
    }
    Stage s = new Stage(name, rows, seconds, cpu, heap.peakUsed(), heap.peakAfterGc());
    System.out.printf(Locale.ROOT, "%-44s %,12d rows %8.1f s (cpu %7.1f s) %,10.0f rows/s/core  peak heap %.2f GiB"
        + " (live after GC %.2f GiB)%n", name, rows, seconds, cpu, rows / seconds / cores, s.peakHeap() / (double) GIB,
        s.peakLive() / (double) GIB);
    return s;
  }

  /** CPU time of the whole process (Spark's threads and DuckDB's native ones): robust to a busy machine. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static Consumer<String> progress() {
    return s -> System.out.println("  " + s);
  }

  /** The core indicators' cells of thbstat's table, by key. */
  private Map<String, BigDecimal> coreCells(IndicatorTable table) {
    Set<String> core = Set.copyOf(CORE);
    List<String> dims = table.dimensions();
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (IndicatorCell c : table.cells()) {
      if (!core.contains(c.indicator()) || !c.period().equals(Integer.toString(year)) || c.value() == null) {
        continue;
      }
      Map<String, String> codes = new LinkedHashMap<>();
      for (int i = 0; i < dims.size(); i++) {
        codes.put(dims.get(i), c.codes().get(i));
      }
      out.put(key(c.indicator(), codes, dims), c.value());
    }
    return out;
  }

  /** INDICATOR|code of each output dimension (_Z where the indicator does not use it). */
  static String key(String indicator, Map<String, String> codes, List<String> outputDims) {
    StringBuilder b = new StringBuilder(indicator);
    for (String d : outputDims) {
      b.append('|').append(codes.getOrDefault(d, IndicatorTable.NOT_APPLICABLE));
    }
    return b.toString();
  }

  private static int compare(Map<String, BigDecimal> ours, Map<String, BigDecimal> duck) {
    Set<String> keys = new TreeSet<>(ours.keySet());
    keys.addAll(duck.keySet());
    int mismatches = 0;
    for (String k : keys) {
      BigDecimal a = ours.get(k);
      BigDecimal b = duck.get(k);
      if (a == null || b == null || a.compareTo(b) != 0) {
        if (mismatches < 20) {
          System.out.printf("MISMATCH %s: thbstat %s, DuckDB %s%n", k,
              a == null ? "(no cell)" : IndicatorCell.format(a), b == null ? "(no cell)" : IndicatorCell.format(b));
        }
        mismatches++;
      }
    }
    return mismatches;
  }

  private int summary(List<Result> results) {
    System.out.printf(Locale.ROOT, "%n== summary (year %d, %d cores) ==%n", year, cores);
    System.out.printf(Locale.ROOT, "%-8s %11s %11s %9s %9s %9s %9s %9s %9s %8s %8s %9s%n", "scale", "victims",
        "proceedings", "ingest s", "full s", "one s", "duckdb s", "e2e s", "heap GiB", "full/dk", "full/one", "cells");
    System.out.println("(wall seconds; the cpu line under each scale gives process CPU seconds, which a busy machine"
        + " distorts less)");
    int mismatches = 0;
    for (Result r : results) {
      mismatches += r.mismatches();
      long heap = Math.max(Math.max(r.ingest().peakHeap(), r.full().peakHeap()), r.single().peakHeap());
      System.out.printf(Locale.ROOT, "%-8s %,11d %,11d %9.1f %9.1f %9.1f %9.1f %9.1f %9.2f %8.2f %8.2f %,9d%n",
          fmtScale(r.scale()), r.victims(), r.proceedings(), r.ingest().seconds(), r.full().seconds(),
          r.single().seconds(), r.duck().seconds(), r.ingest().seconds() + r.full().seconds(), heap / (double) GIB,
          r.full().seconds() / r.duck().seconds(), r.full().seconds() / r.single().seconds(), r.cellsCompared());
      System.out.printf(Locale.ROOT, "%-8s %11s %11s %9.1f %9.1f %9.1f %9.1f %9.1f %9s %8.2f %8.2f%n", "  cpu", "", "",
          r.ingest().cpuSeconds(), r.full().cpuSeconds(), r.single().cpuSeconds(), r.duck().cpuSeconds(),
          r.ingest().cpuSeconds() + r.full().cpuSeconds(), "", r.full().cpuSeconds() / r.duck().cpuSeconds(),
          r.full().cpuSeconds() / r.single().cpuSeconds());
    }
    Result top = results.get(results.size() - 1);
    // The growth target is from 1M to 10M rows: compare with the scale nearest a tenth of the top's rows.
    long topRows = top.victims() + top.proceedings();
    Result bottom = results.stream()
        .min(java.util.Comparator.comparingDouble(r -> Math.abs(Math.log((r.victims() + r.proceedings()) * 10.0 / topRows))))
        .orElseThrow();
    double growth = top.full().seconds() / bottom.full().seconds();
    double rowGrowth = (double) (top.victims() + top.proceedings()) / (bottom.victims() + bottom.proceedings());
    long heap = Math.max(Math.max(top.ingest().peakHeap(), top.full().peakHeap()), top.single().peakHeap());
    String at = "at scale " + fmtScale(top.scale()) + String.format(Locale.ROOT, " (%,d victims + %,d proceedings rows)",
        top.victims(), top.proceedings());
    System.out.printf(Locale.ROOT, "%ntargets %s:%n", at);
    target("compute, full catalogue, within 2x DuckDB's core cells (wall)", top.full().seconds() / top.duck().seconds(),
        2.0, "x");
    target("compute, full catalogue, within 2x DuckDB's core cells (cpu)",
        top.full().cpuSeconds() / top.duck().cpuSeconds(), 2.0, "x");
    target("full catalogue within 1.5x one indicator (wall)", top.full().seconds() / top.single().seconds(), 1.5, "x");
    if (!Double.isNaN(top.ingest().seconds())) {
      // Ingest does not read the catalogue: a run of one indicator ingests exactly as a run of all.
      target("the same, end to end (ingest + compute, what a user waits for; wall)",
          (top.ingest().seconds() + top.full().seconds()) / (top.ingest().seconds() + top.single().seconds()), 1.5,
          "x");
    }
    target("driver heap (peak used, any stage) under 4 GiB", heap / (double) GIB, 4.0, " GiB");
    if (bottom != top) {
      target(String.format(Locale.ROOT, "compute time growth scale %s -> %s (rows x%.1f) at most 12x (wall)",
          fmtScale(bottom.scale()), fmtScale(top.scale()), rowGrowth), growth, 12.0, "x");
      target("the same growth in cpu seconds", top.full().cpuSeconds() / bottom.full().cpuSeconds(), 12.0, "x");
    }
    if (!top.each().isEmpty()) {
      eachIndicatorSummary(top);
    }
    if (top.copied() != null) {
      System.out.printf(Locale.ROOT, "%n%s: %.1f s (cpu %.1f s), %.2fx the full catalogue's %.1f s (cpu %.2fx)%n",
          top.copied().name(), top.copied().seconds(), top.copied().cpuSeconds(),
          top.copied().seconds() / top.full().seconds(), top.full().seconds(),
          top.copied().cpuSeconds() / top.full().cpuSeconds());
    }
    if (mismatches > 0) {
      System.out.printf("FAILED: %d core cells differ between thbstat and DuckDB%n", mismatches);
      return 1;
    }
    System.out.println("every core cell agrees with DuckDB");
    return 0;
  }

  /**
   * The catalogue against its indicators computed one at a time: the slowest alone (the least the
   * catalogue can cost), and their sum (what a job per indicator would cost). For information: the
   * issue's target compares with {@value #SINGLE}.
   */
  private static void eachIndicatorSummary(Result top) {
    List<Stage> sorted = new ArrayList<>(top.each());
    sorted.sort(java.util.Comparator.comparingDouble(Stage::seconds).reversed());
    double sum = sorted.stream().mapToDouble(Stage::seconds).sum();
    double cpuSum = sorted.stream().mapToDouble(Stage::cpuSeconds).sum();
    Stage slowest = sorted.get(0);
    System.out.printf(Locale.ROOT, "%neach indicator alone at the top scale (%d; slowest first):%n", sorted.size());
    for (Stage s : sorted.subList(0, Math.min(8, sorted.size()))) {
      System.out.printf(Locale.ROOT, "  %-40s %6.1f s (cpu %6.1f s)%n", s.name().replace("  alone: ", ""),
          s.seconds(), s.cpuSeconds());
    }
    System.out.printf(Locale.ROOT, "  full catalogue / slowest alone (%s): %.2fx wall, %.2fx cpu%n",
        slowest.name().replace("  alone: ", ""), top.full().seconds() / slowest.seconds(),
        top.full().cpuSeconds() / slowest.cpuSeconds());
    System.out.printf(Locale.ROOT, "  sum of the %d alone: %.1f s (cpu %.1f s), %.1fx the full catalogue's %.1f s%n",
        sorted.size(), sum, cpuSum, sum / top.full().seconds(), top.full().seconds());
  }

  private static void target(String what, double measured, double limit, String unit) {
    System.out.printf(Locale.ROOT, "  %-4s %s: %.2f%s (limit %.1f%s)%n", measured <= limit ? "PASS" : "FAIL", what,
        measured, unit, limit, unit);
  }

  private static String fmtScale(double s) {
    return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
  }
}
