package thbstat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import thbstat.jobs.spark.SparkSessions;

/**
 * Drives the CLI in-process, as a user would type it. The first call starts the one local
 * SparkSession of the test JVM; commands reuse it instead of starting their own.
 */
final class Cli {
  private static boolean sparkStarted;

  record Result(int exitCode, String out, String err) {}

  private Cli() {}

  static synchronized void startSpark() {
    if (!sparkStarted) {
      SparkSessions.start("local[2]", 2);
      sparkStarted = true;
    }
  }

  static Result run(String... args) {
    startSpark();
    return runWithoutSpark(args);
  }

  /** A command whose outcome comes before any SparkSession (help, option checks). */
  static Result runWithoutSpark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
