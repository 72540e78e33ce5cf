package thbstat.indicators.model;

import java.util.Map;
import java.util.Objects;

/**
 * What an indicator counts over: a clean table, optionally unpivoted so that several numeric
 * columns become rows (trainings → one row per training and sex, with
 * {@code participants_f}/{@code participants_m} as the value).
 *
 * @param id name used by indicators
 * @param table {@code victims}, {@code proceedings} or {@code trainings}
 * @param unpivot null, or the unpivot that makes the rows
 * @param provider who keeps the records, as a table's source line names it, or null
 */
public record Source(String id, String table, Unpivot unpivot, Text provider) {
  public Source {
    Objects.requireNonNull(id);
    Objects.requireNonNull(table);
  }

  /** A source that names no provider. */
  public Source(String id, String table, Unpivot unpivot) {
    this(id, table, unpivot, null);
  }

  /**
   * Each row becomes one row per entry of {@code columns}: {@code codeColumn} holds the entry's key
   * and {@code valueColumn} the value of the entry's column.
   */
  public record Unpivot(String codeColumn, String valueColumn, Map<String, String> columns) {
    public Unpivot {
      Objects.requireNonNull(codeColumn);
      Objects.requireNonNull(valueColumn);
      columns = Map.copyOf(new java.util.TreeMap<>(columns));
    }
  }
}
