package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that run Spark jobs take the same Spark options and check them before a session starts. */
class SparkOptionsTest {
  @TempDir Path tmp;

  @Test
  void everySparkCommandListsBothOptions() {
    for (String command : new String[] {"run", "validate", "alerts"}) {
      Cli.Result r = Cli.runWithoutSpark(command, "--help");
      assertEquals(0, r.exitCode(), command);
      assertTrue(r.out().contains("--master=URL"), command + ": " + r.out());
      assertTrue(r.out().contains("--shuffle-partitions=N") && r.out().contains("(default: 8;"), command + ": " + r.out());
    }
  }

  @Test
  void fewerThanOneShufflePartitionIsAUsageError() {
    String in = tmp.toString();
    String out = tmp.resolve("out").toString();
    String[][] commands = {
        {"run", "--input", in, "--period", "2024", "--out", out, "--shuffle-partitions", "0"},
        {"validate", "--input", in, "--out", out, "--shuffle-partitions", "0"},
        {"alerts", "--input", in, "--period", "2024-Q1", "--out", out, "--shuffle-partitions", "0"},
    };
    for (String[] args : commands) {
      Cli.Result r = Cli.runWithoutSpark(args);
      assertEquals(2, r.exitCode(), args[0] + ": " + r.out() + r.err());
      assertTrue(r.err().contains("--shuffle-partitions must be at least 1"), args[0] + ": " + r.err());
    }
  }

  @Test
  void aMasterSparkCannotParseIsAUsageError() {
    Cli.Result r = Cli.runWithoutSpark("run", "--input", tmp.toString(), "--period", "2024", "--out",
        tmp.resolve("out").toString(), "--master", "bogus://x");
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("--master 'bogus://x' is not a Spark master URL"), r.err());
    for (String good : new String[] {"local", "local[*]", "local[2]", "local[4,3]", "local-cluster[2,1,1024]",
        "spark://127.0.0.1:7077", "yarn", "k8s://https://k8s.example:6443"}) {
      java.util.List<String> problems = new java.util.ArrayList<>();
      SparkOptions o = new SparkOptions();
      o.master = good;
      o.shufflePartitions = 8;
      o.check(problems, "hdfs://nn:8020/thb/clean");
      assertEquals(java.util.List.of(), problems, good);
    }
  }

  @Test
  void aMasterOffThisMachineWithoutCleanIsRefusedBeforeSparkStarts() {
    // 10.255.255.1 answers nothing: a check after Spark started would wait on it
    Cli.Result r = Cli.runWithoutSpark("validate", "--input", tmp.toString(), "--out", tmp.resolve("out").toString(),
        "--master", "spark://10.255.255.1:7077");
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("--master spark://10.255.255.1:7077: give --clean, a folder or URI (hdfs://…, s3a://…)"
        + " that every executor can write and read; the default clean folder is on this machine only"), r.err());
    java.util.List<String> problems = new java.util.ArrayList<>();
    SparkOptions local = new SparkOptions();
    local.master = "local[2]";
    local.shufflePartitions = 8;
    local.check(problems, null);
    assertEquals(java.util.List.of(), problems);
  }
}
