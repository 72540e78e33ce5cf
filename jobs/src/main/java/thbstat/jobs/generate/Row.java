package thbstat.jobs.generate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import thbstat.indicators.contract.ExtractTable;

/**
 * One row of a table, values in contract column order; null is an empty cell. Values are typed by
 * the column: String (id, code), LocalDate, Integer, BigDecimal, Boolean, List of String. The row is
 * reused for every record of a table, so generating never allocates per-row maps.
 */
final class Row {
  private final ExtractTable table;
  private final Map<String, Integer> index = new HashMap<>();
  private final Object[] values;

  Row(ExtractTable table) {
    this.table = table;
    this.values = new Object[table.columns().size()];
    for (int i = 0; i < values.length; i++) {
      index.put(table.columns().get(i).name(), i);
    }
  }

  ExtractTable table() {
    return table;
  }

  /** Empties every cell before the next record. */
  Row clear() {
    Arrays.fill(values, null);
    return this;
  }

  Row set(String column, Object value) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException(table.name() + " has no column " + column);
    }
    values[i] = value;
    return this;
  }

  Object get(int i) {
    return values[i];
  }

  int size() {
    return values.length;
  }
}
