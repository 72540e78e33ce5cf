package thbstat.jobs.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.compute.ComputeJob;
import thbstat.jobs.generate.ExtractGenerator;
import thbstat.jobs.generate.GenerateOptions;
import thbstat.jobs.generate.Injection;
import thbstat.jobs.generate.OutputFormat;
import thbstat.jobs.ingest.IngestJob;
import thbstat.jobs.io.Location;
import thbstat.jobs.spark.SparkSessions;

/**
 * Measures the alert rules of {@code indicators.yaml} on generated histories: the false alarms
 * per quarter on clean extracts, and the share of planted labour clusters found in their quarter
 * (an alert of any rule on a cell of the cluster's police administration).
 *
 * <p>Per history (seed): a clean extract 2015–2025, and the same extract with one cluster of
 * {@code --size} victims planted in each of the four test quarters 2024-Q2..2025-Q1, each in
 * another police administration (rotating over all 27). The planted extract is ingested once; the
 * clean one is it without the planted victims. Each is computed once for the 16 quarters the
 * tests need, with the indicators the rules watch. Run: {@code bench/alerts.sh [--histories N] [--scale X]
 * [--size N]}.
 */
public final class AlertsBenchmark {
  private static final List<Period> TEST_QUARTERS = Period.parseList("2024-Q2..2025-Q1");

  private final SparkSession spark;
  private final Catalogue catalogue;
  private final Path work;
  private final double scale;
  private final int size;
  private final Map<String, Integer> falseByRule = new TreeMap<>();
  private final Map<String, Integer> falseBySeverity = new TreeMap<>();
  private final Map<String, int[]> detectedByAdmin = new TreeMap<>();
  private int cleanQuarters;
  private int falseAlarms;
  private int planted;
  private int detected;

  AlertsBenchmark(SparkSession spark, Catalogue catalogue, Path work, double scale, int size) {
    this.spark = spark;
    this.catalogue = catalogue;
    this.work = work;
    this.scale = scale;
    this.size = size;
  }

  public static void main(String[] args) throws IOException {
    int histories = 20;
    double scale = 1;
    int size = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--histories" -> histories = Integer.parseInt(args[i + 1]);
        case "--scale" -> scale = Double.parseDouble(args[i + 1]);
        case "--size" -> size = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Catalogue catalogue = CatalogueLoader.load(CatalogueLocator.locate(null));
    Path work = Files.createTempDirectory("thbstat-alerts-bench");
    SparkSession spark = SparkSessions.start("local[2]", 2);
    spark.sparkContext().setLogLevel("ERROR");
    long started = System.nanoTime();
    AlertsBenchmark bench = new AlertsBenchmark(spark, catalogue, work, scale, size);
    try {
      for (int seed = 1; seed <= histories; seed++) {
        bench.history(seed);
      }
    } finally {
      delete(work);
    }
    bench.report(histories, (System.nanoTime() - started) / 1e9);
    spark.stop();
  }

  void history(int seed) {
    List<Injection> injections = new ArrayList<>();
    for (int j = 0; j < TEST_QUARTERS.size(); j++) {
      String admin = Codes.POLICE_ADMINISTRATIONS.get(((seed - 1) * TEST_QUARTERS.size() + j)
          % Codes.POLICE_ADMINISTRATIONS.size());
      injections.add(new Injection("labour-cluster", TEST_QUARTERS.get(j), admin, size));
    }
    // One ingest: the planted extract; the clean one is the same rows without the planted victims,
    // which are exactly the rows the clean generation does not have (the generator appends them).
    Path dir = work.resolve("s" + seed);
    Set<String> cleanIds = victimIds(generate(dir.resolve("clean"), seed, List.of()));
    Location cleanDir = new IngestJob(spark).run(generate(dir.resolve("planted"), seed, injections),
        dir.resolve("ingest"), line -> { }).cleanDir();
    Map<String, Dataset<Row>> plantedTables = tables(cleanDir);
    Map<String, Dataset<Row>> cleanTables = new HashMap<>(plantedTables);
    Dataset<Row> victims = plantedTables.get("victims");
    Dataset<Row> ids = spark.createDataset(List.copyOf(cleanIds), Encoders.STRING()).toDF("victim_id");
    cleanTables.put("victims", victims.join(ids, "victim_id").select(
        java.util.Arrays.stream(victims.columns()).map(functions::col).toArray(Column[]::new)).cache());
    Map<String, List<Alert>> clean = evaluate(cleanTables);
    int before = falseAlarms;
    for (Period q : TEST_QUARTERS) {
      cleanQuarters++;
      for (Alert a : clean.get(q.toString())) {
        System.out.println("  false alarm " + q + ": " + a.explanation().en());
        falseAlarms++;
        falseByRule.merge(a.rule().id(), 1, Integer::sum);
        falseBySeverity.merge(a.severity().code(), 1, Integer::sum);
      }
    }
    Map<String, List<Alert>> planted = evaluate(plantedTables);
    int found = 0;
    for (Injection i : injections) {
      String region = i.policeAdmin().toUpperCase(Locale.ROOT);
      boolean hit = planted.get(i.quarter().toString()).stream()
          .anyMatch(a -> region.equals(a.cell().get("REGION")));
      this.planted++;
      found += hit ? 1 : 0;
      int[] d = detectedByAdmin.computeIfAbsent(i.policeAdmin(), k -> new int[2]);
      d[0] += hit ? 1 : 0;
      d[1]++;
    }
    detected += found;
    System.out.printf(Locale.ROOT, "history %3d: %d false alarm(s) in %d clean quarters; %d of %d clusters found"
        + " (so far: %d false alarms in %d quarters, %d of %d clusters)%n", seed, falseAlarms - before,
        TEST_QUARTERS.size(), found, injections.size(), falseAlarms, cleanQuarters, detected, this.planted);
    System.out.flush();
  }

