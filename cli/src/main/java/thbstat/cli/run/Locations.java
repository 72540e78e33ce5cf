package thbstat.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import thbstat.indicators.problem.ThbstatException;
import thbstat.jobs.io.Location;
import thbstat.jobs.spark.SparkSessions;

/** The extract and the clean tables of the commands that ingest: local folders or Hadoop URIs. */
public final class Locations {
  public static final String INPUT_HELP = "Folder with victims, proceedings and trainings, as CSV or Parquet: a "
      + "local path, or a Hadoop URI such as hdfs://… or s3a://…";
  public static final String CLEAN_HELP = "Where the clean extract (Parquet) is written and read back: a folder or URI "
      + "that the driver and every Spark executor share. Default: under OUT; required when the executors run on "
      + "other machines.";

  private Locations() {}

  /**
   * What is wrong with a local input folder (none: a URI, or a folder), e.g. "no such folder"; a
   * URI is checked once Spark is up.
   */
  public static java.util.Optional<String> localFolderProblem(String input) {
    if (input.isBlank()) {
      return java.util.Optional.of("empty; give the folder that holds the extract's tables");
    }
    if (Location.isUri(input) || Files.isDirectory(Path.of(input))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Files.exists(Path.of(input)) ? "is a file; give the folder that holds the"
        + " extract's tables" : "no such folder");
  }

  /** What is wrong with a local output folder: a file where the folder should be. */
  public static java.util.Optional<String> outFolderProblem(Path out) {
    return Files.exists(out) && !Files.isDirectory(out) ? java.util.Optional.of("is a file; --out must be a folder")
        : java.util.Optional.empty();
  }

  public static Location input(String input, SparkSession spark) {
    return Location.of(input, spark.sparkContext().hadoopConfiguration());
  }

  /**
   * {@code clean}, or {@code localDefault} when null: refused when the session's executors run on
   * other machines, which would each write the clean tables to their own disks.
   */
  public static Location clean(String clean, Path localDefault, SparkSession spark) {
    return clean(clean, localDefault, spark.sparkContext().master(), spark.sparkContext().hadoopConfiguration());
  }

  static Location clean(String clean, Path localDefault, String master, Configuration conf) {
    if (clean != null) {
      return Location.of(clean, conf);
    }
    if (!SparkSessions.isOnThisMachine(master)) {
      throw ThbstatException.usage("master " + master + ": give --clean, a folder or URI (hdfs://…, s3a://…) that "
          + "every executor can write and read; " + localDefault + " is on this machine only");
    }
    return Location.local(localDefault, conf);
  }
}
