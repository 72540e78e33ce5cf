package thbstat.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
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

  /** {@link #of(Location, Location)} of local paths. */
  public static Map<String, String> of(Path base, Path fileOrFolder) {
    Configuration local = new Configuration();
    return of(Location.local(base, local), Location.local(fileOrFolder, local));
  }
}
