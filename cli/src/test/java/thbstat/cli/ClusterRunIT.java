package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same run on a Spark standalone cluster, reading the extract from HDFS and writing the clean
 * tables there, gives the same indicator table as local mode on a local folder, byte for byte. The
 * cluster is a master and two workers (1 core each), separate JVMs on 127.0.0.1 started from the
 * test classpath; the cluster driver is a fourth JVM (one SparkContext per JVM: this one holds the
 * tests' local session), the workers start two executor JVMs, and HDFS (a name node and a data
 * node) runs in this JVM.
 *
 * <p>Part of the normal suite (and so of CI): on the shared development machine at load 5 it took
 * 3.5 minutes (local 72 s, cluster 134 s). {@code -Dthbstat.cluster=false} skips it. Waits:
 * {@code -Dthbstat.cluster.wait} (workers, s), {@code -Dthbstat.cluster.driverWait} (the run, s).
 */
class ClusterRunIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path tmp;

  @Test
  void standaloneClusterGivesTheSameTableAsLocalMode() throws Exception {
    Assumptions.assumeFalse("false".equals(System.getProperty("thbstat.cluster")), "skipped: -Dthbstat.cluster=false");
    long t0 = System.nanoTime();
    Path local = tmp.resolve("local");
    Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024", "--out", local.toString(),
        "--no-export");
    assertEquals(0, r.exitCode(), r.err());

    long t1 = System.nanoTime();
    Path cluster = tmp.resolve("cluster");
    try (MiniHdfs hdfs = MiniHdfs.start(tmp.resolve("dfs"));
        ClusterProcesses c = ClusterProcesses.start(tmp.resolve("cluster-home"), 2)) {
      hdfs.put(GOLDEN, "/thb/extract");
      ClusterProcesses.Exit exit = c.runDriver(List.of(
          "-Xmx768m",
          // the executors get the same classpath as the driver (no Spark distribution, no jar)
          "-Dspark.executor.extraClassPath=" + System.getProperty("java.class.path"),
          "-Dspark.executor.memory=512m"),
          List.of("run", "--input", hdfs.uri("/thb/extract"), "--clean", hdfs.uri("/thb/clean"), "--period", "2024",
              "--out", cluster.toString(), "--master", c.masterUrl(), "--shuffle-partitions", "4", "--no-export"));
      assertEquals(0, exit.code(), "cluster run failed:\n" + exit.output() + c.logTails());
      assertTrue(exit.output().contains("done: 1 period(s)"), exit.output());
      assertTrue(c.executorsLaunched() >= 1, "no executor was launched by the workers" + c.logTails());
      assertTrue(hdfs.exists("/thb/clean/victims.parquet"), "the executors wrote the clean tables to HDFS");
    }

    Path a = local.resolve("2024/indicators.csv");
    Path b = cluster.resolve("2024/indicators.csv");
    assertEquals(Files.readString(a), Files.readString(b));
    assertEquals(-1L, Files.mismatch(a, b), "indicators.csv differs between local mode and the cluster");
    System.out.printf("ClusterRunIT: local and cluster tables identical (local %.1f s, cluster %.1f s)%n",
        (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
  }
}
