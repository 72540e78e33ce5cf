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
 */
public record Provenance(LocalDateTime generated, String engineVersion, String catalogueSha256,
    Map<String, String> inputs, Map<String, String> dataFile) {
  public Provenance {
    Objects.requireNonNull(generated);
    Objects.requireNonNull(engineVersion);
    Objects.requireNonNull(catalogueSha256);
    inputs = Map.copyOf(inputs);
    dataFile = Map.copyOf(dataFile);
  }
}
