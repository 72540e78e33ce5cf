package thbstat.jobs.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * Starts the SparkSession. Local mode by default (all cores of this machine, UI off, bound to
 * 127.0.0.1); any master URL passes through unchanged so the same job runs on a cluster.
 *
 * <p>On a cluster the executors need thbstat's classes. Under {@code spark-submit} the application
 * jar is already in {@code spark.jars}. When the jar is started directly ({@code java -jar thbstat.jar
 * run --master spark://…}), this class ships the jar it was loaded from through {@code spark.jars},
 * unless {@code spark.jars} or {@code spark.executor.extraClassPath} is set (as a {@code -D} system
 * property or by {@code spark-submit}): then the executors are assumed to have the classes already.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** The default master: local mode on every core. */
  public static final String LOCAL = "local[*]";

  public static SparkSession start(String master, int shufflePartitions) {
    SparkSession.Builder b = SparkSession.builder()
        .appName("thbstat")
        .master(master == null ? LOCAL : master)
        .config("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"))
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
        .config("spark.sql.adaptive.enabled", "true")
        // The compute plan carries one record expression per indicator; constraint propagation over
        // it (inferring filters from every alias) costs minutes of planning and infers nothing useful.
        .config("spark.sql.constraintPropagation.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.compression.codec", "snappy")
        // Spark 4 isolates each session's artifacts by default: executors then look every class
        // name of generated code up over RPC, which makes each codegen compile take seconds.
        // thbstat runs one session per JVM and adds no artifacts, so isolation buys nothing.
        .config("spark.sql.artifact.isolation.enabled", "false");
    if (isOnThisMachine(master)) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    if (master != null && !master.startsWith("local")) {
      String jar = applicationJar();
      if (jar != null && isBlank(System.getProperty("spark.jars"))
          && isBlank(System.getProperty("spark.executor.extraClassPath"))) {
        b.config("spark.jars", jar);
      }
    }
    return b.getOrCreate();
  }

  /** Local mode, or a standalone master on this machine: the driver and the executors share one disk. */
  public static boolean isOnThisMachine(String master) {
    return master == null || master.startsWith("local") || isLoopback(master);
  }

  /** A standalone master on this machine only ({@code spark://127.0.0.1:7077}, {@code spark://localhost:…}). */
  static boolean isLoopback(String master) {
    return master.startsWith("spark://127.0.0.1:") || master.startsWith("spark://localhost:");
  }

  /** The jar this class was loaded from, or null when it comes from a classes folder (tests, IDE). */
  static String applicationJar() {
    CodeSource source = SparkSessions.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toAbsolutePath().toString() : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * A DataFrame over rows already in Spark's internal form, as plain Java code produces them
   * (the row rules, the quality counts): no conversion of each row, which costs more than the
   * rules themselves. Spark's own way in (package-private in Scala, public to Java): the one
   * place to change should a Spark release move it.
   */
  public static Dataset<Row> ofInternalRows(SparkSession spark, JavaRDD<InternalRow> rows, StructType schema) {
    return ((org.apache.spark.sql.classic.SparkSession) spark).internalCreateDataFrame(rows.rdd(), schema, false);
  }

  /**
   * Runs {@code work} with the SQL setting {@code key} at {@code value} (or at the JVM's system
   * property {@code key}, when set), then gives the session its own setting back.
   */
  public static <T> T withConf(SparkSession spark, String key, String value, java.util.function.Supplier<T> work) {
    String before = spark.conf().get(key, null);
    spark.conf().set(key, System.getProperty(key, value));
    try {
      return work.get();
    } finally {
      if (before == null) {
        spark.conf().unset(key);
      } else {
        spark.conf().set(key, before);
      }
    }
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
