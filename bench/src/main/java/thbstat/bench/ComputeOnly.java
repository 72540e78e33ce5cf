package thbstat.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.jobs.compute.ComputeJob;
import thbstat.jobs.spark.SparkSessions;

/** For profiling: the compute stage alone, N times, on an existing clean folder. Args: CLEAN YEAR N. */
public final class ComputeOnly {
  private ComputeOnly() {}

  public static void main(String[] args) {
    Path clean = Path.of(args[0]);
    int year = Integer.parseInt(args[1]);
    int n = Integer.parseInt(args[2]);
    Catalogue catalogue = CatalogueLoader.load(Path.of("indicators.yaml"));
    SparkSession spark = SparkSessions.start(null, 8);
    spark.sparkContext().setLogLevel("WARN");
    for (int i = 0; i < n; i++) {
      long c0 = Benchmark.cpuNanos();
      long t0 = System.nanoTime();
      new ComputeJob(spark, catalogue).run(clean, List.of(Period.year(year)), System.out::println);
      System.out.printf(Locale.ROOT, "run %d: %.1f s, cpu %.1f s%n", i, (System.nanoTime() - t0) / 1e9,
          (Benchmark.cpuNanos() - c0) / 1e9);
    }
    spark.stop();
  }
}
