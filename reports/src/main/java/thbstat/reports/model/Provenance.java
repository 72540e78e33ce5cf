package thbstat.reports.model;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * Where the numbers come from: the run's manifest hashes and when the report was made.
 *
 * @param generated when the report was rendered
 * @param engineVersion thbstat version of the run
 * @param catalogueSha256 SHA-256 of indicators.yaml as recorded by the run
 * @param inputs input file → SHA-256, as recorded by the run
 * @param dataFile the indicator table read, and its SHA-256
 * @param latestMonth the month (YYYY-MM) of the extract's latest record up to the day of the run,
 *     from the data-quality report, or null when it does not say: how recent the data are
 */
public record Provenance(LocalDateTime generated, String engineVersion, String catalogueSha256,
    Map<String, String> inputs, Map<String, String> dataFile, String latestMonth) {
  /** Without the month of the latest record (the report builder adds it from the data-quality report). */
  public Provenance(LocalDateTime generated, String engineVersion, String catalogueSha256,
      Map<String, String> inputs, Map<String, String> dataFile) {
    this(generated, engineVersion, catalogueSha256, inputs, dataFile, null);
  }

  /** This provenance with the month of the extract's latest record, unless it has one. */
  public Provenance withLatestMonth(String month) {
    return latestMonth != null || month == null ? this
        : new Provenance(generated, engineVersion, catalogueSha256, inputs, dataFile, month);
  }

  public Provenance {
    Objects.requireNonNull(generated);
    Objects.requireNonNull(engineVersion);
    Objects.requireNonNull(catalogueSha256);
    inputs = Map.copyOf(inputs);
    dataFile = Map.copyOf(dataFile);
  }
}
