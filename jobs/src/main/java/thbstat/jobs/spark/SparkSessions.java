package thbstat.jobs.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Starts the SparkSession. Local mode by default (all cores of this machine, UI off, bound to
 * 127.0.0.1); any master URL passes through unchanged so the same job runs on a cluster.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** The default master: local mode on every core. */
  public static final String LOCAL = "local[*]";

  public static SparkSession start(String master, int shufflePartitions) {
    SparkSession.Builder b = SparkSession.builder()
        .appName("thbstat")
        .master(master == null ? LOCAL : master)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.parquet.compression.codec", "snappy");
    if (master == null || master.startsWith("local")) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    return b.getOrCreate();
  }
}
