package thbstat.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.jobs.compute.ComputeJob;
import thbstat.jobs.ingest.IngestJob;
import thbstat.jobs.spark.SparkSessions;

/**
 * For profiling: ingest (and, with a year, the compute stage) N times on one extract, printing
 * each Spark job's wall time and, per run, the number of jobs, codegen compile time and CPU.
 * Args: INPUT OUT N [YEAR]; INPUT {@code -} skips ingest and computes from OUT/clean.
 */
public final class StageProfile {
  private StageProfile() {}

  public static void main(String[] args) {
    Path input = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    Integer year = args.length > 3 ? Integer.valueOf(args[3]) : null;
    SparkSession spark = SparkSessions.start(null, 8);
    spark.sparkContext().setLogLevel("WARN");
    int[] jobs = new int[1];
    java.util.Map<Integer, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
    boolean verbose = Boolean.getBoolean("profile.jobs");
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart e) {
        started.put(e.jobId(), e.time());
      }

      @Override
      public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted e) {
        if (verbose) {
          var info = e.stageInfo();
          System.out.printf(Locale.ROOT, "    stage %d %-40s tasks %d, run %d ms, cpu %d ms%n", info.stageId(),
              info.name(), info.numTasks(), info.taskMetrics().executorRunTime(),
              info.taskMetrics().executorCpuTime() / 1_000_000);
        }
      }

      @Override
      public void onJobEnd(SparkListenerJobEnd e) {
        jobs[0]++;
        if (verbose) {
          System.out.printf(Locale.ROOT, "    job %d: %d ms%n", e.jobId(), e.time() - started.getOrDefault(e.jobId(), e.time()));
        }
      }
    });
    for (int i = 0; i < n; i++) {
      if (!args[0].equals("-")) {
        run(i, "ingest", jobs, () -> new IngestJob(spark).run(input, out, s -> System.out.println("  " + s)));
      }
      if (year != null) {
        Catalogue catalogue = CatalogueLoader.load(Path.of("indicators.yaml"));
        run(i, "compute", jobs, () -> new ComputeJob(spark, catalogue).run(out.resolve("clean"),
            List.of(Period.year(year)), s -> System.out.println("  " + s)));
      }
    }
    spark.stop();
  }

  private static void run(int i, String what, int[] jobs, Runnable body) {
    int j0 = jobs[0];
    long compile0 = (long) CodegenMetrics.METRIC_COMPILATION_TIME().getSnapshot().getValues().length;
    double ms0 = sum(CodegenMetrics.METRIC_COMPILATION_TIME().getSnapshot().getValues());
    org.apache.spark.sql.catalyst.rules.RuleExecutor$.MODULE$.resetMetrics();
    long c0 = Benchmark.cpuNanos();
    long t0 = System.nanoTime();
    body.run();
    if (Boolean.getBoolean("profile.rules")) {
      System.out.println(org.apache.spark.sql.catalyst.rules.RuleExecutor$.MODULE$.dumpTimeSpent());
    }
    System.out.printf(Locale.ROOT, "%s run %d: %.1f s, cpu %.1f s, %d Spark jobs, codegen compiles %d (%.0f ms)%n",
        what, i, (System.nanoTime() - t0) / 1e9, (Benchmark.cpuNanos() - c0) / 1e9, jobs[0] - j0,
        CodegenMetrics.METRIC_COMPILATION_TIME().getSnapshot().getValues().length - compile0,
        sum(CodegenMetrics.METRIC_COMPILATION_TIME().getSnapshot().getValues()) - ms0);
  }

  private static double sum(long[] values) {
    double s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }
}
