package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.problem.ThbstatException;

class ExtractGeneratorTest {
  private static final List<String> TABLES = List.of("victims", "proceedings", "trainings");

  @Test
  void sameSeedGivesTheSameBytes() throws Exception {
    Path a = Generated.scaleOne();
    Path b = Generated.generate(1, 1.0, OutputFormat.CSV);
    for (String t : TABLES) {
      assertArrayEquals(Files.readAllBytes(a.resolve(t + ".csv")), Files.readAllBytes(b.resolve(t + ".csv")), t);
    }
  }

  @Test
  void sameSeedGivesTheSameParquetBytes() throws Exception {
    // parquet-hadoop writes no timestamps, so equal content is also equal bytes.
    Path a = Generated.generate(5, 0.2, OutputFormat.PARQUET);
    Path b = Generated.generate(5, 0.2, OutputFormat.PARQUET);
    for (String t : TABLES) {
      assertArrayEquals(Files.readAllBytes(a.resolve(t + ".parquet")), Files.readAllBytes(b.resolve(t + ".parquet")), t);
    }
  }

  @Test
  void anotherSeedGivesOtherData() throws Exception {
    Path a = Generated.scaleOne();
    Path b = Generated.generate(2, 1.0, OutputFormat.CSV);
    for (String t : TABLES) {
      assertFalse(Arrays.equals(Files.readAllBytes(a.resolve(t + ".csv")), Files.readAllBytes(b.resolve(t + ".csv"))), t);
    }
  }

  @Test
  void headerIsTheContractsColumnOrder() throws Exception {
    for (ExtractTable t : Extract.TABLES) {
      assertEquals(String.join(",", t.columnNames()), Generated.header(Generated.scaleOne(), t.name()));
    }
  }

  @Test
  void csvIsLfTerminatedUtf8WithoutQuotesOrCarriageReturns() throws Exception {
    for (String t : TABLES) {
      String text = Files.readString(Generated.scaleOne().resolve(t + ".csv"));
      assertFalse(text.contains("\r"), t);
      assertFalse(text.contains("\""), t);
      assertTrue(text.endsWith("\n"), t);
    }
  }

  @Test
  void fractionalScaleShrinksAndIdsWidenAtLargeScale() {
    Path half = Generated.generate(1, 0.5, OutputFormat.CSV);
    int full = Generated.rows(Generated.scaleOne(), "victims").size();
    int halfRows = Generated.rows(half, "victims").size();
    assertTrue(Math.abs(halfRows - full / 2.0) < 12, halfRows + " vs " + full);

    YearPlan big = new YearPlan(new GenerateOptions(Path.of("x"), 1, 70_000, OutputFormat.CSV, 2015, 2025, false));
    Ids ids = Ids.forPlan(big);
    assertEquals("V-2019-00000123", ids.victim(2019, 123)); // ~11.5M reports a year
    assertTrue(ids.person(1).length() > "P-000001".length());
    Ids small = Ids.forPlan(new YearPlan(new GenerateOptions(Path.of("x"), 1, 1, OutputFormat.CSV, 2015, 2025, false)));
    assertEquals("V-2019-000123", small.victim(2019, 123));
    assertEquals("C-2019-00017", small.caseId(2019, 17));
    assertEquals("P-000042", small.person(42));
    assertEquals("T-2019-0003", small.training(2019, 3));
  }

  @Test
  void pseudonymsDoNotLookLikePersonalData() {
    Pattern passport = Pattern.compile("\\b[A-Z]{1,2}\\d{6,9}\\b");
    Pattern longNumber = Pattern.compile("\\d{13}");
    for (String t : TABLES) {
      for (var row : Generated.rows(Generated.scaleOne(), t)) {
        for (String cell : row.values()) {
          assertFalse(passport.matcher(cell).find() || longNumber.matcher(cell).find() || cell.contains("@"),
              t + ": " + cell);
          assertFalse(cell.matches(".*[A-Z][a-z]+ [A-Z][a-z]+.*"), t + ": " + cell);
        }
      }
    }
  }

  @Test
  void refusesToOverwriteUnlessForced(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("victims.csv"), "x\n");
    GenerateOptions options = new GenerateOptions(dir, 1, 0.1, OutputFormat.CSV, 2020, 2021, false);
    ThbstatException e = assertThrows(ThbstatException.class, () -> new ExtractGenerator(options).generate());
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertEquals("x\n", Files.readString(dir.resolve("victims.csv")));

    List<TableSummary> written =
        new ExtractGenerator(new GenerateOptions(dir, 1, 0.1, OutputFormat.CSV, 2020, 2021, true)).generate();
    assertEquals(3, written.size());
    assertTrue(written.get(0).rows() > 0);
    try (var files = Files.list(dir)) {
      assertEquals(List.of("proceedings.csv", "trainings.csv", "victims.csv"),
          files.map(f -> f.getFileName().toString()).sorted().toList(), "no .part files left");
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    Path out = Path.of("x");
    assertEquals(2, assertThrows(ThbstatException.class,
        () -> new GenerateOptions(out, 1, 0, OutputFormat.CSV, 2015, 2025, false)).exitCode());
    assertEquals(2, assertThrows(ThbstatException.class,
        () -> new GenerateOptions(out, 1, Double.NaN, OutputFormat.CSV, 2015, 2025, false)).exitCode());
    assertEquals(2, assertThrows(ThbstatException.class,
        () -> new GenerateOptions(out, 1, 1, OutputFormat.CSV, 2025, 2015, false)).exitCode());
    assertEquals(2, assertThrows(ThbstatException.class, () -> OutputFormat.parse("xlsx")).exitCode());
    assertEquals(OutputFormat.PARQUET, OutputFormat.parse(" Parquet "));
  }
}
