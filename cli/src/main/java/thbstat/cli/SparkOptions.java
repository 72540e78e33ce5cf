package thbstat.cli;

import java.util.List;
import picocli.CommandLine.Option;
import thbstat.jobs.spark.SparkSessions;

/**
 * The options of the commands that run Spark jobs ({@code run}, {@code validate}, {@code alerts}; a
 * picocli mixin): where the jobs run and how many parts a shuffle has. One declaration, so the
 * three commands take the same flags with the same defaults.
 */
public final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: local[*], every core of this machine); e.g. spark://host:7077, yarn, k8s://…")
  String master;

  @Option(names = "--shuffle-partitions", paramLabel = "N", defaultValue = "8",
      description = "Spark shuffle partitions (default: ${DEFAULT-VALUE}; on a cluster, about 2–3 per executor core).")
  int shufflePartitions;

  /** Adds what is wrong with these options to {@code problems}, before any session starts. */
  void check(List<String> problems) {
    if (shufflePartitions < 1) {
      problems.add("--shuffle-partitions must be at least 1");
    }
  }

  /** The session of this JVM when one runs (tests, a host program), else a new one on these options. */
  SparkSessions.Lease lease() {
    return SparkSessions.lease(master, shufflePartitions);
  }
}
