package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

/**
 * The warm-started simplex against LPs solved from scratch (commons-math3, with x ≥ 0 stated as
 * rows, the slow formulation that has no fault): one tableau answers the min and the max of every
 * variable in turn, each LP starting where the last ended, as an audit asks them.
 */
class WarmSimplexTest {
  /**
   * An R×C table of counts with margins, a third of the cells unknown; the rows add up (=), the
   * columns are multi-valued (each part ≤ total, Σ parts ≥ total). The unknowns' true values
   * satisfy every row, so the LP is feasible.
   */
  @Test
  void everyMinAndMaxInTurnEqualsTheLpFromScratch() {
    for (int seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      int rows = 3 + rnd.nextInt(4);
      int cols = 3 + rnd.nextInt(4);
      double[][] v = new double[rows + 1][cols + 1];
      for (int r = 0; r < rows; r++) {
        double max = 0;
        double sum = 0;
        for (int c = 0; c < cols; c++) {
          v[r][c] = rnd.nextInt(6);
          sum += v[r][c];
          max = Math.max(max, v[r][c]);
        }
        v[r][cols] = max + rnd.nextInt((int) (sum - max) + 1);
      }
      for (int c = 0; c <= cols; c++) {
        for (int r = 0; r < rows; r++) {
          v[rows][c] += v[r][c];
        }
      }
      boolean[][] unknown = new boolean[rows + 1][cols + 1];
      int[][] var = new int[rows + 1][cols + 1];
      int vars = 0;
      for (int r = 0; r <= rows; r++) {
        for (int c = 0; c <= cols; c++) {
          unknown[r][c] = rnd.nextDouble() < 0.35;
          var[r][c] = unknown[r][c] ? vars++ : -1;
        }
      }
      if (vars == 0) {
        continue;
      }
      List<double[]> a = new ArrayList<>();
      List<Integer> rel = new ArrayList<>();
      List<Double> b = new ArrayList<>();
      for (int c = 0; c <= cols; c++) { // column c: Σ rows = total (additive)
        double[] row = new double[vars];
        double rhs = 0;
        for (int r = 0; r <= rows; r++) {
          double coef = r == rows ? -1 : 1;
          if (unknown[r][c]) {
            row[var[r][c]] += coef;
          } else {
            rhs -= coef * v[r][c];
          }
        }
        add(a, rel, b, row, 0, rhs);
      }
      for (int r = 0; r <= rows; r++) { // row r: parts ≤ total, Σ parts ≥ total (multi-valued)
        double[] sum = new double[vars];
        double sumRhs = 0;
        for (int c = 0; c < cols; c++) {
          double[] part = new double[vars];
          double rhs = 0;
          rhs += term(part, unknown, var, v, r, c, 1);
          rhs += term(part, unknown, var, v, r, cols, -1);
          add(a, rel, b, part, -1, rhs);
          sumRhs += term(sum, unknown, var, v, r, c, 1);
        }
        sumRhs += term(sum, unknown, var, v, r, cols, -1);
        add(a, rel, b, sum, 1, sumRhs);
      }
      WarmSimplex warm = new WarmSimplex(vars, a.toArray(double[][]::new),
          rel.stream().mapToInt(Integer::intValue).toArray(), b.stream().mapToDouble(Double::doubleValue).toArray());
      assertTrue(warm.feasible(), "seed " + seed);
      double[] point = new double[vars];
      for (int round = 0; round < 2; round++) {
        for (int j = 0; j < vars; j++) {
          for (boolean max : new boolean[] {false, true}) {
            double got = warm.optimize(j, max, point);
            double want = fromScratch(vars, a, rel, b, j, max);
            assertEquals(want, got, 1e-6, "seed " + seed + " variable " + j + (max ? " max" : " min"));
            if (!Double.isInfinite(got)) {
              assertFeasible(a, rel, b, point, "seed " + seed + " variable " + j);
            }
          }
        }
      }
    }
  }

  private static double term(double[] row, boolean[][] unknown, int[][] var, double[][] v, int r, int c, double coef) {
    if (unknown[r][c]) {
      row[var[r][c]] += coef;
      return 0;
    }
    return -coef * v[r][c];
  }

  private static void add(List<double[]> a, List<Integer> rel, List<Double> b, double[] row, int r, double rhs) {
    a.add(row);
    rel.add(r);
    b.add(rhs);
  }

  private static double fromScratch(int vars, List<double[]> a, List<Integer> rel, List<Double> b, int j,
      boolean max) {
    List<LinearConstraint> cs = new ArrayList<>();
    for (int r = 0; r < a.size(); r++) {
      Relationship x = rel.get(r) == 0 ? Relationship.EQ : rel.get(r) < 0 ? Relationship.LEQ : Relationship.GEQ;
      cs.add(new LinearConstraint(a.get(r), x, b.get(r)));
    }
    for (int k = 0; k < vars; k++) {
      double[] e = new double[vars];
      e[k] = 1;
      cs.add(new LinearConstraint(e, Relationship.GEQ, 0));
    }
    double[] c = new double[vars];
    c[j] = 1;
    try {
      return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(c, 0),
          new LinearConstraintSet(cs), max ? GoalType.MAXIMIZE : GoalType.MINIMIZE, new NonNegativeConstraint(false))
          .getValue();
    } catch (UnboundedSolutionException e) {
      return Double.POSITIVE_INFINITY;
    }
  }

  private static void assertFeasible(List<double[]> a, List<Integer> rel, List<Double> b, double[] x, String what) {
    for (int r = 0; r < a.size(); r++) {
      double s = 0;
      for (int k = 0; k < x.length; k++) {
        assertTrue(x[k] >= -1e-9, what);
        s += a.get(r)[k] * x[k];
      }
      double d = s - b.get(r);
      assertTrue(rel.get(r) == 0 ? Math.abs(d) < 1e-6 : rel.get(r) < 0 ? d < 1e-6 : d > -1e-6,
          what + ": row " + r + " off by " + d);
    }
  }
}
