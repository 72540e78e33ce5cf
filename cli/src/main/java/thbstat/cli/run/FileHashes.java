package thbstat.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import thbstat.indicators.hash.Sha256;
import thbstat.jobs.io.Location;

/** SHA-256 of files, for the manifest's provenance. */
public final class FileHashes {
  private FileHashes() {}

  public static String sha256(Path file) {
    try {
      return Sha256.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Hashes of an input file, or of every data file of an input folder (a Parquet table in parts),
   * wherever Hadoop finds it (local, HDFS, S3), keyed by the path relative to {@code base}, sorted.
   */
  public static Map<String, String> of(Location base, Location fileOrFolder) {
    Map<String, String> out = new TreeMap<>();
    for (Location f : fileOrFolder.dataFiles()) {
      try (InputStream in = f.open()) {
        out.put(base.relativize(f), Sha256.of(in));
      } catch (IOException e) {
        throw new UncheckedIOException(f + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * Hashes of a file, or of every data file of a folder (a Parquet table in parts), keyed by the
   * path relative to {@code base}, sorted.
   */
  public static Map<String, String> of(Path base, Path fileOrFolder) {
    Map<String, String> out = new TreeMap<>();
    try {
      List<Path> files;
      if (Files.isDirectory(fileOrFolder)) {
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
          files = walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith(".")
                  && !p.getFileName().toString().startsWith("_"))
              .toList();
        }
      } else {
        files = List.of(fileOrFolder);
      }
      for (Path f : files) {
        out.put(base.relativize(f).toString().replace('\\', '/'), sha256(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
