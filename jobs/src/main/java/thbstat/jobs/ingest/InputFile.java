package thbstat.jobs.ingest;

import java.util.List;
import java.util.Objects;
import thbstat.indicators.contract.ExtractTable;
import thbstat.jobs.io.Location;

/**
 * One readable input table: where it is, its format ({@code csv} or {@code parquet}), its column
 * names in file order (lower case, trimmed) and, for CSV, the delimiter.
 */
public record InputFile(ExtractTable table, Location path, String format, List<String> columns, char delimiter) {
  public InputFile {
    Objects.requireNonNull(table);
    Objects.requireNonNull(path);
    Objects.requireNonNull(format);
    columns = List.copyOf(columns);
  }

  /** The file name as written in the quarantine file and the report, e.g. {@code victims.csv}. */
  public String fileName() {
    return path.name();
  }

  public boolean isCsv() {
    return format.equals("csv");
  }

  /** Columns of the file that the contract does not know. */
  public List<String> extraColumns() {
    return columns.stream().filter(c -> table.column(c).isEmpty()).toList();
  }
}
