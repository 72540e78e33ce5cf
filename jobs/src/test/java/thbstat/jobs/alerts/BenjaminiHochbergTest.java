package thbstat.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The worked example of Benjamini and Hochberg's procedure on ten p-values, by hand. */
class BenjaminiHochbergTest {
  private static final double[] P = {0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216};

  @Test
  void adjustedPValues() {
    // p(i)·m/i, then the running minimum from the largest down
    double[] expected = {0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.10571428571428572, 0.216, 0.216, 0.216};
    assertArrayEquals(expected, BenjaminiHochberg.adjust(P), 1e-12);
  }

  @Test
  void cutoffIsTheLastRankBelowItsLine() {
    // ranks 1 and 2 are below k·0.05/10 (0.001 <= 0.005, 0.008 <= 0.010); rank 3 is not (0.039 > 0.015)
    assertEquals(0.01, BenjaminiHochberg.cutoff(P, 0.05), 1e-12);
    // nothing below its line: a single cell would have needed q/m
    assertEquals(0.005, BenjaminiHochberg.cutoff(new double[] {0.3, 0.5, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1}, 0.05),
        1e-12);
  }

  @Test
  void orderOfTheInputDoesNotMatter() {
    double[] shuffled = {0.216, 0.001, 0.205, 0.008};
    assertArrayEquals(new double[] {0.216, 0.004, 0.216, 0.016}, BenjaminiHochberg.adjust(shuffled), 1e-12);
  }
}
