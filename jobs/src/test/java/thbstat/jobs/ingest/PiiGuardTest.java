package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.Extract;
import thbstat.jobs.io.Location;

class PiiGuardTest {
  private static final Configuration CONF = new Configuration();
  private final InputFile victims = new InputFile(Extract.VICTIMS, Location.local(Path.of("/in/victims.parquet"), CONF),
      "parquet", Extract.VICTIMS.columnNames(), ',');
  private final InputFile trainings = new InputFile(Extract.TRAININGS, Location.local(Path.of("/in/trainings.csv"),
      CONF), "csv", Extract.TRAININGS.columnNames(), ',');

  @Test
  void quarantinedValuesAreTestedWithTheirColumnsPatternsAndNamedByPartAndFirstRow() {
    PiiGuard.Quarantined q = new PiiGuard.Quarantined(List.of(victims, trainings));
    q.test("victims.parquet/part-00001.parquet", 7, "police_admin", " Ana Jovanović ");
    q.test("victims.parquet/part-00001.parquet", 3, "police_admin", "marko.markovic@example.rs");
    q.test("victims.parquet/part-00001.parquet", 5, "police_admin", "Petar Petrović");
    q.test("victims.parquet/part-00001.parquet", 9, "police_admin", "Novi Sad"); // a town
    q.test("victims.parquet/part-00001.parquet", 9, "sex", "x");
    q.test("victims.parquet/part-00001.parquet", 9, "case_id", "");
    // a number column: a 9-digit count is out of range, not a passport number
    q.test("trainings.csv", 4, "participants_f", "123456789");
    q.test("trainings.csv", 6, "start_date", "JMBG 0101990710008");
    List<String> problems = q.problems().stream().map(Object::toString).toList();
    assertEquals(List.of(
        "/in/victims.parquet/part-00001.parquet:5: column 'police_admin' looks like a direct identifier: personal names"
            + " in 2 values (first on this line), kept out of quarantine.csv; remove or pseudonymise it before running"
            + " thbstat",
        "/in/victims.parquet/part-00001.parquet:3: column 'police_admin' looks like a direct identifier: e-mail"
            + " addresses in 1 value (first on this line), kept out of quarantine.csv; remove or pseudonymise it before"
            + " running thbstat",
        "/in/trainings.csv:6: column 'start_date' looks like a direct identifier: 13-digit personal numbers (JMBG) with"
            + " a valid check digit in 1 value (first on this line), kept out of quarantine.csv; remove or pseudonymise"
            + " it before running thbstat"), problems);
  }
}
