package thbstat.indicators.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One row of the indicator table (CONTRACT.md §3).
 *
 * @param indicator INDICATOR
 * @param period TIME_PERIOD
 * @param codes one code per output dimension, in {@link IndicatorTable#dimensions()} order
 *     ({@code _T} total, {@code _Z} not used by the indicator)
 * @param value OBS_VALUE, or null for a protected cell of the public table
 * @param unit UNIT_MEASURE
 * @param status CONF_STATUS: F, C or D
 * @param units how many units (persons, cases, records) stand behind the value: the count itself
 *     for counts, the persons a median or share is over, the denominator's for a ratio. Internal:
 *     disclosure control needs it, the CSV does not carry it
 */
public record IndicatorCell(String indicator, String period, List<String> codes, BigDecimal value, String unit,
    String status, long units) {
  public IndicatorCell {
    Objects.requireNonNull(indicator);
    Objects.requireNonNull(period);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(status);
    codes = List.copyOf(codes);
  }

  public IndicatorCell withStatus(String newStatus, BigDecimal newValue) {
    return new IndicatorCell(indicator, period, codes, newValue, unit, newStatus, units);
  }

  /** OBS_VALUE as written: plain decimal, {@code .} as mark, no exponent, no trailing zeros. */
  public String formattedValue() {
    return value == null ? "" : format(value);
  }

  public static String format(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }
}
