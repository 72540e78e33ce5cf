package thbstat.jobs.spark;

import org.apache.spark.sql.SparkSession;

/** The one local SparkSession of a test JVM, started on first use and shared by every test. */
public final class TestSpark {
  private TestSpark() {}

  private static SparkSession session;

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.start("local[2]", 2);
    }
    return session;
  }
}
