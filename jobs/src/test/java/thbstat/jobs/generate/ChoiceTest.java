package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChoiceTest {
  @Test
  void drawsFollowTheWeights() {
    Choice c = Choice.of("a", 3, "b", 1);
    SplittableRandom rng = new SplittableRandom(1);
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < 40_000; i++) {
      counts.merge(c.pick(rng), 1, Integer::sum);
    }
    assertEquals(0.75, counts.get("a") / 40_000.0, 0.01);
  }

  @Test
  void overKeepsEveryCodeOfTheListAndRejectsStrangers() {
    Choice c = Choice.over(List.of("x", "y", "z"), "x", 10);
    assertEquals(List.of("x", "y", "z"), c.codes());
    SplittableRandom rng = new SplittableRandom(2);
    assertTrue(java.util.stream.IntStream.range(0, 2000).mapToObj(i -> c.pick(rng)).anyMatch("z"::equals));
    assertThrows(IllegalArgumentException.class, () -> Choice.over(List.of("x"), "w", 1));
  }
}
