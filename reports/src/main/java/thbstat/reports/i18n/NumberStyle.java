package thbstat.reports.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import thbstat.indicators.i18n.Language;

/**
 * Numbers and dates as the reader of a language writes them: {@code 1,234.5} in English,
 * {@code 1.234,5} in Serbian (both scripts).
 */
public final class NumberStyle {
  private final Language language;
  private final DecimalFormatSymbols symbols;

  public NumberStyle(Language language) {
    this.language = language;
    this.symbols = new DecimalFormatSymbols(language.locale());
    if (language != Language.EN) {
      // Serbian usage: full stop groups thousands, comma marks decimals (whatever the JDK's CLDR says).
      symbols.setGroupingSeparator('.');
      symbols.setDecimalSeparator(',');
    } else {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    }
    symbols.setMinusSign('-');
  }

  /** {@code value} with {@code decimals} digits after the mark, grouped by thousands. */
  public String format(BigDecimal value, int decimals) {
    StringBuilder pattern = new StringBuilder("#,##0");
    if (decimals > 0) {
      pattern.append('.').append("0".repeat(decimals));
    }
    DecimalFormat f = new DecimalFormat(pattern.toString(), symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }

  /** A month: {@code December 2025}, {@code decembar 2025.}. */
  public String month(java.time.YearMonth m) {
    String pattern = language == Language.EN ? "MMMM yyyy" : "LLLL yyyy.";
    return m.format(DateTimeFormatter.ofPattern(pattern, language.locale()));
  }

  /** The generation date, day first in Serbian ({@code 22.11.2026. 20:15}), ISO-like in English. */
  public String dateTime(LocalDateTime t) {
    String pattern = language == Language.EN ? "d MMMM yyyy, HH:mm" : "d.M.yyyy. HH:mm";
    return t.format(DateTimeFormatter.ofPattern(pattern, language.locale()));
  }
}
