package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void generatesThreeTablesAndPrintsOneLineEach(@TempDir Path dir) {
    int code = run("generate", "--out", dir.toString(), "--seed", "3", "--scale", "0.2",
        "--from-year", "2020", "--to-year", "2022");
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().strip().split("\n");
    assertEquals(3, lines.length, out.toString());
    assertTrue(lines[0].matches("victims: \\d+ rows -> .*victims\\.csv"), lines[0]);
    assertTrue(lines[1].startsWith("proceedings: "), lines[1]);
    assertTrue(lines[2].startsWith("trainings: "), lines[2]);
    assertTrue(Files.exists(dir.resolve("trainings.csv")));
  }

  @Test
  void writesParquet(@TempDir Path dir) {
    assertEquals(0, run("generate", "--out", dir.toString(), "--scale", "0.1", "--format", "parquet",
        "--from-year", "2024", "--to-year", "2025"), err.toString());
    assertTrue(Files.exists(dir.resolve("victims.parquet")));
  }

  @Test
  void refusesToOverwriteWithoutForce(@TempDir Path dir) {
    String[] args = {"generate", "--out", dir.toString(), "--scale", "0.1", "--from-year", "2025", "--to-year", "2025"};
    assertEquals(0, run(args));
    assertEquals(2, run(args));
    assertTrue(err.toString().contains("--force"), err.toString());
    String[] forced = {"generate", "--out", dir.toString(), "--scale", "0.1", "--from-year", "2025",
        "--to-year", "2025", "--force"};
    assertEquals(0, run(forced), err.toString());
  }

  @Test
  void anExtractInTheOtherFormatIsReplacedOnlyWithForce(@TempDir Path dir) throws Exception {
    String[] parquet = {"generate", "--out", dir.toString(), "--scale", "0.1", "--from-year", "2025", "--to-year",
        "2025", "--format", "parquet"};
    assertEquals(0, run(parquet), err.toString());
    String[] csv = {"generate", "--out", dir.toString(), "--scale", "0.1", "--from-year", "2025", "--to-year", "2025"};
    assertEquals(2, run(csv));
    assertTrue(err.toString().contains("victims.parquet: holds this table in another format; use --force to replace"
        + " it"), err.toString());
    assertFalse(Files.exists(dir.resolve("victims.csv")));
    String[] forced = java.util.Arrays.copyOf(csv, csv.length + 1);
    forced[csv.length] = "--force";
    assertEquals(0, run(forced), err.toString());
    try (var files = Files.list(dir)) {
      assertEquals(List.of("proceedings.csv", "trainings.csv", "victims.csv"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void badValuesAreUsageErrors(@TempDir Path dir) {
    assertEquals(2, run("generate", "--out", dir.toString(), "--scale", "0"));
    assertTrue(err.toString().contains("--scale"), err.toString());
    assertEquals(2, run("generate", "--out", dir.toString(), "--scale", "-1"));
    assertEquals(2, run("generate", "--out", dir.toString(), "--format", "xlsx"));
    assertTrue(err.toString().contains("csv or parquet"), err.toString());
    assertEquals(2, run("generate", "--out", dir.toString(), "--from-year", "2024", "--to-year", "2020"));
    assertEquals(2, run("generate", "--out", dir.toString(), "--scale", "lots"));
    assertEquals(2, run("generate"));
    assertTrue(err.toString().contains("--out"), err.toString());
  }

  @Test
  void helpShowsExamples() {
    assertEquals(0, run("generate", "--help"));
    assertTrue(out.toString().contains("Examples:"), out.toString());
    assertTrue(out.toString().contains("--seed"), out.toString());
  }
}
