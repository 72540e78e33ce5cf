package thbstat.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A file or folder named by a local path or by a Hadoop URI ({@code hdfs://…}, {@code s3a://…},
 * {@code file:/…}). The driver reads it through Hadoop's file systems, the same ones Spark's
 * executors use, so an extract on HDFS or S3 is checked and hashed where it lies; a local path
 * keeps its spelling in every message.
 */
public final class Location {
  /** Hadoop's builder option for a create that fails if the file exists, checked by the store (S3A). */
  private static final String CONDITIONAL_CREATE = "fs.option.create.conditional.overwrite";

  /** A scheme of two or more letters: {@code C:\extract} is a Windows path, not a URI. */
  private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  private final Path path;
  private final String shown;
  private final Configuration conf;

  private Location(Path path, String shown, Configuration conf) {
    this.path = path;
    this.shown = shown;
    this.conf = conf;
  }

  /** {@code text}: a local path, or a URI with a scheme; {@code conf}: the Hadoop settings (Spark's, on a session). */
  public static Location of(String text, Configuration conf) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty location");
    }
    if (!URI_SCHEME.matcher(text).matches()) {
      return local(java.nio.file.Path.of(text), conf);
    }
    Path p = new Path(URI.create(text));
    if ("file".equals(p.toUri().getScheme())) {
      return local(java.nio.file.Path.of(p.toUri().getPath()), conf);
    }
    return new Location(p, text, conf);
  }

  public static Location local(java.nio.file.Path file, Configuration conf) {
    return new Location(new Path("file", null, file.toAbsolutePath().normalize().toString()), file.toString(), conf);
  }

  /** Whether {@code text} names a location by URI rather than by local path. */
  public static boolean isUri(String text) {
    return text != null && URI_SCHEME.matcher(text).matches() && !text.startsWith("file:");
  }

  /** The child {@code name} of this folder. */
  public Location resolve(String name) {
    Optional<java.nio.file.Path> local = localPath();
    if (local.isPresent()) {
      return new Location(new Path(path, name), shownLocal().resolve(name).toString(), conf);
    }
    return new Location(new Path(path, name), shown.endsWith("/") ? shown + name : shown + "/" + name, conf);
  }

  private java.nio.file.Path shownLocal() {
    return java.nio.file.Path.of(shown);
  }

  /** The folder this file or folder is in. */
  public Location parent() {
    Path up = path.getParent();
    if (up == null) {
      throw new IllegalArgumentException(shown + " has no parent");
    }
    if (isLocal()) {
      java.nio.file.Path shownUp = shownLocal().getParent() != null
          ? shownLocal().getParent() : shownLocal().toAbsolutePath().getParent();
      return new Location(up, shownUp.toString(), conf);
    }
    String trimmed = shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    return new Location(up, trimmed.substring(0, trimmed.lastIndexOf('/')), conf);
  }

  /** The last element of the path, e.g. {@code victims.csv}. */
  public String name() {
    return path.getName();
  }

  public boolean isLocal() {
    return "file".equals(path.toUri().getScheme());
  }

  /** The local path, when the location is on this machine's file system. */
  public Optional<java.nio.file.Path> localPath() {
    return isLocal() ? Optional.of(shownLocal()) : Optional.empty();
  }

  /** The path as Spark's readers and writers take it: a local path as given, otherwise the URI. */
  public String forSpark() {
    return isLocal() ? shown : path.toString();
  }

  public boolean isDirectory() {
    return status().map(FileStatus::isDirectory).orElse(false);
  }

  public boolean isFile() {
    return status().map(FileStatus::isFile).orElse(false);
  }

  public boolean exists() {
    return status().isPresent();
  }

  /**
   * A local path that is neither a regular file nor a folder: a named pipe or a device, which a
   * read may wait on for ever (Hadoop's file status calls it a file).
   */
  public boolean isSpecialFile() {
    return localPath().map(p -> java.nio.file.Files.exists(p) && !java.nio.file.Files.isRegularFile(p)
        && !java.nio.file.Files.isDirectory(p)).orElse(false);
  }

  private Optional<FileStatus> status() {
    try {
      return Optional.of(fileSystem().getFileStatus(path));
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(shown + ": " + e.getMessage(), e);
    }
  }

  public InputStream open() throws IOException {
    return fileSystem().open(path);
  }

  /**
   * Creates this file holding {@code text}, unless it already exists: then false. The test and
   * the creation are one step of the file system (HDFS, local disks), so of two callers one wins.
   * On S3 (hadoop-aws 3.4.2 and later) the file is written by a conditional PUT (If-None-Match),
   * which the store checks when the file is closed; on a store that ignores the condition, two
   * callers in the same instant may both win (a later one still finds the file).
   */
  public boolean createNew(String text) {
    try {
      FileSystem fs = fileSystem();
      // With the conditional option S3A no longer looks for the file first, and a store that
      // ignores the condition would let a later caller replace it: look first, then create.
      if (fs.exists(path)) {
        return false;
      }
      // An optional builder option: file systems that do not know it ignore it.
      org.apache.hadoop.fs.FSDataOutputStreamBuilder<?, ?> create = fs.createFile(path).overwrite(false).recursive();
      create.opt(CONDITIONAL_CREATE, true);
      try (org.apache.hadoop.fs.FSDataOutputStream out = create.build()) {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (exists()) {
        return false;
      }
      throw new UncheckedIOException(shown + ": " + e.getMessage(), e);
    }
  }

  /** The text of this file (UTF-8). */
  public String readText() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(shown + ": " + e.getMessage(), e);
    }
  }

  /** Deletes this folder if it is there and empty; true when it is gone. */
  public boolean deleteIfEmptyFolder() {
    try {
      FileSystem fs = fileSystem();
      if (!fs.exists(path)) {
        return true;
      }
      return fs.getFileStatus(path).isDirectory() && fs.listStatus(path).length == 0 && fs.delete(path, false);
    } catch (IOException e) {
      throw new UncheckedIOException(shown + ": " + e.getMessage(), e);
    }
  }

  /** Deletes this file, if it is there. */
  public void delete() {
    try {
      fileSystem().delete(path, false);
    } catch (IOException e) {
      throw new UncheckedIOException(shown + ": " + e.getMessage(), e);
    }
  }

  /**
   * This file, or the data files of this folder (a Parquet table in parts) at any depth, in path
   * order; names starting with {@code _} or {@code .} (markers, checksums) are left out.
   */
  public List<Location> dataFiles() {
    try {
      FileSystem fs = fileSystem();
      if (!fs.getFileStatus(path).isDirectory()) {
        return List.of(this);
      }
      List<Location> out = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) {
        String relative = relative(it.next().getPath());
        if (java.util.Arrays.stream(relative.split("/")).noneMatch(Location::hidden)) {
          Location file = this;
          for (String part : relative.split("/")) {
            file = file.resolve(part);
          }
          out.add(file);
        }
      }
      out.sort(Comparator.comparing(l -> l.path.toString()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(shown + ": " + e.getMessage(), e);
    }
  }

  /** The names of the entries of this folder (none when it is not a folder or cannot be listed). */
  public List<String> childNames() {
    try {
      List<String> out = new ArrayList<>();
      for (FileStatus f : fileSystem().listStatus(path)) {
        out.add(f.getPath().getName());
      }
      out.sort(null);
      return out;
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Whether the file starts and ends with Parquet's marker {@code PAR1}: an empty file, one cut
   * short or one of another format does not, and Spark would fail on it only when a task reads it.
   */
  public boolean looksLikeParquet() {
    byte[] magic = {'P', 'A', 'R', '1'};
    try {
      FileSystem fs = fileSystem();
      long length = fs.getFileStatus(path).getLen();
      if (length < 12) {
        return false;
      }
      byte[] head = new byte[4];
      byte[] tail = new byte[4];
      try (org.apache.hadoop.fs.FSDataInputStream in = fs.open(path)) {
        in.readFully(0, head);
        in.readFully(length - 4, tail);
      }
      return java.util.Arrays.equals(head, magic) && java.util.Arrays.equals(tail, magic);
    } catch (IOException e) {
      return false;
    }
  }

  /** The schema in the footer of this Parquet file (one small read at its end). */
  public org.apache.parquet.schema.MessageType parquetSchema() throws IOException {
    try (org.apache.parquet.hadoop.ParquetFileReader reader = org.apache.parquet.hadoop.ParquetFileReader.open(
        org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(path, conf))) {
      return reader.getFileMetaData().getSchema();
    }
  }

  /** The path of {@code file} below this folder, with {@code /} separators. */
  public String relativize(Location file) {
    return relative(file.path);
  }

  private String relative(Path child) {
    String root = path.toUri().getPath();
    String below = child.toUri().getPath();
    if (!below.startsWith(root)) {
      throw new IllegalArgumentException(child + " is not inside " + this);
    }
    return below.substring(root.length()).replaceFirst("^/", "");
  }

  private static boolean hidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  private FileSystem fileSystem() throws IOException {
    return path.getFileSystem(conf);
  }

  /** As the user wrote it: a local path, or the URI. */
  @Override
  public String toString() {
    return shown;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && l.path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }
}
