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
        // The compute plan carries one record expression per indicator; constraint propagation over
        // it (inferring filters from every alias) costs minutes of planning and infers nothing useful.
        .config("spark.sql.constraintPropagation.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.compression.codec", "snappy");
    if (master == null || master.startsWith("local")) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    return b.getOrCreate();
  }

  /**
   * The session for one command: the one already running in this JVM (a test's shared session),
   * or a new one that {@link Lease#close()} stops.
   */
  public static Lease lease(String master, int shufflePartitions) {
    scala.Option<SparkSession> running = SparkSession.getDefaultSession();
    SparkSession existing = running.isDefined() ? running.get() : null;
    if (existing != null && !existing.sparkContext().isStopped()) {
      return new Lease(existing, false);
    }
    return new Lease(start(master, shufflePartitions), true);
  }

  /** A session and whether this command owns it. */
  public static final class Lease implements AutoCloseable {
    private final SparkSession session;
    private final boolean owned;

    private Lease(SparkSession session, boolean owned) {
      this.session = session;
      this.owned = owned;
    }

    public SparkSession session() {
      return session;
    }

    @Override
    public void close() {
      if (owned) {
        session.stop();
      }
    }
  }
}
