package thbstat.jobs.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generated extracts for tests, made once per JVM, and a small reader for their CSV files. */
final class Generated {
  private Generated() {}

  static final int FROM = 2015;
  static final int TO = 2025;

  private static Path scaleOne;

  /** {@code --seed 1 --scale 1 --format csv}, 2015..2025: the sample data. */
  static synchronized Path scaleOne() {
    if (scaleOne == null) {
      scaleOne = generate(1, 1.0, OutputFormat.CSV);
    }
    return scaleOne;
  }

  static Path generate(long seed, double scale, OutputFormat format) {
    try {
      // Under target/, so 'mvn clean' removes it (tests run in the module folder).
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "generated")), "gen-");
      new ExtractGenerator(new GenerateOptions(dir, seed, scale, format, FROM, TO, false)).generate();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a generated CSV file as column → cell (the generator never writes quotes). */
  static List<Map<String, String>> rows(Path dir, String table) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(table + ".csv"), StandardCharsets.UTF_8);
      String[] header = lines.get(0).split(",", -1);
      List<Map<String, String>> rows = new ArrayList<>(lines.size() - 1);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        if (cells.length != header.length) {
          throw new AssertionError(table + ": " + cells.length + " cells in " + line);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String header(Path dir, String table) throws IOException {
    try (var lines = Files.lines(dir.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
      return lines.findFirst().orElseThrow();
    }
  }
}
