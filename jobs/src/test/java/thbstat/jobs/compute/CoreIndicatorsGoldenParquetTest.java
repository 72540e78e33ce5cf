package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import thbstat.jobs.spark.TestSpark;

/**
 * The golden cells of {@link CoreIndicatorsGoldenTest} from the same tables written to Parquet and
 * read back: the indicators whose rows are their own units then read the scan's column batches
 * (text as dictionary ids), not Spark's rows, and must count the same.
 */
class CoreIndicatorsGoldenParquetTest extends CoreIndicatorsGoldenTest {
  private Map<String, Dataset<Row>> parquet;

  @Override
  Map<String, Dataset<Row>> tables() {
    if (parquet == null) {
      SparkSession spark = TestSpark.session();
      try {
        Path dir = Files.createTempDirectory("thbstat-golden-parquet");
        parquet = new LinkedHashMap<>();
        GoldenExtract.tables(spark).forEach((name, rows) -> {
          String path = dir.resolve(name + ".parquet").toString();
          // Two files per table, so that a table is read by more than one task.
          rows.repartition(2).write().parquet(path);
          parquet.put(name, spark.read().parquet(path));
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return parquet;
  }

  @Test
  void readsColumnBatches() {
    tables().forEach((name, rows) -> assertTrue(ColumnScan.readsColumnBatches(rows), name));
  }
}
