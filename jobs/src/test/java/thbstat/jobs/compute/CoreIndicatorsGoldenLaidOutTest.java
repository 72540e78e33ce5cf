package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
      laidOut = GoldenExtract.writtenAs(TestSpark.session(), "thbstat-golden-laid-out",
          (name, rows, path) -> CleanLayout.write(rows, Extract.table(name).orElseThrow(), path));
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
