package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.from_utc_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Reads one input file into raw rows: {@value #LINE} (CSV: physical line, header = 1; Parquet:
 * 1-based row number), {@value #FIELDS} (fields found on a CSV line, or null), and the file's
 * columns as strings, as read (not trimmed), named {@code c0, c1, …} in file order. The row rules
 * ({@link RowChecker}) and the guard ({@link PiiGuard}) read each value {@link #clean cleaned}, in
 * Java: trimming every column in Spark cost 2 s of CPU per million rows and per pass (a trim with
 * a set of characters copies each end character out of the string to look it up).
 */
final class RawReader {
  static final String LINE = "__line";
  static final String FIELDS = "__fields";

  private final SparkSession spark;
  /** Per Parquet folder of several parts read so far: which rows each part holds. */
  private final Map<String, ParquetParts> parquetParts = new java.util.concurrent.ConcurrentHashMap<>();

  RawReader(SparkSession spark) {
    this.spark = spark;
  }

  static String rawName(int index) {
    return "c" + index;
  }

  /**
   * For a folder of several Parquet parts read by {@link #read}, which rows each part holds, in
   * the order the rows are numbered; empty for anything else.
   */
  java.util.Optional<ParquetParts> parquetParts(InputFile file) {
    return java.util.Optional.ofNullable(parquetParts.get(file.path().toString()));
  }

  Dataset<Row> read(InputFile file) {
    return file.isCsv() ? csv(file) : parquet(file);
  }

  private Dataset<Row> csv(InputFile file) {
    Dataset<Row> lines = records(file)
        .filter(col(LINE).gt(1).and(trim(col("value"), TRIMMED).notEqual(""))); // blank: spaces, tabs, no-break spaces

    int n = file.columns().size();
    StructType fields = new StructType();
    for (int i = 0; i < n; i++) {
      fields = fields.add(rawName(i), DataTypes.StringType, true);
    }
    Map<String, String> options = new HashMap<>();
    options.put("sep", String.valueOf(file.delimiter()));
    options.put("quote", "\"");
    options.put("escape", "\"");
    options.put("mode", "PERMISSIVE");
    // Fields = delimiters outside quotes + 1. The delimiter is one ASCII byte, so byte lengths
    // count it; the regex that drops quoted parts runs only on the lines that have a quote.
    // A value is quoted when its quote opens the field (after the delimiter or at the line's start)
    // and closes at its end; a quote elsewhere is an ordinary character, as the parser reads it.
    Column value = col("value");
    String d = java.util.regex.Pattern.quote(String.valueOf(file.delimiter()));
    String quotedValue = "(^|" + d + ")\"(?:[^\"]|\"\")*\"(?=" + d + "|$)";
    Column count = when(value.contains("\""), delimiters(regexp_replace(value, quotedValue, "$1"), file.delimiter()))
        .otherwise(delimiters(value, file.delimiter()))
        .plus(1);
    List<Column> select = new ArrayList<>();
    select.add(col(LINE));
    select.add(col(FIELDS));
    for (int i = 0; i < n; i++) {
      select.add(col("__parsed." + rawName(i)).as(rawName(i)));
    }
    // a line of more fields than the header is quarantined for that alone: not parsed, as the
    // parser stops at 20,480 fields
    Column parsed = when(col(FIELDS).gt(n), lit(null).cast(fields))
        .otherwise(from_csv(col("value"), lit(fields.toDDL()), options));
    return lines
        .withColumn(FIELDS, count.cast("int"))
        .withColumn("__parsed", parsed)
        .select(select.toArray(Column[]::new));
  }

  private static Column delimiters(Column text, char delimiter) {
    return octet_length(text).minus(octet_length(replace(text, lit(String.valueOf(delimiter)), lit(""))));
  }

  /**
   * The file's records, each numbered by its first line: a record whose quoted values hold line
   * breaks ({@link InputFile#multiLineRecords}) is its lines joined again, with LF between them.
   */
  private Dataset<Row> records(InputFile file) {
    Dataset<Row> lines = numberedLines(file);
    if (file.multiLineRecords().isEmpty()) {
      return lines;
    }
    List<Row> firstLineOf = new ArrayList<>();
    for (CsvText.RecordLines r : file.multiLineRecords()) {
      for (long line = r.first(); line <= r.last(); line++) {
        firstLineOf.add(RowFactory.create(line, r.first()));
      }
    }
    Dataset<Row> spans = spark.createDataFrame(firstLineOf,
        new StructType().add("__l", DataTypes.LongType).add("__first", DataTypes.LongType));
    Dataset<Row> tagged = lines.join(broadcast(spans), lines.col(LINE).equalTo(spans.col("__l")), "left");
    Dataset<Row> single = tagged.filter(col("__first").isNull()).select(col(LINE), col("value"));
    Dataset<Row> joined = tagged.filter(col("__first").isNotNull())
        .groupBy(col("__first"))
        .agg(concat_ws("\n", array_sort(collect_list(struct(col(LINE), col("value")))).getField("value")).as("value"))
        .select(col("__first").as(LINE), col("value"));
    return single.unionByName(joined);
  }

  /**
   * The file's physical lines with their 1-based numbers, kept in Spark's generated code: a row's
   * number is its partition's offset (from one count per partition; file splits are fixed) plus
   * its position in the partition, which {@code monotonically_increasing_id} carries in its low bits.
   */
  private Dataset<Row> numberedLines(InputFile file) {
    Dataset<Row> text = spark.read().text(file.path().forSpark())
        .select(spark_partition_id().as("__part"), monotonically_increasing_id().as("__id"), col("value"));
    List<Row> counts = new ArrayList<>(text.groupBy("__part").count().collectAsList());
    counts.sort((a, b) -> Integer.compare(a.getInt(0), b.getInt(0)));
    Column offset = lit(0L);
    long before = 0;
    for (Row r : counts) {
      offset = when(col("__part").equalTo(r.getInt(0)), lit(before)).otherwise(offset);
      before += r.getLong(1);
    }
    Column inPartition = col("__id").minus(col("__part").cast(DataTypes.LongType).multiply(1L << 33));
    return text.select(offset.plus(inPartition).plus(1L).as(LINE), col("value"));
  }

  private Dataset<Row> parquet(InputFile file) {
    Dataset<Row> df = spark.read().parquet(file.path().forSpark());
    String[] names = df.columns();
    StructField[] types = df.schema().fields();
    Column rowIndex = col("_metadata.row_index");
    Column line;
    String[] files = df.inputFiles();
    if (files.length <= 1) {
      line = rowIndex.plus(1);
    } else {
      // Rows are numbered through the part files in name order.
      List<Row> counts = df.groupBy(col("_metadata.file_path").as("p")).count().collectAsList();
      List<Row> sorted = new ArrayList<>(counts);
      sorted.sort((a, b) -> a.getString(0).compareTo(b.getString(0)));
      Column offset = lit(0L);
      long acc = 0;
      List<ParquetParts.Part> parts = new ArrayList<>();
      for (Row r : sorted) {
        offset = when(col("_metadata.file_path").equalTo(r.getString(0)), lit(acc)).otherwise(offset);
        String path = r.getString(0);
        parts.add(new ParquetParts.Part(path.substring(path.lastIndexOf('/') + 1), acc + 1, r.getLong(1)));
        acc += r.getLong(1);
      }
      parquetParts.put(file.path().toString(), new ParquetParts(file.fileName(), parts));
      line = offset.plus(rowIndex).plus(1);
    }
    List<Column> select = new ArrayList<>();
    select.add(line.cast("long").as(LINE));
    select.add(lit(null).cast("int").as(FIELDS));
    for (int i = 0; i < names.length; i++) {
      select.add(asString(col("`" + names[i].replace("`", "``") + "`"), types[i].dataType()).as(rawName(i)));
    }
    return df.select(select.toArray(Column[]::new));
  }

  /** The time zone of the records: a Parquet timestamp is read as its calendar day there. */
  static final String RECORDS_ZONE = "Europe/Belgrade";

  /** A Parquet value of a natural type in the spelling the CSV rules expect. */
  private static Column asString(Column c, DataType type) {
    if (type instanceof ArrayType) {
      return array_join(c.cast("array<string>"), "|");
    }
    if (type instanceof TimestampType) {
      // an instant: its calendar day where the records were kept, whatever the machine's or the
      // session's zone (midnight in Belgrade is 23:00 UTC of the day before)
      return date_format(from_utc_timestamp(c, RECORDS_ZONE), "yyyy-MM-dd");
    }
    if (type instanceof DateType || type instanceof TimestampNTZType) {
      return date_format(c, "yyyy-MM-dd");
    }
    if (type instanceof DoubleType || type instanceof FloatType) {
      // NaN, ±Infinity and values beyond decimal(38,10) keep Spark's spelling ("NaN", "1.0E30"), which
      // the number rules quarantine; try_cast alone would make them empty, that is unknown
      return coalesce(regexp_replace(c.try_cast(DataTypes.createDecimalType(38, 10)).cast("string"), "\\.?0+$", ""),
          c.cast("string"));
    }
    return c.cast("string");
  }

  /** The characters trimmed from every value: space, tab, no-break space. */
  static final String TRIMMED = " \t\u00A0";

  /** A raw value as the rules read it: trimmed (spaces, tabs, no-break spaces), empty → null. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    int from = 0;
    int to = s.length();
    while (from < to && TRIMMED.indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && TRIMMED.indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return from == to ? null : s.substring(from, to);
  }
}
