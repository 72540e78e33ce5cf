package thbstat.indicators.model;

import java.util.Objects;

/**
 * A framework an indicator answers.
 *
 * @param framework {@code GRETA}, {@code AP23}, {@code AP24}, {@code EUROSTAT}, {@code SDG},
 *     {@code GLOTIP}, {@code NRM}
 * @param item the item in that framework (questionnaire question, Action Plan activity, table)
 * @param words the whole reference in the three languages, where the catalogue gives it in Serbian
 *     too ({@code {en: "AP23 …", sr-Latn: "AP23 …"}}); null when it is worded in English only
 */
public record Reference(String framework, String item, Text words) {
  /** A reference the catalogue words in English only. */
  public Reference(String framework, String item) {
    this(framework, item, null);
  }

  public Reference {
    Objects.requireNonNull(framework);
    Objects.requireNonNull(item);
  }

  /**
   * The reference in {@code language} ("AP23 broj identifikovanih žrtava"), or empty when the
   * catalogue words it in English only and the language is another. An item that is a code, not
   * words ({@code SDG 16.2.2}, {@code EUROSTAT crim_thb_vict}), reads the same in every language.
   */
  public java.util.Optional<String> in(thbstat.indicators.i18n.Language language) {
    if (words != null) {
      return java.util.Optional.of(words.in(language));
    }
    return language == thbstat.indicators.i18n.Language.EN || code() ? java.util.Optional.of(toString())
        : java.util.Optional.empty();
  }

  /** Whether the item is one code with a digit or an underscore in it, no words. */
  private boolean code() {
    return item.matches("[\\p{Alnum}_.\\-]+") && item.matches(".*[\\d_].*");
  }

  @Override
  public String toString() {
    return framework + " " + item;
  }
}
