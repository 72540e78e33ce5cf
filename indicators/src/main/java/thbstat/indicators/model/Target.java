package thbstat.indicators.model;

import java.util.Map;
import java.util.Objects;

/**
 * Action Plan baseline and yearly targets of an indicator ({@code _T} cell of the year).
 *
 * @param baselineYear year of the baseline
 * @param baseline its value
 * @param targets year → target value
 * @param direction {@code UP} when more is better, {@code DOWN} when less is better
 * @param tolerance relative shortfall (0.1 = 10%) still "at risk" rather than "off track"
 */
public record Target(int baselineYear, double baseline, Map<Integer, Double> targets, Direction direction,
    double tolerance) {
  public Target {
    targets = Map.copyOf(targets);
    Objects.requireNonNull(direction);
  }

  public enum Direction {
    UP,
    DOWN
  }
}
