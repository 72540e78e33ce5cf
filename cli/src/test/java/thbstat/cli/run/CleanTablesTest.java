package thbstat.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.problem.ThbstatException;
import thbstat.jobs.io.Location;

class CleanTablesTest {
  @TempDir Path tmp;

  @Test
  void oneRunAtATimeHoldsTheCleanTables() throws Exception {
    Location folder = Location.local(tmp.resolve("clean"), new Configuration());
    Path lock = tmp.resolve("clean").resolve(CleanTables.LOCK);
    try (CleanTables held = CleanTables.hold(folder)) {
      assertEquals(folder, held.folder());
      assertTrue(Files.readString(lock).contains("pid " + ProcessHandle.current().pid()), Files.readString(lock));

      ThbstatException e = assertThrows(ThbstatException.class, () -> CleanTables.hold(folder));
      assertEquals(ThbstatException.Kind.USAGE, e.kind());
      assertTrue(e.getMessage().contains("another thbstat run is using these clean tables (host "), e.getMessage());
      assertTrue(e.getMessage().contains("delete " + lock), e.getMessage());
    }
    assertFalse(Files.exists(lock), "released");
    assertFalse(Files.exists(tmp.resolve("clean")), "a folder the lock made, left empty, is removed");
    try (CleanTables again = CleanTables.hold(folder)) {
      assertTrue(Files.exists(lock));
      Files.createDirectories(tmp.resolve("clean/victims.parquet"));
    }
    assertTrue(Files.isDirectory(tmp.resolve("clean/victims.parquet")), "written tables stay");
    assertFalse(Files.exists(lock));
  }

  @Test
  void aLockLeftByAStoppedRunIsNamedSoItCanBeDeleted() throws Exception {
    Files.createDirectories(tmp.resolve("clean"));
    Files.writeString(tmp.resolve("clean").resolve(CleanTables.LOCK), "host analyst-pc, pid 4242, since 2026-11-20T08:00:00Z\n");
    ThbstatException e = assertThrows(ThbstatException.class,
        () -> CleanTables.hold(Location.local(tmp.resolve("clean"), new Configuration())));
    assertTrue(e.getMessage().contains("(host analyst-pc, pid 4242, since 2026-11-20T08:00:00Z)"), e.getMessage());
  }
}
