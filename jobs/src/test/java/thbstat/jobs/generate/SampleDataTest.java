package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code sample-data/} is exactly {@code thbstat generate --seed 1 --scale 1
 * --from-year 2015 --to-year 2025}: when the generator changes, regenerate it in the same commit.
 */
class SampleDataTest {
  private static final Path SAMPLE = Path.of("..", "sample-data");

  @Test
  void sampleDataIsAFreshGeneration() throws Exception {
    for (String t : List.of("victims", "proceedings", "trainings")) {
      String fresh = Files.readString(Generated.scaleOne().resolve(t + ".csv"));
      String committed = Files.readString(SAMPLE.resolve(t + ".csv"));
      assertEquals(fresh, committed, t + ".csv drifted; regenerate sample-data (see its README)");
    }
  }
}
