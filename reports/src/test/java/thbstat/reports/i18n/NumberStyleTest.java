package thbstat.reports.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;

class NumberStyleTest {
  @Test
  void serbianGroupsWithFullStopAndMarksDecimalsWithComma() {
    assertEquals("1.234,5", new NumberStyle(Language.SR_LATN).format(new BigDecimal("1234.5"), 1));
    assertEquals("1.234,5", new NumberStyle(Language.SR_CYRL).format(new BigDecimal("1234.5"), 1));
    assertEquals("1.234.567", new NumberStyle(Language.SR_LATN).format(new BigDecimal("1234567"), 0));
  }

  @Test
  void englishGroupsWithCommaAndMarksDecimalsWithFullStop() {
    assertEquals("1,234.5", new NumberStyle(Language.EN).format(new BigDecimal("1234.5"), 1));
    assertEquals("1,235", new NumberStyle(Language.EN).format(new BigDecimal("1234.5"), 0));
  }

  @Test
  void everyMessageHasTextInEveryLanguageAndCyrillicHasNoSerbianLatinLetters() {
    for (Language l : Language.values()) {
      Messages m = new Messages(l);
      for (String key : Messages.keys()) {
        assertFalse(m.get(key).isBlank(), key);
        if (l == Language.SR_CYRL) {
          // file names, acronyms, the symbol x, table numbers and {placeholders} filled in later stay Latin
          String c = m.get(key).replaceAll("[a-z]+\\.(yaml|json)|SHA-256|GRETA|RSD|\\bx\\b|\\bT\\d\\d\\b|\\{[a-z0-9]+\\}",
              "");
          assertFalse(c.matches("(?s).*[A-Za-zČĆĐŠŽčćđšž].*"), key + ": mixed scripts in '" + m.get(key) + "'");
        }
      }
    }
  }
}
