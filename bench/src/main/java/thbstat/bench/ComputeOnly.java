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

/**
 * For profiling: the compute stage alone, N times, on an existing clean folder. Args: CLEAN YEAR N
 * [SOURCE-REGEX]; -Dcopies=K declares each indicator K times, -Dprofile.stages=true prints Spark's stages.
 */
public final class ComputeOnly {
  private ComputeOnly() {}

  public static void main(String[] args) {
    Path clean = Path.of(args[0]);
    int year = Integer.parseInt(args[1]);
    int n = Integer.parseInt(args[2]);
    Catalogue all = CatalogueLoader.load(Path.of("indicators.yaml"));
    // Optional 4th argument: a regular expression on the source names, to time one table's indicators.
    String sources = args.length > 3 ? args[3] : ".*";
    Catalogue catalogue = new Catalogue(all.version(), all.dimensions(), all.sources(), all.populations(),
        all.indicators().stream().filter(i -> !i.measure().derived() && (i.source().matches(sources) || i.id().matches(sources))
            || i.measure().derived() && sources.equals(".*")).toList(), List.of());
    // -Dcopies=K: each indicator declared K times (the benchmark's --catalogue-copies)
    catalogue = Benchmark.copied(catalogue, Integer.getInteger("copies", 1));
    SparkSession spark = SparkSessions.start(null, 8);
    spark.sparkContext().setLogLevel("WARN");
    if (Boolean.getBoolean("profile.stages")) {
      spark.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
        private final java.util.Map<Integer, Long> started = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart e) {
          started.put(e.jobId(), e.time());
        }

        @Override
        public void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd e) {
          Long t0 = started.remove(e.jobId());
          System.out.printf(Locale.ROOT, "  job %d: %d ms%n", e.jobId(), t0 == null ? -1 : e.time() - t0);
        }

        @Override
        public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted e) {
          var info = e.stageInfo();
          System.out.printf(Locale.ROOT,
              "    stage %d tasks %d, run %d ms, cpu %d ms, in %,d rows, shuffle write %,d rows (%,d bytes)%n",
              info.stageId(), info.numTasks(), info.taskMetrics().executorRunTime(),
              info.taskMetrics().executorCpuTime() / 1_000_000, info.taskMetrics().inputMetrics().recordsRead(),
              info.taskMetrics().shuffleWriteMetrics().recordsWritten(),
              info.taskMetrics().shuffleWriteMetrics().bytesWritten());
        }
      });
    }
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
