package thbstat.jobs.alerts;

import java.util.Map;
import java.util.TreeMap;

/**
 * Records per value of a raw column per quarter, for a {@code new_category} rule.
 *
 * @param counts value → quarter (YYYY-Qn) → records
 */
public record CategoryCounts(Map<String, Map<String, Long>> counts) {
  public CategoryCounts {
    Map<String, Map<String, Long>> copy = new TreeMap<>();
    counts.forEach((v, m) -> copy.put(v, Map.copyOf(m)));
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  public long count(String value, String period) {
    return counts.getOrDefault(value, Map.of()).getOrDefault(period, 0L);
  }

  /** Records of any value in the quarter. */
  public long total(String period) {
    return counts.values().stream().mapToLong(m -> m.getOrDefault(period, 0L)).sum();
  }
}
