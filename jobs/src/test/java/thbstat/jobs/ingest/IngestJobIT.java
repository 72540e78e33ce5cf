package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.contract.Extract;
import thbstat.jobs.spark.TestSpark;

class IngestJobIT {
  @TempDir Path tmp;

  @Test
  void validFixtureIsAcceptedWhole() throws Exception {
    List<String> progress = new ArrayList<>();
    IngestResult r = new IngestJob(TestSpark.session()).run(IngestFixtures.resource("valid"), tmp, progress::add);
    progress.forEach(System.out::println);
    System.out.println(Files.readString(tmp.resolve("quarantine.csv")));
    System.out.println(Files.readString(tmp.resolve("data-quality.txt")));
    assertEquals(0, r.quarantined(), Files.readString(tmp.resolve("quarantine.csv")));
    assertEquals(List.of(12L, 10L, 10L), r.tables().stream().map(TableSummary::read).toList());
    Dataset<Row> v = TestSpark.session().read().parquet(tmp.resolve("clean/victims.parquet").toString());
    assertEquals(Extract.VICTIMS.columnNames(), List.of(v.columns()));
    v.printSchema();
    v.show(false);
    assertTrue(Files.exists(tmp.resolve("data-quality.json")));
  }
}