  private Path generate(Path dir, int seed, List<Injection> injections) {
    new ExtractGenerator(new GenerateOptions(dir, seed, scale, OutputFormat.CSV, 2015, 2025, true, injections))
        .generate();
    return dir;
  }

  private static Set<String> victimIds(Path dir) {
    try (Stream<String> lines = Files.lines(dir.resolve("victims.csv"))) {
      return lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Dataset<Row>> tables(Location cleanDir) {
    Map<String, Dataset<Row>> tables = new HashMap<>();
    for (String t : List.of("victims", "proceedings", "trainings")) {
      tables.put(t, spark.read().parquet(cleanDir.resolve(t + ".parquet").forSpark()).cache());
    }
    return tables;
  }

  /** One compute of the 16 quarters, then the evaluator per test quarter. */
  private Map<String, List<Alert>> evaluate(Map<String, Dataset<Row>> tables) {
    Period first = TEST_QUARTERS.get(0);
    Period last = TEST_QUARTERS.get(TEST_QUARTERS.size() - 1);
    List<Period> periods = new ArrayList<>(AlertEvaluator.periodsNeeded(catalogue, first));
    for (Period p = first.next(); p.compareTo(last) <= 0; p = p.next()) {
      periods.add(p);
    }
    IndicatorTable table = new ComputeJob(spark, AlertsJob.watched(catalogue)).run(tables, periods, line -> { });
    Map<String, CategoryCounts> raw = new HashMap<>();
    for (AlertRule r : catalogue.alerts()) {
      if (r.kind() == AlertRule.Kind.NEW_CATEGORY) {
        raw.put(r.id(), AlertsJob.categoryCounts(tables.get(catalogue.source(r.source()).orElseThrow().table()), r,
            periods.get(0), last));
      }
    }
    AlertEvaluator evaluator = new AlertEvaluator(catalogue);
    Map<String, List<Alert>> out = new HashMap<>();
    for (Period q : TEST_QUARTERS) {
      out.put(q.toString(), evaluator.evaluate(table, raw, q));
    }
    return out;
  }

  void report(int histories, double seconds) {
    System.out.printf(Locale.ROOT, "%nalerts benchmark: %d histories at scale %s, %d rules, clusters of %d victims,"
        + " %.0f s%n", histories, scale, catalogue.alerts().size(), size, seconds);
    System.out.printf(Locale.ROOT, "false alarms on clean data: %d in %d quarters = %.2f per quarter%n",
        falseAlarms, cleanQuarters, (double) falseAlarms / cleanQuarters);
    System.out.println("  by severity: " + falseBySeverity);
    System.out.println("  by rule:     " + falseByRule);
    double rate = (double) detected / planted;
    System.out.printf(Locale.ROOT, "planted clusters detected in their quarter: %d of %d = %.1f%% (95%% CI %s)%n",
        detected, planted, 100 * rate, wilson(detected, planted));
    StringBuilder missed = new StringBuilder();
    detectedByAdmin.forEach((admin, d) -> {
      if (d[0] < d[1]) {
        missed.append(' ').append(admin).append(' ').append(d[0]).append('/').append(d[1]);
      }
    });
    System.out.println("  administrations with a miss:" + (missed.length() == 0 ? " none" : missed));
  }

  private static String wilson(int k, int n) {
    double z = 1.96;
    double p = (double) k / n;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
    return String.format(Locale.ROOT, "%.1f%%–%.1f%%", 100 * (centre - half), 100 * Math.min(1, centre + half));
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
