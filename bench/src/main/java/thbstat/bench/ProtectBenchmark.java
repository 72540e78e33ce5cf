package thbstat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.generate.ExtractGenerator;
import thbstat.jobs.generate.GenerateOptions;
import thbstat.jobs.generate.OutputFormat;
import thbstat.jobs.compute.ComputeJob;
import thbstat.jobs.protect.DisclosureControl;
import thbstat.jobs.protect.Protection;
import thbstat.jobs.protect.TableProtection;
import thbstat.jobs.spark.SparkSessions;

/**
 * Disclosure control at scale (issue 4): for each scale, generate (or reuse) one year's extract,
 * compute the year and its four quarters, then time {@link DisclosureControl#protect} per period
 * and print its seconds, LP solves, public cells and suppressions. Compute is not timed here.
 * Args: [--scales 1,10,120] [--year 2024] [--data bench/data] [--catalogue indicators.yaml].
 */
public final class ProtectBenchmark {
  private ProtectBenchmark() {}

  public static void main(String[] args) {
    List<Double> scales = new ArrayList<>(List.of(1.0, 10.0, 120.0));
    int year = 2024;
    Path data = Path.of("bench/data");
    Path catalogueFile = Path.of("indicators.yaml");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scales" -> {
          scales.clear();
          for (String s : args[++i].split(",")) {
            scales.add(Double.parseDouble(s.trim()));
          }
        }
        case "--year" -> year = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--catalogue" -> catalogueFile = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: [--scales 1,10,120] [--year 2024] [--data DIR] [--catalogue FILE]");
      }
    }
    Catalogue catalogue = CatalogueLoader.load(catalogueFile);
    List<Period> periods = new ArrayList<>(List.of(Period.year(year)));
    for (int q = 1; q <= 4; q++) {
      periods.add(Period.quarter(year, q));
    }
    SparkSession spark = SparkSessions.start(null, 4);
    spark.sparkContext().setLogLevel("WARN");
    List<String> summary = new ArrayList<>();
    try {
      for (double scale : scales) {
        Path extract = extract(data, scale, year);
        long t0 = System.nanoTime();
        IndicatorTable table = new ComputeJob(spark, catalogue).run(extract, periods, s -> { });
        System.out.printf(Locale.ROOT, "scale %s: computed %,d cells for %d periods in %.1f s (not timed below)%n",
            fmt(scale), table.cells().size(), periods.size(), (System.nanoTime() - t0) / 1e9);
        DisclosureControl control = new DisclosureControl(catalogue);
        for (Period p : periods) {
          summary.add(protect(control, table, scale, p.toString()));
        }
      }
    } finally {
      spark.stop();
    }
    System.out.printf(Locale.ROOT, "%n%-6s %-8s %9s %9s %8s %8s %8s %8s%n", "scale", "period", "victims",
        "seconds", "LP", "cells", "primary", "second.");
    summary.forEach(System.out::println);
  }

  private static String protect(DisclosureControl control, IndicatorTable table, double scale, String period) {
    long lp0 = DisclosureControl.lpSolves();
    long t0 = System.nanoTime();
    Protection p = control.protect(table, period);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long lp = DisclosureControl.lpSolves() - lp0;
    int cells = 0;
    int primary = 0;
    int secondary = 0;
    for (TableProtection t : p.tables()) {
      cells += t.cells();
      primary += t.primary();
      secondary += t.secondary();
    }
    long victims = p.publicTable().cells().stream()
        .filter(c -> c.indicator().equals("VIC_IDENTIFIED") && c.codes().stream().allMatch(
            k -> k.equals(IndicatorTable.TOTAL) || k.equals(IndicatorTable.NOT_APPLICABLE)))
        .map(IndicatorCell::value).filter(v -> v != null).mapToLong(v -> v.longValue()).findFirst().orElse(-1);
    return String.format(Locale.ROOT, "%-6s %-8s %9s %9.2f %8d %8d %8d %8d", fmt(scale), period,
        victims < 0 ? "(prot.)" : Long.toString(victims), seconds, lp, cells, primary, secondary);
  }

  /** One year's extract in the clean schema, which compute reads directly; reused when complete. */
  private static Path extract(Path data, double scale, int year) {
    Path dir = data.resolve("protect-scale-" + fmt(scale) + "-" + year);
    Path done = dir.resolve(".complete");
    if (Files.exists(done)) {
      return dir;
    }
    long t0 = System.nanoTime();
    new ExtractGenerator(new GenerateOptions(dir, 1, scale, OutputFormat.PARQUET, year, year, true)).generate();
    try {
      Files.writeString(done, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "generated scale %s in %.1f s%n", fmt(scale), (System.nanoTime() - t0) / 1e9);
    return dir;
  }

  private static String fmt(double s) {
    return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
  }
}
