package thbstat.indicators.model;

import java.util.List;
import java.util.Objects;

/**
 * A cross-tabulation that goes into public outputs: the cells of {@code indicator} with the
 * {@code rows} and {@code columns} dimensions taking every code and {@code _T}, and every other
 * dimension of the indicator at {@code _T}.
 */
public record PublicationTable(String id, Text title, String indicator, List<String> rows, List<String> columns) {
  public PublicationTable {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(indicator);
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
  }

  public List<String> dimensions() {
    return java.util.stream.Stream.concat(rows.stream(), columns.stream()).toList();
  }
}
