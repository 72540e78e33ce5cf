package thbstat.jobs.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import thbstat.jobs.io.Location;

/**
 * What the ingest stage did: one summary per table, the warnings (extra columns, ignored
 * conditional values), where the clean tables and the quarantine file are.
 */
public record IngestResult(List<TableSummary> tables, List<String> warnings, Location cleanDir, Path quarantineFile) {
  public IngestResult {
    tables = List.copyOf(tables);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(cleanDir);
    Objects.requireNonNull(quarantineFile);
  }

  /** Total rows quarantined over all tables. */
  public long quarantined() {
    return tables.stream().mapToLong(TableSummary::quarantined).sum();
  }
}
