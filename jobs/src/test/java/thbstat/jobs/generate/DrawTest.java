package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawTest {
  /** Seed n + 1 used to be the stream of seed n one draw later, so two "histories" were one. */
  @Test
  void neighbouringSeedsAreNotShiftedCopiesOfOneStream() {
    Set<Long> first = new HashSet<>();
    SplittableRandom one = Draw.stream(1, 1, 2024);
    for (int i = 0; i < 10_000; i++) {
      first.add(one.nextLong());
    }
    for (long seed = 2; seed <= 20; seed++) {
      SplittableRandom other = Draw.stream(seed, 1, 2024);
      for (int i = 0; i < 100; i++) {
        assertFalse(first.contains(other.nextLong()), "seed " + seed + " draw " + i + " is in seed 1's stream");
      }
    }
  }

  @Test
  void theSameSeedTableAndYearGiveTheSameStream() {
    assertEquals(Draw.stream(7, 2, 2019).nextLong(), Draw.stream(7, 2, 2019).nextLong());
  }
}
