package thbstat.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import thbstat.indicators.problem.ThbstatException;

/**
 * An output folder written all or nothing: a run writes into a staging folder inside it and
 * moves each finished entry into place at the end, so nothing half-written is ever visible. A
 * lock file refuses a second run on the same folder while one is going on.
 */
public final class OutputFolder implements AutoCloseable {
  static final String LOCK = ".thbstat.lock";

  private final Path root;
  private final Path staging;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean committed;

  private OutputFolder(Path root, Path staging, FileChannel channel, FileLock lock) {
    this.root = root;
    this.staging = staging;
    this.channel = channel;
    this.lock = lock;
  }

  /** Locks {@code root} (creating it) and opens a fresh staging folder in it. */
  public static OutputFolder open(Path root) {
    try {
      Files.createDirectories(root);
      FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw ThbstatException.usage(root + ": another thbstat run is writing to this folder; wait for it to "
            + "finish or choose another --out (lock file " + LOCK + ")");
      }
      channel.truncate(0);
      channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));
      Path staging = Files.createTempDirectory(root, ".staging-");
      return new OutputFolder(root, staging, channel, lock);
    } catch (IOException e) {
      throw ThbstatException.usage("cannot write the output folder: " + thbstat.cli.IoMessages.of(e));
    }
  }

  public Path root() {
    return root;
  }

  /** Where the run writes; entries appear in {@link #root()} only on {@link #commit()}. */
  public Path staging() {
    return staging;
  }

  /** Moves every staged entry into place, replacing an older one of the same name. */
  public void commit() {
    try (Stream<Path> entries = Files.list(staging)) {
      for (Path entry : entries.sorted().toList()) {
        Path target = root.resolve(entry.getFileName().toString());
        Path old = null;
        if (Files.exists(target)) {
          old = root.resolve(".old-" + entry.getFileName() + "-" + System.nanoTime());
          Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
          deleteTree(old);
        }
      }
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("could not move the finished output into " + root, e);
    }
  }

  @Override
  public void close() {
    try {
      deleteTree(staging);
      lock.release();
      channel.close();
      Files.deleteIfExists(root.resolve(LOCK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean committed() {
    return committed;
  }

  /** Deletes a file or a folder with everything in it; nothing when it is not there. */
  public static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    }
  }
}
