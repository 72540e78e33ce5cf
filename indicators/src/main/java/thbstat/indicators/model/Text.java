package thbstat.indicators.model;

import java.io.Serializable;
import java.util.Objects;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.i18n.Transliterator;

/**
 * A text in the three languages. {@code sr-Cyrl} is derived from {@code sr-Latn} unless the
 * catalogue gives it, so the two scripts never drift.
 */
public record Text(String en, String srLatn, String srCyrl) implements Serializable {
  public Text {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(srLatn, "sr-Latn");
    if (srCyrl == null) {
      srCyrl = Transliterator.toCyrillic(srLatn);
    }
  }

  public static Text of(String en, String srLatn) {
    return new Text(en, srLatn, null);
  }

  public String in(Language language) {
    return switch (language) {
      case EN -> en;
      case SR_LATN -> srLatn;
      case SR_CYRL -> srCyrl;
    };
  }
}
