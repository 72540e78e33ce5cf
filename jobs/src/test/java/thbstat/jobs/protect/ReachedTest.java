package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReachedTest {
  @Test
  void aCellIsSettledOnlyWhenSomePointTakesItDownAndSomeUp() {
    Reached reached = new Reached(3);
    assertFalse(reached.reaches(0, 0, 3), "no point seen yet");
    reached.offer(new double[] {0, 2, Double.NaN});
    assertFalse(reached.reaches(0, 0, 3), "0 reached, 3 not");
    reached.offer(new double[] {3, 1, Double.NaN});
    assertTrue(reached.reaches(0, 0, 3), "0 in the first point, 3 in the second");
    assertFalse(reached.reaches(1, 0, 3), "cell 1 took only 1 and 2");
    assertTrue(reached.reaches(1, Double.POSITIVE_INFINITY, 2), "no low asked: 2 is reached");
    assertFalse(reached.reaches(2, Double.POSITIVE_INFINITY, 0), "a cell outside the points' group is never settled");
    reached.offer(null);
    assertTrue(reached.reaches(0, 0, 3));
  }
}
