package thbstat.jobs.protect;

import java.util.Arrays;

/**
 * A dense tableau simplex for the many LPs over one polytope that an audit asks: the min and the
 * max of each suppressed cell, all cells ≥ 0, under the same rows. Phase 1 finds a feasible basis
 * once; each LP then starts from the basis the last one ended in, which is feasible for every
 * objective, and usually needs a few pivots where a solve from scratch needs hundreds (a year
 * with its quarters makes LPs of 466 unknowns and 1,056 rows). Dantzig's rule, with Bland's after
 * a run of degenerate pivots so that it cannot cycle. Not thread-safe: callers hold its lock.
 */
final class WarmSimplex {
  /** Coefficients and values are small whole or half numbers: below this, an entry is 0. */
  private static final double EPS = 1e-9;
  /** The smallest entry to pivot on: a tinier one would blow rounding errors up. */
  private static final double PIVOT = 1e-7;
  /** Degenerate pivots in a row before the rule turns to Bland's. */
  private static final int DEGENERATE_RUN = 50;

  private final int vars;
  private final int rows;
  /**
   * Columns: the variables, then one slack per inequality row; then the right-hand side. Row r's
   * artificial (column {@code columns + r} in {@link #basis}) has no column: nothing reads it.
   */
  private final int columns;
  private final double[][] t;
  private final int[] basis;
  /** Rows left with only an artificial at 0 (a relation the others imply): never pivot rows. */
  private final boolean[] dead;
  private final boolean feasible;
  private final int maxPivots;

  /** {@code a[r]}, {@code rel[r]} (-1 ≤, 0 =, 1 ≥) and {@code b[r]}: row r over the {@code vars} variables. */
  WarmSimplex(int vars, double[][] a, int[] rel, double[] b) {
    this.vars = vars;
    this.rows = a.length;
    int slacks = 0;
    for (int r : rel) {
      slacks += r != 0 ? 1 : 0;
    }
    columns = vars + slacks;
    t = new double[rows][columns + 1];
    basis = new int[rows];
    dead = new boolean[rows];
    int slack = vars;
    for (int r = 0; r < rows; r++) {
      double sign = b[r] < 0 ? -1 : 1;
      for (int j = 0; j < vars; j++) {
        t[r][j] = sign * a[r][j];
      }
      t[r][columns] = sign * b[r];
      basis[r] = columns + r;
      if (rel[r] != 0) {
        t[r][slack] = sign * (rel[r] < 0 ? 1 : -1);
        if (t[r][slack] > 0) {
          basis[r] = slack; // a slack that can hold the right-hand side needs no artificial
        }
        slack++;
      }
    }
    maxPivots = 50 * (rows + columns);
    feasible = phaseOne();
  }

  boolean feasible() {
    return feasible;
  }

  /**
   * The min or max of variable {@code target}: its value, {@link Double#POSITIVE_INFINITY} when
   * unbounded above, or NaN when the pivots ran out (the caller solves it another way); {@code
   * point} gets the variables' values at the optimum.
   */
  double optimize(int target, boolean maximise, double[] point) {
    double[] d = new double[columns];
    double c = maximise ? -1 : 1;
    int at = rowOf(target);
    for (int k = 0; k < columns; k++) {
      d[k] = (k == target ? c : 0) - (at >= 0 ? c * t[at][k] : 0);
    }
    if (at >= 0) {
      d[target] = 0;
    }
    int status = iterate(d);
    if (status == UNBOUNDED) {
      return Double.POSITIVE_INFINITY;
    }
    if (status == STALLED) {
      return Double.NaN;
    }
    Arrays.fill(point, 0);
    for (int r = 0; r < rows; r++) {
      if (t[r][columns] < -1e-6) {
        broken = true; // rounding has drifted: the caller builds the LP again
        return Double.NaN;
      }
      if (basis[r] < vars) {
        point[basis[r]] = t[r][columns];
      }
    }
    return point[target];
  }

  private boolean broken;

  /** Whether rounding has drifted so far that a basis went infeasible: solve anew. */
  boolean broken() {
    return broken;
  }

  private int rowOf(int column) {
    for (int r = 0; r < rows; r++) {
      if (basis[r] == column) {
        return r;
      }
    }
    return -1;
  }

