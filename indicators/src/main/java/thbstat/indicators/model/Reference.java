package thbstat.indicators.model;

import java.util.Objects;

/**
 * A framework an indicator answers.
 *
 * @param framework {@code GRETA}, {@code AP23}, {@code AP24}, {@code EUROSTAT}, {@code SDG},
 *     {@code GLOTIP}, {@code NRM}
 * @param item the item in that framework (questionnaire question, Action Plan activity, table)
 */
public record Reference(String framework, String item) {
  public Reference {
    Objects.requireNonNull(framework);
    Objects.requireNonNull(item);
  }

  @Override
  public String toString() {
    return framework + " " + item;
  }
}
