package thbstat.jobs.ingest;

import java.util.List;
import java.util.Objects;
import thbstat.indicators.contract.ExtractTable;
import thbstat.jobs.io.Location;

/**
 * One readable input table: where it is, its format ({@code csv} or {@code parquet}), its column
 * names in file order (lower case, trimmed) and, for CSV, the delimiter and the records that take
 * more than one line (a quoted value holds a line break).
 */
public record InputFile(ExtractTable table, Location path, String format, List<String> columns, char delimiter,
    List<CsvText.RecordLines> multiLineRecords) {
  public InputFile {
    Objects.requireNonNull(table);
    Objects.requireNonNull(path);
    Objects.requireNonNull(format);
    columns = List.copyOf(columns);
    multiLineRecords = List.copyOf(multiLineRecords);
  }

  /** A file whose every record is one line. */
  public InputFile(ExtractTable table, Location path, String format, List<String> columns, char delimiter) {
    this(table, path, format, columns, delimiter, List.of());
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
