package thbstat.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** SHA-256 of files, for the manifest's provenance. */
public final class FileHashes {
  private FileHashes() {}

  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
