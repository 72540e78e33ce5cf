package thbstat.jobs.compute;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;

/**
 * Builds clean tables (the ingest stage's typed output) from readable rows, for compute tests:
 * {@code row("victim_id=V-1", "status=identified", "exploitation=sexual|labour")}; columns not
 * named are empty.
 */
final class CleanTables {
  private CleanTables() {}

  static StructType schema(ExtractTable table) {
    List<StructField> fields = new ArrayList<>();
    for (ExtractColumn c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c), true));
    }
    return DataTypes.createStructType(fields);
  }

  static DataType type(ExtractColumn c) {
    return switch (c.type()) {
      case ID, CODE -> DataTypes.StringType;
      case LIST -> DataTypes.createArrayType(DataTypes.StringType);
      case DATE -> DataTypes.DateType;
      case INTEGER -> DataTypes.IntegerType;
      case DECIMAL -> DataTypes.createDecimalType(18, 2);
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }

  static Dataset<Row> of(SparkSession spark, ExtractTable table, List<String[]> rows) {
    List<Row> out = new ArrayList<>();
    for (String[] pairs : rows) {
      Object[] values = new Object[table.columns().size()];
      for (String pair : pairs) {
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq);
        String text = pair.substring(eq + 1);
        int i = table.columnNames().indexOf(name);
        if (i < 0) {
          throw new IllegalArgumentException("no column " + name + " in " + table.name());
        }
        values[i] = parse(table.columns().get(i), text);
      }
      out.add(RowFactory.create(values));
    }
    return spark.createDataFrame(out, schema(table));
  }

  static String[] row(String... pairs) {
    return pairs;
  }

  private static Object parse(ExtractColumn c, String text) {
    return switch (c.type()) {
      case ID -> text;
      case CODE -> c.isCountry() ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
      case LIST -> scala.jdk.javaapi.CollectionConverters.asScala(
          Arrays.stream(text.split("\\|")).sorted().toList()).toSeq();
      case DATE -> Date.valueOf(text);
      case INTEGER -> Integer.valueOf(text);
      case DECIMAL -> new BigDecimal(text).setScale(2);
      case BOOLEAN -> Boolean.valueOf(text);
    };
  }
}
