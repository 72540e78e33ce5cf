package thbstat.indicators.model;

import java.util.List;
import java.util.Objects;

/**
 * One indicator of the catalogue.
 *
 * @param id INDICATOR code in the output
 * @param label short name
 * @param definition what it counts, for the methodology
 * @param source a {@link Source} id; null for derived measures (ratio, rate)
 * @param measure what is computed
 * @param filter conditions every qualifying record meets
 * @param date the clean date column that places a record in a period; null for derived measures
 * @param dimensions dimension ids, in catalogue order
 * @param additive the dimensions along which the codes add up to {@code _T}
 * @param unit UNIT_MEASURE code
 * @param references frameworks it answers
 * @param disclosure rule for its published cells
 * @param target Action Plan baseline and targets, or null
 * @param line line of its entry in {@code indicators.yaml}, for messages
 */
public record Indicator(
    String id,
    Text label,
    Text definition,
    String source,
    Measure measure,
    List<Condition> filter,
    String date,
    List<String> dimensions,
    List<String> additive,
    String unit,
    List<Reference> references,
    Disclosure disclosure,
    Target target,
    int line) {

  public Indicator {
    Objects.requireNonNull(id);
    Objects.requireNonNull(label);
    Objects.requireNonNull(definition);
    Objects.requireNonNull(measure);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(disclosure);
    filter = List.copyOf(filter);
    dimensions = List.copyOf(dimensions);
    additive = List.copyOf(additive);
    references = List.copyOf(references);
  }
}
