package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.contract.Extract;
import thbstat.jobs.io.Location;
import thbstat.jobs.spark.TestSpark;

class IdValuesTest {
  @TempDir Path tmp;

  private final SparkSession spark = TestSpark.session();

  @Test
  void idsAreReadTrimmedAsTheRulesCleanThemAndLinesWithTheWrongFieldCountAreLeftOut() {
    Path file = tmp.resolve("proceedings.csv");
    IngestFixtures.write(file, String.join("\n",
        "person_id,case_id,offence",
        "P1,C1,cc388",
        " P1\t,\u00a0C2 ,cc388",
        ",C3,cc388",
        "P4, ,cc388",
        "P5,C5,cc388,extra",
        "P6,C6") + "\n");
    InputFile in = new InputFile(Extract.PROCEEDINGS, Location.local(file, spark.sparkContext().hadoopConfiguration()),
        "csv", List.of("person_id", "case_id", "offence"), ',');
    List<String> rows = IdValues.of(in, new RawReader(spark).read(in), List.of("person_id", "case_id"))
        .orderBy(RawReader.LINE).collectAsList().stream()
        .map(IdValuesTest::text).toList();
    assertEquals(List.of("2 P1 C1", "3 P1 C2", "4 null C3", "5 P4 null"), rows);
  }

  private static String text(Row r) {
    return r.getLong(0) + " " + r.getString(1) + " " + r.getString(2);
  }
}
