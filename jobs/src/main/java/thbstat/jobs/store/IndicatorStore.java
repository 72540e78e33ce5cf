package thbstat.jobs.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
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

  public static void write(SparkSession spark, IndicatorTable table, List<IndicatorCell> cells, Path folder) {
    List<Row> rows = new ArrayList<>(cells.size());
    for (IndicatorCell c : cells) {
      List<Object> v = new ArrayList<>(List.of(IndicatorTable.STRUCTURE, IndicatorTable.STRUCTURE_ID,
          IndicatorTable.ACTION, c.indicator(), c.period()));
      v.addAll(c.codes());
      v.add(c.value() == null ? null : c.value().setScale(VALUE_SCALE, java.math.RoundingMode.UNNECESSARY));
      v.add(c.unit());
      v.add(c.status());
      v.add(c.units());
      rows.add(RowFactory.create(v.toArray()));
    }
    Dataset<Row> df = spark.createDataFrame(rows, schema(table.dimensions()));
    df.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(folder.toString());
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
