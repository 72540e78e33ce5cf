package thbstat.cli;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import thbstat.jobs.spark.SparkSessions;

/**
 * The options of the commands that run Spark jobs ({@code run}, {@code validate}, {@code alerts}; a
 * picocli mixin): where the jobs run and how many parts a shuffle has. One declaration, so the
 * three commands take the same flags with the same defaults.
 */
public final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[*] (the default: every core of this machine), "
          + "spark://HOST:PORT, yarn or k8s://…")
  String master;

  @Option(names = "--shuffle-partitions", paramLabel = "N", defaultValue = "8",
      description = "Spark shuffle partitions (default: ${DEFAULT-VALUE}; on a cluster, about 2–3 per executor core).")
  int shufflePartitions;

  /** The master URLs Spark 4 accepts (Mesos is gone); anything else fails deep inside Spark. */
  private static final Pattern MASTER = Pattern.compile(
      "local|local\\[(\\*|[1-9][0-9]*)(,[0-9]+)?]|local-cluster\\[[0-9]+, *[0-9]+, *[0-9]+]|spark://.+|yarn|k8s://.+");

  /**
   * Adds what is wrong with these options to {@code problems}, before any session starts: also a
   * master off this machine without {@code --clean} ({@code clean} null), which would otherwise be
   * refused only once the cluster has been reached.
   */
  void check(List<String> problems, String clean) {
    if (shufflePartitions < 1) {
      problems.add("--shuffle-partitions must be at least 1");
    }
    if (master != null && !MASTER.matcher(master).matches()) {
      problems.add("--master '" + master + "' is not a Spark master URL: use local[*], local[N], spark://HOST:PORT,"
          + " yarn or k8s://https://HOST:PORT");
    } else if (master != null && clean == null && !SparkSessions.isOnThisMachine(master)) {
      problems.add("--master " + master + ": give --clean, a folder or URI (hdfs://…, s3a://…) that every executor can"
          + " write and read; the default clean folder is on this machine only");
    }
  }

  /** The session of this JVM when one runs (tests, a host program), else a new one on these options. */
  SparkSessions.Lease lease() {
    return SparkSessions.lease(master, shufflePartitions);
  }
}