  private boolean phaseOne() {
    double[] d = new double[columns];
    // minimise the sum of the artificials: reduced costs −Σ of their rows for the other columns
    for (int r = 0; r < rows; r++) {
      if (basis[r] >= columns) {
        for (int k = 0; k < columns; k++) {
          d[k] -= t[r][k];
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      if (basis[r] < columns) {
        d[basis[r]] = 0;
      }
    }
    if (iterate(d) != OPTIMAL) {
      return false;
    }
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      if (basis[r] >= columns) {
        sum += t[r][columns];
      }
    }
    if (sum > 1e-7) {
      return false;
    }
    for (int r = 0; r < rows; r++) {
      if (t[r][columns] < -1e-6) {
        return false; // rounding has drifted: not a basis to trust (the caller solves another way)
      }
    }
    // drive the artificials left at 0 out of the basis; a row with no other entry is implied by the rest
    for (int r = 0; r < rows; r++) {
      if (basis[r] < columns) {
        continue;
      }
      // on its largest entry: the first non-zero one may be rounding noise, and dividing by it
      // would blow the noise up through the whole tableau
      int k = -1;
      for (int j = 0; j < columns; j++) {
        if (Math.abs(t[r][j]) > PIVOT && (k < 0 || Math.abs(t[r][j]) > Math.abs(t[r][k]))) {
          k = j;
        }
      }
      if (k >= 0) {
        pivot(r, k, null);
      } else {
        dead[r] = true;
      }
    }
    return true;
  }

  private static final int OPTIMAL = 0;
  private static final int UNBOUNDED = 1;
  private static final int STALLED = 2;

  /** Primal simplex from the current basis with reduced costs {@code d}, until optimal. */
  private int iterate(double[] d) {
    int degenerate = 0;
    for (int pivots = 0; pivots < maxPivots; pivots++) {
      boolean bland = degenerate >= DEGENERATE_RUN;
      int enter = -1;
      double best = -EPS;
      for (int k = 0; k < columns; k++) {
        if (d[k] < best) {
          enter = k;
          if (bland) {
            break;
          }
          best = d[k];
        }
      }
      if (enter < 0) {
        return OPTIMAL;
      }
      int leave = -1;
      double ratio = Double.POSITIVE_INFINITY;
      for (int r = 0; r < rows; r++) {
        double e = t[r][enter];
        if (dead[r] || e <= PIVOT) {
          continue;
        }
        double q = t[r][columns] / e;
        if (q < ratio - EPS || q <= ratio + EPS && leave >= 0 && before(basis[r], basis[leave])) {
          ratio = q;
          leave = r;
        }
      }
      if (leave < 0) {
        return UNBOUNDED;
      }
      degenerate = ratio <= EPS ? degenerate + 1 : 0;
      pivot(leave, enter, d);
    }
    return STALLED;
  }

  /** Bland's order of variables to leave on a tie: the artificials first, then by column. */
  private boolean before(int a, int b) {
    boolean artA = a >= columns;
    boolean artB = b >= columns;
    return artA != artB ? artA : a < b;
  }

  private int[] nonZero = new int[0];

  private void pivot(int r, int k, double[] d) {
    double[] pr = t[r];
    double p = pr[k];
    for (int j = 0; j <= columns; j++) {
      pr[j] = clean(pr[j] / p);
    }
    pr[k] = 1;
    // the pivot row's non-zero entries: the only ones a row changes in (the tableau is sparse)
    int[] nz = nonZero.length > columns ? nonZero : (nonZero = new int[columns + 1]);
    int m = 0;
    for (int j = 0; j <= columns; j++) {
      if (pr[j] != 0) {
        nz[m++] = j;
      }
    }
    for (int i = 0; i < rows; i++) {
      double f = t[i][k];
      if (i == r || f == 0) {
        continue;
      }
      double[] row = t[i];
      for (int q = 0; q < m; q++) {
        int j = nz[q];
        row[j] = clean(row[j] - f * pr[j]);
      }
      row[k] = 0;
    }
    if (d != null) {
      double f = d[k];
      for (int q = 0; q < m; q++) {
        int j = nz[q];
        if (j < columns) {
          d[j] = clean(d[j] - f * pr[j]);
        }
      }
      d[k] = 0;
    }
    basis[r] = k;
  }

  private static double clean(double v) {
    return Math.abs(v) < 1e-11 ? 0 : v;
  }
}
