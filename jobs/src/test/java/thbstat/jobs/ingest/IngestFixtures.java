package thbstat.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test inputs: the fixtures under {@code src/test/resources/ingest/} and small helpers. */
final class IngestFixtures {
  private IngestFixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(IngestFixtures.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of the valid fixture in {@code dir}, to be changed by the test. */
  static Path copyValid(Path dir) {
    try {
      Path in = Files.createDirectories(dir.resolve("in"));
      try (Stream<Path> files = Files.list(resource("valid"))) {
        for (Path f : files.toList()) {
          Files.copy(f, in.resolve(f.getFileName()));
        }
      }
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The quarantine rows as {@code file,line,column,rule} (no value, no message). */
  static List<String> quarantineKeys(Path quarantine) {
    List<String> out = new ArrayList<>();
    for (String l : lines(quarantine).subList(1, lines(quarantine).size())) {
      List<String> f = CsvText.split(l, ',');
      out.add(f.get(0) + "," + f.get(1) + "," + f.get(2) + "," + f.get(4));
    }
    return out;
  }
}
