package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.contract.Extract;

class CsvTableWriterTest {
  @Test
  void writesTypedCellsAndQuotesOnlyWhereNeeded(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("trainings.csv");
    try (CsvTableWriter w = new CsvTableWriter(Extract.TRAININGS, file)) {
      Row row = new Row(Extract.TRAININGS);
      w.write(row.set("training_id", "T-2019-0003").set("start_date", LocalDate.of(2019, 3, 1))
          .set("institution", "police").set("topic", "ict").set("participants_f", 3)
          .set("participants_m", 4).set("hours", new BigDecimal("6.50")));
      w.write(row.clear().set("training_id", "a,\"b\"").set("participants_f", 0));
    }
    assertEquals(List.of(
        "training_id,start_date,end_date,institution,topic,participants_f,participants_m,hours",
        "T-2019-0003,2019-03-01,,police,ict,3,4,6.50",
        "\"a,\"\"b\"\"\",,,,,0,,"), Files.readAllLines(file));
  }

  @Test
  void listsArePipeSeparated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("v.csv");
    try (CsvTableWriter w = new CsvTableWriter(Extract.VICTIMS, file)) {
      w.write(new Row(Extract.VICTIMS).set("exploitation", List.of("sexual", "labour")).set("reflection_period", true));
    }
    assertEquals(",,,,,,,,,sexual|labour,,,,true,,,,", Files.readAllLines(file).get(1));
  }
}
