package thbstat.jobs.generate;

import java.io.IOException;
import java.nio.file.Path;
import thbstat.indicators.contract.ExtractTable;

/** Streams the rows of one table to one file; nothing is held beyond a write buffer. */
interface TableWriter extends AutoCloseable {
  void write(Row row) throws IOException;

  long rows();

  @Override
  void close() throws IOException;

  static TableWriter open(OutputFormat format, ExtractTable table, Path file) throws IOException {
    return switch (format) {
      case CSV -> new CsvTableWriter(table, file);
      case PARQUET -> new ParquetTableWriter(table, file);
    };
  }
}
