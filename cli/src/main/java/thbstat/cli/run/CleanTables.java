package thbstat.cli.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import thbstat.indicators.problem.ThbstatException;
import thbstat.jobs.io.Location;

/**
 * The clean tables' folder, held by one run at a time: a lock file in it refuses a second run
 * (of any command, on any machine that shares the folder) while one writes and reads it. A run
 * stopped without closing leaves the file behind; the message says what to delete.
 */
public final class CleanTables implements AutoCloseable {
  static final String LOCK = ".thbstat.lock";

  private final Location folder;
  private final Location lock;
  /** The folders the lock file's creation made, deepest first: removed again if the run leaves them empty. */
  private final List<Location> made;

  private CleanTables(Location folder, Location lock, List<Location> made) {
    this.folder = folder;
    this.lock = lock;
    this.made = made;
  }

  /** Takes the folder, or refuses with a usage error naming the run that holds it. */
  public static CleanTables hold(Location folder) {
    Location lock = folder.resolve(LOCK);
    List<Location> made = new ArrayList<>();
    for (Location f = folder; !f.exists(); f = f.parent()) {
      made.add(f);
    }
    String holder = "host " + host() + ", pid " + ProcessHandle.current().pid() + ", since " + Instant.now();
    if (!lock.createNew(holder + "\n")) {
      String other;
      try {
        other = lock.readText().strip();
      } catch (RuntimeException e) {
        other = "unknown";
      }
      throw ThbstatException.usage(folder + ": another thbstat run is using these clean tables (" + other
          + "); wait for it to finish or give another --clean. If no run is going on, one was stopped "
          + "before it could finish: delete " + lock + " and run again.");
    }
    return new CleanTables(folder, lock, made);
  }

  /** Where the clean tables are. */
  public Location folder() {
    return folder;
  }

  /** Releases the folder; a run stopped before writing (a direct identifier, say) leaves no folder behind. */
  @Override
  public void close() {
    lock.delete();
    for (Location f : made) {
      if (!f.deleteIfEmptyFolder()) {
        break;
      }
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
