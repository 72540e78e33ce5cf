package thbstat.indicators.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Action Plan baseline and yearly targets of an indicator ({@code _T} cell of the year).
 *
 * <p>The status rule (documented in the header of {@code indicators.yaml}): the value expected in
 * a year is its declared target, or on the straight line between the neighbouring declared points
 * (the baseline is the first point; after the last target its value holds). A year is on track
 * when the actual value is at or beyond the expected one in the declared direction, at risk when
 * it falls short by at most {@code tolerance} × |expected|, and off track otherwise.
 *
 * @param baselineYear year of the baseline
 * @param baseline its value
 * @param targets year → target value
 * @param direction {@code UP} when more is better, {@code DOWN} when less is better
 * @param tolerance relative shortfall (0.1 = 10%) still "at risk" rather than "off track"
 * @param provisional whether baseline and targets are working values, not yet confirmed against the
 *     adopted Action Plan
 */
public record Target(int baselineYear, double baseline, Map<Integer, Double> targets, Direction direction,
    double tolerance, boolean provisional) {
  public Target {
    targets = Map.copyOf(targets);
    Objects.requireNonNull(direction);
  }

  /** Values confirmed against the adopted Action Plan. */
  public Target(int baselineYear, double baseline, Map<Integer, Double> targets, Direction direction,
      double tolerance) {
    this(baselineYear, baseline, targets, direction, tolerance, false);
  }

  public enum Direction {
    UP,
    DOWN
  }

  /** The assessment of one year's actual value against the path. */
  public enum Status {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
  }

  /** The value expected in {@code year}; empty before or in the baseline year (nothing to assess). */
  public Optional<Double> expected(int year) {
    if (year <= baselineYear) {
      return Optional.empty();
    }
    TreeMap<Integer, Double> path = new TreeMap<>(targets);
    path.put(baselineYear, baseline);
    Double exact = path.get(year);
    if (exact != null) {
      return Optional.of(exact);
    }
    Map.Entry<Integer, Double> before = path.floorEntry(year);
    Map.Entry<Integer, Double> after = path.ceilingEntry(year);
    if (after == null) {
      return Optional.of(before.getValue());
    }
    double share = (double) (year - before.getKey()) / (after.getKey() - before.getKey());
    return Optional.of(before.getValue() + share * (after.getValue() - before.getValue()));
  }

  /** The status of {@code actual} in {@code year} by the rule above; empty when there is no expected value. */
  public Optional<Status> status(int year, double actual) {
    return expected(year).map(exp -> {
      double shortfall = direction == Direction.UP ? exp - actual : actual - exp;
      if (shortfall <= 0) {
        return Status.ON_TRACK;
      }
      return shortfall <= tolerance * Math.abs(exp) ? Status.AT_RISK : Status.OFF_TRACK;
    });
  }
}
