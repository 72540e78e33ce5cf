package thbstat.indicators.model;

import java.util.Map;
import java.util.Objects;

/** A population reference series (year → persons), for rates per 100,000. */
public record Population(String id, Text label, String source, Map<Integer, Long> byYear) {
  public Population {
    Objects.requireNonNull(id);
    byYear = Map.copyOf(byYear);
  }
}
