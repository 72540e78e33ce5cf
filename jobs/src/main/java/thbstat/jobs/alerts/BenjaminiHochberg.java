package thbstat.jobs.alerts;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The Benjamini–Hochberg step-up procedure over one family of p-values (one rule, one quarter).
 * Under the global null it bounds the chance of any false alarm in the family by q; in general it
 * bounds the expected share of false alarms among the alarms.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /** Adjusted p-values (q-values): reject hypothesis i at level q exactly when adjusted[i] ≤ q. */
  public static double[] adjust(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 1.0;
    for (int r = m - 1; r >= 0; r--) {
      int i = order[r];
      running = Math.min(running, p[i] * m / (r + 1));
      adjusted[i] = running;
    }
    return adjusted;
  }

  /**
   * The largest raw p-value rejected at level q: p(k) with k the largest rank where p(k) ≤ k·q/m;
   * when nothing is rejected, q/m, the level a single cell would have had to reach.
   */
  public static double cutoff(double[] p, double q) {
    int m = p.length;
    if (m == 0) {
      return q;
    }
    double[] sorted = p.clone();
    Arrays.sort(sorted);
    for (int k = m; k >= 1; k--) {
      if (sorted[k - 1] <= k * q / m) {
        return k * q / m;
      }
    }
    return q / m;
  }
}
