package thbstat.jobs.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * The Parquet indicator store of one period: the cells of the indicator table with the same
 * columns as the CSV, OBS_VALUE as an exact decimal. Later stages (protect, reports, alerts) read
 * it without recomputing anything.
 */
public final class IndicatorStore {
  public static final String FOLDER = "indicators.parquet";
  private static final int VALUE_SCALE = 6;
  /** Bytes of a decimal of precision 38. */
  private static final int DECIMAL_BYTES = 16;
  private static final String PART = "part-00000.parquet";

  private IndicatorStore() {}

  public static StructType schema(List<String> dimensions) {
    List<StructField> fields = new ArrayList<>();
    for (String c : List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "TIME_PERIOD")) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, false));
    }
    for (String d : dimensions) {
      fields.add(DataTypes.createStructField(d, DataTypes.StringType, false));
    }
    fields.add(DataTypes.createStructField("OBS_VALUE", DataTypes.createDecimalType(38, VALUE_SCALE), true));
    fields.add(DataTypes.createStructField("UNIT_MEASURE", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("CONF_STATUS", DataTypes.StringType, false));
    // Internal: the units behind the value, for disclosure control (not in the CSV).
    fields.add(DataTypes.createStructField("OBS_UNITS", DataTypes.LongType, false));
    return DataTypes.createStructType(fields);
  }

  /**
   * Writes {@code folder/part-00000.parquet} on the driver's file system, where the CSV files of the
   * period go: the cells are already on the driver, and a Spark job would write them on whichever
   * machine its task ran, which on a cluster is not the driver's.
   */
  public static void write(IndicatorTable table, List<IndicatorCell> cells, Path folder) {
    MessageType schema = parquetSchema(table.dimensions());
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try {
      if (Files.exists(folder)) {
        throw new IOException(folder + " already exists");
      }
      Files.createDirectories(folder);
      try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(folder.resolve(PART)))
          .withType(schema)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withWriteMode(ParquetFileWriter.Mode.CREATE)
          .build()) {
        for (IndicatorCell c : cells) {
          Group g = groups.newGroup()
              .append("STRUCTURE", IndicatorTable.STRUCTURE)
              .append("STRUCTURE_ID", IndicatorTable.STRUCTURE_ID)
              .append("ACTION", IndicatorTable.ACTION)
              .append("INDICATOR", c.indicator())
              .append("TIME_PERIOD", c.period());
          for (int i = 0; i < table.dimensions().size(); i++) {
            g.append(table.dimensions().get(i), c.codes().get(i));
          }
          if (c.value() != null) {
            g.append("OBS_VALUE", Binary.fromConstantByteArray(
                fixedDecimal(c.value().setScale(VALUE_SCALE, RoundingMode.UNNECESSARY))));
          }
          g.append("UNIT_MEASURE", c.unit()).append("CONF_STATUS", c.status()).append("OBS_UNITS", c.units());
          writer.write(g);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the indicator store " + folder, e);
    }
  }

  /** The Parquet form of {@link #schema}: strings as UTF-8 binary, the value as a 16-byte decimal(38,6) as Spark writes it. */
  static MessageType parquetSchema(List<String> dimensions) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (StructField f : schema(dimensions).fields()) {
      if (f.dataType() instanceof DecimalType d) {
        b.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(DECIMAL_BYTES)
            .as(LogicalTypeAnnotation.decimalType(d.scale(), d.precision())).named(f.name());
      } else if (f.dataType() == DataTypes.LongType) {
        b.required(PrimitiveTypeName.INT64).named(f.name());
      } else {
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(f.name());
      }
    }
    return b.named("spark_schema");
  }

  /** The unscaled value as 16 bytes, big-endian two's complement. */
  private static byte[] fixedDecimal(BigDecimal value) {
    byte[] minimal = value.unscaledValue().toByteArray();
    byte[] out = new byte[DECIMAL_BYTES];
    byte sign = (byte) (minimal[0] < 0 ? -1 : 0);
    java.util.Arrays.fill(out, 0, DECIMAL_BYTES - minimal.length, sign);
    System.arraycopy(minimal, 0, out, DECIMAL_BYTES - minimal.length, minimal.length);
    return out;
  }

  /** Reads a period's store back as an indicator table. */
  public static IndicatorTable read(SparkSession spark, Path folder) {
    Dataset<Row> df = spark.read().parquet(folder.toString());
    String[] names = df.columns();
    List<String> dims = new ArrayList<>();
    int last = names.length - 1; // OBS_UNITS
    for (int i = 5; i < last - 3; i++) {
      dims.add(names[i]);
    }
    List<IndicatorCell> cells = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      List<String> codes = new ArrayList<>(dims.size());
      for (int i = 0; i < dims.size(); i++) {
        codes.add(r.getString(5 + i));
      }
      BigDecimal value = (BigDecimal) r.get(last - 3);
      cells.add(new IndicatorCell(r.getString(3), r.getString(4), codes, value, r.getString(last - 2),
          r.getString(last - 1), r.getLong(last)));
    }
    return new IndicatorTable(dims, cells);
  }
}
