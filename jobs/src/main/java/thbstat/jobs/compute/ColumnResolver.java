package thbstat.jobs.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import thbstat.indicators.model.Source;

/**
 * Resolves the column names of a catalogue source to Spark columns of its table's scan. For an
 * unpivoted source, one resolver per unpivot entry: the code column is that entry's key and the
 * value column is that entry's column, so the unpivot needs no second scan.
 */
final class ColumnResolver {
  private final StructType schema;
  private final Map<String, Column> virtual;
  private final Map<String, DataType> virtualTypes;

  private ColumnResolver(StructType schema, Map<String, Column> virtual, Map<String, DataType> virtualTypes) {
    this.schema = schema;
    this.virtual = virtual;
    this.virtualTypes = virtualTypes;
  }

  static ColumnResolver plain(StructType schema) {
    return new ColumnResolver(schema, Map.of(), Map.of());
  }

  static ColumnResolver unpivotEntry(StructType schema, Source.Unpivot unpivot, String code, String column) {
    return new ColumnResolver(schema,
        Map.of(unpivot.codeColumn(), lit(code), unpivot.valueColumn(), col(column)),
        Map.of(unpivot.codeColumn(), DataTypes.StringType,
            unpivot.valueColumn(), schema.apply(column).dataType()));
  }

  Column column(String name) {
    Column v = virtual.get(name);
    if (v != null) {
      return v;
    }
    if (!has(name)) {
      throw new IllegalArgumentException("column '" + name + "' is not in the clean table");
    }
    return col(name);
  }

  DataType type(String name) {
    DataType t = virtualTypes.get(name);
    return t != null ? t : schema.apply(name).dataType();
  }

  /** Whether {@code name} is a column of the table itself, not an unpivot entry's stand-in. */
  boolean isPlainColumn(String name) {
    return !virtual.containsKey(name) && has(name);
  }

  boolean has(String name) {
    return virtual.containsKey(name) || java.util.Arrays.asList(schema.fieldNames()).contains(name);
  }
}
