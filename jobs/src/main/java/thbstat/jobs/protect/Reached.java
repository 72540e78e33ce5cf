package thbstat.jobs.protect;

import java.util.Arrays;

/**
 * Per cell, the lowest and the highest value it takes in the feasible points seen so far, for
 * one fixed set of published cells. A cell's interval holds at least what any feasible point
 * shows, so an LP's optimal point for one cell settles every other cell it takes to 0 or to the
 * threshold: a year with quarters not published has a thousand unknown cells in one LP group,
 * each LP half a second, and most of them need none.
 */
final class Reached {
  private final double[] low;
  private final double[] high;

  Reached(int cells) {
    low = new double[cells];
    high = new double[cells];
    Arrays.fill(low, Double.POSITIVE_INFINITY);
    Arrays.fill(high, Double.NEGATIVE_INFINITY);
  }

  /** Takes in a feasible point (NaN for a cell it does not give; null: nothing). */
  synchronized void offer(double[] point) {
    if (point == null) {
      return;
    }
    for (int i = 0; i < point.length; i++) {
      if (!Double.isNaN(point[i])) {
        low[i] = Math.min(low[i], point[i]);
        high[i] = Math.max(high[i], point[i]);
      }
    }
  }

  /** Whether some point seen takes the cell down to {@code down} and some up to {@code up}. */
  synchronized boolean reaches(int cell, double down, double up) {
    return low[cell] <= down + Interval.EPS && high[cell] >= up - Interval.EPS;
  }
}
