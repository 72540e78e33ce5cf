package thbstat.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Indicator;
import thbstat.reports.Fixtures;

/** The decimals of a figure follow what its indicator computes, in every report alike. */
class DecimalsTest {
  private static Indicator indicator(String id) {
    return Fixtures.CATALOGUE.indicator(id).orElseThrow();
  }

  @Test
  void byWhatTheIndicatorComputes() {
    assertEquals(0, Decimals.of(indicator("VIC_IDENTIFIED"), false));
    // a median of 659 days reads 659.0 beside one of 70.5, whichever report shows it
    assertEquals(1, Decimals.of(indicator("NRM_DAYS_TO_IDENTIFICATION"), false));
    assertEquals(1, Decimals.of(indicator("CJ_PROACTIVE_SHARE"), false));
    // ratios and rates as indicators.yaml declares them: {ratio: …, decimals: 2}, {ratio: …, decimals: 1}
    assertEquals(2, Decimals.of(indicator("CJ_CONVICTIONS_PER_SUSPECT"), false));
    assertEquals(1, Decimals.of(indicator("CJ_PROSECUTION_RATE"), false));
    // an amount in dinars: whole dinars, or the paras when any amount of the table has them
    assertEquals(0, Decimals.of(indicator("VIC_COMPENSATION_AWARDED_RSD"), false));
    assertEquals(2, Decimals.of(indicator("VIC_COMPENSATION_AWARDED_RSD"), true));
    assertEquals(0, Decimals.of(indicator("VIC_IDENTIFIED"), true), "a count never has decimals");
  }

  @Test
  void aFractionIsADigitAfterTheMarkThatIsNotZero() {
    assertTrue(Decimals.fraction(new BigDecimal("70.5")));
    assertFalse(Decimals.fraction(new BigDecimal("659.0")));
    assertFalse(Decimals.fraction(new BigDecimal("1200")));
    assertFalse(Decimals.fraction(null));
  }
}
