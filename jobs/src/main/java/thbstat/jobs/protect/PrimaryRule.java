package thbstat.jobs.protect;

import thbstat.indicators.table.IndicatorCell;

/**
 * Primary suppression: a count with 0 < value < threshold; a sum, median, share, ratio or rate
 * over fewer persons than the threshold (a median or share with no value at all is never
 * published as free). Zeros are published: a known zero reveals no person.
 */
final class PrimaryRule {
  private PrimaryRule() {}

  static boolean isPrimary(IndicatorRule rule, IndicatorCell c) {
    if (!rule.related() && c.value() == null) {
      return true;
    }
    if (!rule.protects()) {
      return false;
    }
    if (rule.kind().equals(IndicatorRule.COUNT)) {
      return c.value().signum() > 0 && c.value().doubleValue() < rule.threshold();
    }
    if (rule.kind().equals(IndicatorRule.SUM)) {
      return c.units() > 0 && c.units() < rule.threshold();
    }
    return c.units() < rule.threshold();
  }
}
