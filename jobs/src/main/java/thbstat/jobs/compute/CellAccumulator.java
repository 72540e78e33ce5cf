package thbstat.jobs.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/** What a cell gathers from the fine groups that fall in it. */
final class CellAccumulator {
  long units;
  long numeratorUnits;
  BigDecimal sum = BigDecimal.ZERO;
  /** value → units, for exact medians. */
  final TreeMap<BigDecimal, Long> histogram = new TreeMap<>();

  void add(FineGroup g) {
    units += g.units();
    if (g.numerator()) {
      numeratorUnits += g.units();
    }
    if (g.sum() != null) {
      sum = sum.add(g.sum());
    }
    if (g.medianValue() != null) {
      histogram.merge(g.medianValue(), g.units(), Long::sum);
    }
  }

  /** The exact median of the histogram; the mean of the two middle values for an even count. */
  BigDecimal median() {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    BigDecimal lower = valueAt((n - 1) / 2);
    BigDecimal upper = valueAt(n / 2);
    return lower.add(upper).divide(BigDecimal.valueOf(2), 4, RoundingMode.UNNECESSARY);
  }

  private BigDecimal valueAt(long rank) {
    long seen = 0;
    for (Map.Entry<BigDecimal, Long> e : histogram.entrySet()) {
      seen += e.getValue();
      if (rank < seen) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + seen);
  }

  /** Percent of units in the numerator, half away from zero to one decimal. */
  BigDecimal share() {
    return BigDecimal.valueOf(numeratorUnits).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(units), 1, RoundingMode.HALF_UP);
  }
}
