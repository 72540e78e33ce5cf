package thbstat.jobs.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import thbstat.indicators.contract.ColumnType;
import thbstat.jobs.spark.SparkSessions;

/**
 * The clean values of a file's identifier columns, read from its raw rows without the other rules:
 * an identifier's clean value is its text trimmed ({@link RawReader#clean}), as the rules make it.
 * Only these columns are read, so a Parquet file gives them from its column chunks alone.
 */
final class IdValues {
  private IdValues() {}

  /**
   * {@value RawReader#LINE} and the clean values of {@code ids} (null where empty or absent from
   * the file), for the rows whose field count is right: a CSV line with too many or too few
   * fields has unreliable values (and is quarantined by the rules).
   */
  static Dataset<Row> of(InputFile file, Dataset<Row> raw, List<String> ids) {
    List<Column> select = new ArrayList<>(List.of(raw.col(RawReader.LINE), raw.col(RawReader.FIELDS)));
    int[] present = new int[ids.size()];
    StructType schema = new StructType().add(RawReader.LINE, DataTypes.LongType, false);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (file.table().column(id).orElseThrow().type() != ColumnType.ID) {
        throw new IllegalArgumentException(file.table().name() + "." + id + " is not an identifier");
      }
      int at = file.columns().indexOf(id);
      present[i] = at;
      if (at >= 0) {
        select.add(raw.col(RawReader.rawName(at)));
      }
      schema = schema.add(id, DataTypes.StringType, true);
    }
    int expectedFields = file.columns().size();
    FlatMapFunction<Iterator<InternalRow>, InternalRow> clean = rows -> new Iterator<>() {
      private InternalRow next = advance();

      private InternalRow advance() {
        while (rows.hasNext()) {
          InternalRow r = rows.next();
          if (!r.isNullAt(1) && r.getInt(1) != expectedFields) {
            continue;
          }
          Object[] out = new Object[present.length + 1];
          out[0] = r.getLong(0);
          int column = 2;
          for (int i = 0; i < present.length; i++) {
            if (present[i] < 0) {
              continue;
            }
            String v = r.isNullAt(column) ? null : RawReader.clean(r.getUTF8String(column).toString());
            out[i + 1] = v == null ? null : UTF8String.fromString(v);
            column++;
          }
          return new GenericInternalRow(out);
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public InternalRow next() {
        InternalRow r = next;
        next = advance();
        return r;
      }
    };
    JavaRDD<InternalRow> values = raw.select(select.toArray(Column[]::new)).queryExecution().toRdd().toJavaRDD()
        .mapPartitions(clean);
    return SparkSessions.ofInternalRows(raw.sparkSession(), values, schema);
  }
}
