package thbstat.indicators.model;

import java.util.List;
import java.util.Objects;

/** What an indicator computes over the qualifying records of its source. */
public sealed interface Measure {

  /**
   * Distinct values of {@code key} (persons, cases). A unit's code in a dimension is the set of
   * codes over its qualifying records in the period; it counts once in {@code _T}.
   *
   * @param periodBy {@code ROW}: each record is placed by its own date; {@code EARLIEST}: the unit
   *     is placed by the earliest date over its qualifying records
   */
  record DistinctCount(String key, PeriodBy periodBy) implements Measure {
    public DistinctCount {
      Objects.requireNonNull(key);
      Objects.requireNonNull(periodBy);
    }
  }

  /** Sum of a value over qualifying records (e.g. participants, RSD). */
  record Sum(ValueSpec value) implements Measure {
    public Sum {
      Objects.requireNonNull(value);
    }
  }

  /** Count of qualifying records (events, convictions as rows). */
  record RecordCount() implements Measure {}

  /**
   * Exact median of a value over qualifying records ({@code key} null) or over units
   * ({@code key} set: one value per unit, its records must agree — e.g. one victim row per person).
   */
  record Median(ValueSpec value, String key) implements Measure {
    public Median {
      Objects.requireNonNull(value);
    }
  }

  /**
   * Percent of the distinct units of {@code key} (the denominator, all qualifying) with at least
   * one qualifying record that also meets {@code numerator}. Rounded half away from zero to one
   * decimal.
   */
  record Share(String key, List<Condition> numerator) implements Measure {
    public Share {
      Objects.requireNonNull(key);
      numerator = List.copyOf(numerator);
    }
  }

  /**
   * {@code numerator / denominator} cell by cell over the dimensions the two indicators share,
   * times {@code scale} (1 for a ratio, 100 for a percent). Computed from the two indicators'
   * cells, never from the data.
   */
  record Ratio(String numerator, String denominator, double scale, int decimals) implements Measure {
    public Ratio {
      Objects.requireNonNull(numerator);
      Objects.requireNonNull(denominator);
    }
  }

  /**
   * Cells of {@code indicator} per 100,000 population of the reference {@code population}
   * (year → persons; a quarter uses its year's population).
   */
  record Rate(String indicator, String population, int decimals) implements Measure {
    public Rate {
      Objects.requireNonNull(indicator);
      Objects.requireNonNull(population);
    }
  }

  /** Whether the measure is computed from other indicators' cells, not from records. */
  default boolean derived() {
    return this instanceof Ratio || this instanceof Rate;
  }

  enum PeriodBy {
    ROW,
    EARLIEST
  }
}
