package thbstat.indicators.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.model.Source;

/**
 * The clean columns a source offers: its contract table's columns, plus, for an unpivot, the
 * code column (codes = the unpivot's keys) and the value column.
 */
record SourceColumns(String source, Map<String, ExtractColumn> columns) {

  static Optional<SourceColumns> of(Source s) {
    Optional<ExtractTable> table = Extract.table(s.table());
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Map<String, ExtractColumn> cols = new LinkedHashMap<>();
    table.get().columns().forEach(c -> cols.put(c.name(), c));
    if (s.unpivot() != null) {
      Source.Unpivot u = s.unpivot();
      boolean integer = u.columns().values().stream()
          .allMatch(c -> cols.containsKey(c) && cols.get(c).type() == ColumnType.INTEGER);
      cols.put(u.codeColumn(), new ExtractColumn(u.codeColumn(), ColumnType.CODE,
          thbstat.indicators.contract.Requirement.REQUIRED, List.copyOf(u.columns().keySet()), null, null, null));
      cols.put(u.valueColumn(), new ExtractColumn(u.valueColumn(),
          integer ? ColumnType.INTEGER : ColumnType.DECIMAL,
          thbstat.indicators.contract.Requirement.REQUIRED, List.of(), null, null, null));
    }
    return Optional.of(new SourceColumns(s.id(), cols));
  }

  Optional<ExtractColumn> column(String name) {
    return Optional.ofNullable(columns.get(name));
  }

  static boolean numeric(ExtractColumn c) {
    return c.type() == ColumnType.INTEGER || c.type() == ColumnType.DECIMAL;
  }
}
