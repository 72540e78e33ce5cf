package thbstat.jobs.generate;

import java.nio.file.Path;

/** One written table: its name, how many rows, where. */
public record TableSummary(String table, long rows, Path path) {
  @Override
  public String toString() {
    return table + ": " + rows + " rows -> " + path;
  }
}
