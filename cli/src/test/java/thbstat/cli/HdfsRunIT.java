package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thbstat run} with the extract and the clean tables on HDFS (a name node and a data node in
 * this JVM) writes the same files as from a local folder, and names HDFS files in its messages.
 */
class HdfsRunIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir static Path home;
  private static MiniHdfs hdfs;

  @TempDir Path tmp;

  @BeforeAll
  static void startHdfs() throws Exception {
    hdfs = MiniHdfs.start(home.resolve("dfs"));
    hdfs.put(GOLDEN, "/thb/extract");
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.close();
    }
  }

  @Test
  void anExtractOnHdfsGivesTheSameFilesAsALocalOne() throws Exception {
    Path local = tmp.resolve("local");
    Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024,2024-Q2", "--out", local.toString(),
        "--no-export");
    assertEquals(0, r.exitCode(), r.err());

    Path remote = tmp.resolve("remote");
    r = Cli.run("run", "--input", hdfs.uri("/thb/extract"), "--clean", hdfs.uri("/thb/clean"),
        "--period", "2024,2024-Q2", "--out", remote.toString(), "--no-export");
    assertEquals(0, r.exitCode(), r.out() + r.err());

    for (String file : List.of("2024/indicators.csv", "2024/indicators-public.csv", "2024-Q2/indicators.csv",
        "2024-Q2/indicators-public.csv", "2024-Q2/alerts.csv", "ingest/quarantine.csv", "ingest/data-quality.txt")) {
      assertEquals(-1L, Files.mismatch(local.resolve(file), remote.resolve(file)), file + " differs");
    }
    // the inputs are hashed where they lie: the same bytes, the same hashes
    ObjectMapper json = new ObjectMapper();
    assertEquals(json.readTree(local.resolve("2024/manifest.json").toFile()).get("inputs"),
        json.readTree(remote.resolve("2024/manifest.json").toFile()).get("inputs"));
    // the clean tables went to HDFS, not to the output folder
    for (String table : List.of("victims", "proceedings", "trainings")) {
      assertTrue(hdfs.exists("/thb/clean/" + table + ".parquet"), table);
    }
    assertFalse(Files.exists(remote.resolve("ingest/clean")));
    assertFalse(hdfs.exists("/thb/clean/.thbstat.lock"), "the clean tables are released after the run");
    assertTrue(Files.isDirectory(remote.resolve("2024/indicators.parquet")));
  }

  @Test
  void problemsNameTheHdfsFile() throws Exception {
    String dir = "/thb/broken";
    hdfs.put(GOLDEN, dir);
    try (FSDataOutputStream out = hdfs.fileSystem().create(new org.apache.hadoop.fs.Path(dir + "/trainings.csv"))) {
      out.write("training_id;year;;year\nT1;2024;;2024\n".getBytes(StandardCharsets.UTF_8));
    }
    Cli.Result r = Cli.run("run", "--input", hdfs.uri(dir), "--clean", hdfs.uri("/thb/broken-clean"),
        "--period", "2024", "--out", tmp.resolve("out").toString(), "--no-export");
    assertEquals(2, r.exitCode(), r.out() + r.err());
    String file = hdfs.uri(dir + "/trainings.csv");
    assertTrue(r.err().contains(file + ":1:3: empty column name in the header"), r.err());
    assertTrue(r.err().contains(file + ":1:4: column 'year' appears twice"), r.err());
  }

  @Test
  void twoRunsDoNotShareCleanTablesOnHdfs() throws Exception {
    try (FSDataOutputStream lock = hdfs.fileSystem().create(new org.apache.hadoop.fs.Path("/thb/busy/.thbstat.lock"))) {
      lock.write("host other-node, pid 7, since 2026-11-23T08:00:00Z\n".getBytes(StandardCharsets.UTF_8));
    }
    Cli.Result r = Cli.run("run", "--input", hdfs.uri("/thb/extract"), "--clean", hdfs.uri("/thb/busy"),
        "--period", "2024", "--out", tmp.resolve("out").toString(), "--no-export");
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains(hdfs.uri("/thb/busy") + ": another thbstat run is using these clean tables "
        + "(host other-node, pid 7, since 2026-11-23T08:00:00Z)"), r.err());
    assertTrue(r.err().contains("delete " + hdfs.uri("/thb/busy") + "/.thbstat.lock"), r.err());
    assertFalse(hdfs.exists("/thb/busy/victims.parquet"), "nothing written");
  }

  @Test
  void aMissingHdfsFolderIsAUsageError() {
    Cli.Result r = Cli.run("run", "--input", hdfs.uri("/thb/nowhere"), "--period", "2024",
        "--out", tmp.resolve("out").toString(), "--no-export");
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains(hdfs.uri("/thb/nowhere") + ": input folder not found"), r.err());
  }
}
