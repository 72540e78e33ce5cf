package thbstat.indicators.i18n;

import java.util.Locale;

/** The three languages of every label and report. */
public enum Language {
  EN("en", Locale.forLanguageTag("en-GB")),
  SR_LATN("sr-Latn", Locale.forLanguageTag("sr-Latn-RS")),
  SR_CYRL("sr-Cyrl", Locale.forLanguageTag("sr-Cyrl-RS"));

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The BCP 47 tag used in {@code indicators.yaml} and on the command line. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  public static Language fromTag(String tag) {
    for (Language l : values()) {
      if (l.tag.equalsIgnoreCase(tag.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + tag + "': use en, sr-Latn or sr-Cyrl");
  }
}
