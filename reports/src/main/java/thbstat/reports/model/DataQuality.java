package thbstat.reports.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the ingest of the run recorded about the extract ({@code OUT/ingest/data-quality.json}),
 * as the data-quality annex shows it.
 *
 * @param tables rows read, accepted and quarantined per input table, in the file's order
 * @param unknownShares table → column → share (0–1) of accepted rows with an unknown value
 * @param warnings the ingest's warnings, as written
 */
public record DataQuality(List<TableRows> tables, Map<String, Map<String, Double>> unknownShares,
    List<String> warnings) {
  public DataQuality {
    tables = List.copyOf(tables);
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    unknownShares.forEach((t, cols) -> copy.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(cols))));
    unknownShares = Collections.unmodifiableMap(copy);
    warnings = List.copyOf(warnings);
  }

  /** The row balance of one input table. */
  public record TableRows(String table, long read, long accepted, long quarantined) {
    public TableRows {
      Objects.requireNonNull(table);
    }
  }
}
