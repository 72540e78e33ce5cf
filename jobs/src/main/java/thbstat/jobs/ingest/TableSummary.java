package thbstat.jobs.ingest;

import java.util.Objects;
import thbstat.jobs.io.Location;

/** Rows of one input table: every row read is either accepted or quarantined. */
public record TableSummary(String table, Location inputFile, String format, long read, long accepted, long quarantined) {
  public TableSummary {
    Objects.requireNonNull(table);
    Objects.requireNonNull(inputFile);
    Objects.requireNonNull(format);
    if (read != accepted + quarantined) {
      throw new IllegalStateException(
          table + ": read " + read + " != accepted " + accepted + " + quarantined " + quarantined);
    }
  }

  /** The invariant, spelled out for the summary. */
  public String balance() {
    return String.format(java.util.Locale.ROOT, "read %,d = accepted %,d + quarantined %,d", read, accepted, quarantined);
  }
}
