package thbstat.reports.model;

import java.math.BigDecimal;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;

/**
 * How many decimals a figure is shown with, the same in every report and edition: by what the
 * indicator computes, not by whether one period's value happens to be whole (a median of 659 beside
 * one of 70.5 would otherwise read "659" in one report and "659.0" in another).
 */
final class Decimals {
  private Decimals() {}

  /**
   * Ratios and rates as the catalogue declares them; shares (rounded to one decimal) and medians (a
   * half is possible) one; counts none; sums (dinars, hours) none, or two when {@code anyFraction}.
   */
  static int of(Indicator indicator, boolean anyFraction) {
    Measure m = indicator.measure();
    if (m instanceof Measure.Ratio r) {
      return r.decimals();
    }
    if (m instanceof Measure.Rate r) {
      return r.decimals();
    }
    if (m instanceof Measure.Share || m instanceof Measure.Median) {
      return 1;
    }
    return m instanceof Measure.Sum && anyFraction ? 2 : 0;
  }

  /** Whether a value has digits after the decimal mark that are not 0. */
  static boolean fraction(BigDecimal value) {
    return value != null && value.stripTrailingZeros().scale() > 0;
  }
}
