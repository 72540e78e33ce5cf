package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
      // Two files per table, so that a table is read by more than one task.
      parquet = GoldenExtract.writtenAs(TestSpark.session(), "thbstat-golden-parquet",
          (name, rows, path) -> rows.repartition(2).write().parquet(path));
    }
    return parquet;
  }

  @Test
  void readsColumnBatches() {
    tables().forEach((name, rows) -> assertTrue(ColumnScan.readsColumnBatches(rows), name));
  }
}
