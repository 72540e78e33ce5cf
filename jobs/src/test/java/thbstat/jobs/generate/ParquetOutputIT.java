package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractTable;
import thbstat.jobs.spark.TestSpark;

/** The Parquet extract holds the same records as the CSV one, in natural types, readable by Spark. */
class ParquetOutputIT {
  private static Path parquet;

  @BeforeAll
  static void generate() {
    parquet = Generated.generate(1, 1.0, OutputFormat.PARQUET);
  }

  @Test
  void sameRowCountsAsCsvAndNaturalTypes() throws Exception {
    for (ExtractTable t : Extract.TABLES) {
      try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(parquet.resolve(t.name() + ".parquet")))) {
        assertEquals(Generated.rows(Generated.scaleOne(), t.name()).size(), r.getRecordCount(), t.name());
        MessageType schema = r.getFooter().getFileMetaData().getSchema();
        assertEquals(t.columnNames(), schema.getFields().stream().map(f -> f.getName()).toList());
      }
    }
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(parquet.resolve("victims.parquet")))) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      assertEquals(LogicalTypeAnnotation.dateType(), schema.getType("report_date").getLogicalTypeAnnotation());
      assertEquals(LogicalTypeAnnotation.listType(), schema.getType("exploitation").getLogicalTypeAnnotation());
    }
  }

  @Test
  void sparkReadsTheSameValuesAsTheCsv() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> victims = spark.read().parquet(parquet.resolve("victims.parquet").toString());
    assertEquals(DataTypes.DateType, victims.schema().apply("report_date").dataType());
    assertEquals(DataTypes.IntegerType, victims.schema().apply("age").dataType());
    assertEquals(DataTypes.BooleanType, victims.schema().apply("reflection_period").dataType());
    assertTrue(victims.schema().apply("exploitation").dataType() instanceof ArrayType);
    assertTrue(victims.schema().apply("compensation_awarded_rsd").dataType() instanceof DecimalType);

    List<Map<String, String>> csv = Generated.rows(Generated.scaleOne(), "victims");
    long identified = csv.stream().filter(r -> r.get("status").equals("identified")).count();
    assertEquals(identified, victims.filter("status = 'identified'").count());
    long multi = csv.stream().filter(r -> r.get("exploitation").contains("|")).count();
    assertEquals(multi, victims.filter("size(exploitation) > 1").count());
    Row first = victims.orderBy("victim_id").first();
    Map<String, String> firstCsv = csv.get(0);
    assertEquals(firstCsv.get("victim_id"), first.getAs("victim_id"));
    assertEquals(firstCsv.get("report_date"), first.getAs("report_date").toString());
    int forms = first.fieldIndex("exploitation");
    assertEquals(firstCsv.get("exploitation"),
        first.isNullAt(forms) ? "" : String.join("|", first.<String>getList(forms)));

    Dataset<Row> proceedings = spark.read().parquet(parquet.resolve("proceedings.parquet").toString());
    double assets = csvSum("proceedings", "assets_confiscated_rsd");
    double sparkAssets = proceedings.selectExpr("cast(sum(assets_confiscated_rsd) as double)").first().getDouble(0);
    assertEquals(assets, sparkAssets, 0.001);
    assertEquals(Generated.rows(Generated.scaleOne(), "trainings").size(),
        spark.read().parquet(parquet.resolve("trainings.parquet").toString()).count());
  }

  private static double csvSum(String table, String column) {
    return Generated.rows(Generated.scaleOne(), table).stream().map(r -> r.get(column))
        .filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).sum();
  }
}
