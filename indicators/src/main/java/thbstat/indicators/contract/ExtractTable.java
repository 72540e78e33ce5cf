package thbstat.indicators.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input table of the extract (CONTRACT.md §1).
 *
 * @param name file stem: {@code victims}, {@code proceedings}, {@code trainings}
 * @param key the columns whose values are unique per row
 * @param columns in contract order
 */
public record ExtractTable(String name, List<String> key, List<ExtractColumn> columns) {
  public ExtractTable {
    Objects.requireNonNull(name);
    key = List.copyOf(key);
    columns = List.copyOf(columns);
  }

  public Optional<ExtractColumn> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public List<String> columnNames() {
    return columns.stream().map(ExtractColumn::name).toList();
  }
}
