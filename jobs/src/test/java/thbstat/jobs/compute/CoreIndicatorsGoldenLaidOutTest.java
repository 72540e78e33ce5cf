package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.Extract;
import thbstat.jobs.ingest.CleanLayout;
import thbstat.jobs.spark.TestSpark;

/**
 * The golden cells of {@link CoreIndicatorsGoldenTest} from the same tables written as ingest
 * writes clean tables ({@link CleanLayout}): told which ids other rows share, the engine counts
 * the persons of one case as rows and merges only the others, and the sums must not change.
 */
class CoreIndicatorsGoldenLaidOutTest extends CoreIndicatorsGoldenTest {
  private Map<String, Dataset<Row>> laidOut;

  @Override
  Map<String, Dataset<Row>> tables() {
    if (laidOut == null) {
      SparkSession spark = TestSpark.session();
      try {
        Path dir = Files.createTempDirectory("thbstat-golden-laid-out");
        laidOut = new LinkedHashMap<>();
        GoldenExtract.tables(spark).forEach((name, rows) -> {
          String path = dir.resolve(name + ".parquet").toString();
          CleanLayout.write(rows, Extract.table(name).orElseThrow(), path);
          laidOut.put(name, spark.read().parquet(path));
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return laidOut;
  }

  @Test
  void proceedingsSayWhichPersonsAndCasesOtherRowsShare() {
    List<String> columns = List.of(tables().get("proceedings").columns());
    assertTrue(columns.contains(CleanLayout.sharingColumn("person_id")), columns.toString());
    assertTrue(columns.contains(CleanLayout.sharingColumn("case_id")), columns.toString());
    long shared = tables().get("proceedings").filter(CleanLayout.sharingColumn("person_id")).count();
    long single = tables().get("proceedings").filter("not " + CleanLayout.sharingColumn("person_id")).count();
    assertTrue(shared > 0 && single > 0, "the golden persons are on one row and on several: " + single + ", " + shared);
  }
}
