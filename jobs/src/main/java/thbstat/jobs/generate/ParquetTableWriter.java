package thbstat.jobs.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;

/**
 * One Parquet file per table, written by parquet-hadoop's example writer straight to the local file
 * system (no Spark, no Hadoop checksum files), natural types as {@link ParquetSchemas} declares.
 */
final class ParquetTableWriter implements TableWriter {
  private final List<ExtractColumn> columns;
  private final SimpleGroupFactory groups;
  private final ParquetWriter<Group> writer;
  private long rows;

  ParquetTableWriter(ExtractTable table, Path file) throws IOException {
    MessageType schema = ParquetSchemas.of(table);
    this.columns = table.columns();
    this.groups = new SimpleGroupFactory(schema);
    this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withType(schema)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withDictionaryEncoding(true)
        // As the clean tables ingest writes: row groups small enough that a year's query skips
        // the other years' groups and the compute stage gets more than one task per file.
        .withRowGroupSize(16L * 1024 * 1024)
        .build();
  }

  @Override
  public void write(Row row) throws IOException {
    Group g = groups.newGroup();
    for (int i = 0; i < columns.size(); i++) {
      Object v = row.get(i);
      if (v != null) {
        append(g, columns.get(i), v);
      }
    }
    writer.write(g);
    rows++;
  }

  private static void append(Group g, ExtractColumn column, Object v) {
    String name = column.name();
    switch (column.type()) {
      case ID, CODE -> g.append(name, (String) v);
      case DATE -> g.append(name, (int) ((LocalDate) v).toEpochDay());
      case INTEGER -> g.append(name, (Integer) v);
      case DECIMAL -> g.append(name, unscaled((BigDecimal) v));
      case BOOLEAN -> g.append(name, (Boolean) v);
      case LIST -> {
        List<?> list = (List<?>) v;
        if (!list.isEmpty()) {
          Group l = g.addGroup(name);
          for (Object e : list) {
            l.addGroup("list").append("element", e.toString());
          }
        }
      }
      default -> throw new IllegalStateException("no Parquet mapping for " + column.type());
    }
  }

  /** The long behind decimal(18,2): 12.5 is 1250. */
  private static long unscaled(BigDecimal d) {
    return d.setScale(ParquetSchemas.DECIMAL_SCALE).unscaledValue().longValueExact();
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
