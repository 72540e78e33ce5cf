package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The LP intervals against brute force: every integer completion of the suppressed cells. */
class IntervalSolverTest {
  static final List<String> DIMS = List.of("ROW", "COL");
  static final List<String> CODES = List.of("A", "B", "C");

  static IndicatorRule rule(String colSum) {
    return new IndicatorRule("X", IndicatorRule.COUNT, 3, "PS", DIMS, List.of("ROW"), List.of("COL"),
        Map.of("ROW", "eq", "COL", colSum), Map.of("ROW", CODES, "COL", CODES), Map.of(), List.of(), true, 3);
  }

  /** 3×3 plus margins, keys in ROW, COL order; values[r][c] with index 3 = _T. */
  static CellSpace space(IndicatorRule rule) {
    List<List<String>> keys = new ArrayList<>();
    List<String> all = List.of("A", "B", "C", "_T");
    for (String r : all) {
      for (String c : all) {
        keys.add(List.of(r, c));
      }
    }
    return new CellSpace(DIMS, rule, keys);
  }

  @Test
  void additiveTableMatchesBruteForce() {
    check("eq");
  }

  /** COL multi-valued: the _T column is at most the row's sum and at least each part. */
  @Test
  void multiValuedTableMatchesBruteForce() {
    check("ge");
  }

  /**
   * One total over eleven parts, ten of them hidden: 68 = 53 + Σ hidden, so each hidden part lies
   * in [0, 15]. commons-math3's simplex with implicit non-negativity answered 0 as the maximum of
   * every part but the first, which made such rows look unsafe.
   */
  @Test
  void oneTotalWithTenHiddenPartsReachesTheirWholeSum() {
    List<String> codes = List.of("R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10");
    IndicatorRule rule = new IndicatorRule("X", IndicatorRule.COUNT, 3, "PS", List.of("REGION"), List.of("REGION"),
        List.of(), Map.of("REGION", "eq"), Map.of("REGION", codes), Map.of(), List.of(), true, 3);
    List<List<String>> keys = new ArrayList<>();
    codes.forEach(c -> keys.add(List.of(c)));
    keys.add(List.of("_T"));
    CellSpace space = new CellSpace(List.of("REGION"), rule, keys);
    double[] known = new double[12];
    java.util.Arrays.fill(known, Double.NaN);
    known[10] = 53;
    known[11] = 68;
    IntervalSolver solver = new IntervalSolver(space, known);
    for (int i = 0; i < 10; i++) {
      Interval iv = solver.interval(i);
      assertEquals(0, iv.lower(), 1e-9, codes.get(i));
      assertEquals(15, iv.upper(), 1e-9, codes.get(i));
    }
  }

  /**
   * A dimension of one code: each column's total is its one part (a row x − y = 0 in the LP, two
   * cells the simplex gives one column) and the two row relations become the same row once the
   * twins share columns (with the grand total published, the two rows' right-hand sides are the
   * same). The intervals are still those of brute force.
   */
  @Test
  void twinCellsOfADimensionOfOneCodeKeepTheirIntervals() {
    IndicatorRule rule = new IndicatorRule("X", IndicatorRule.COUNT, 3, "PS", DIMS, List.of("ROW"), List.of("COL"),
        Map.of("ROW", "eq", "COL", "eq"), Map.of("ROW", List.of("A"), "COL", CODES), Map.of(), List.of(), true, 3);
    List<List<String>> keys = new ArrayList<>();
    for (String r : List.of("A", "_T")) {
      for (String c : List.of("A", "B", "C", "_T")) {
        keys.add(List.of(r, c));
      }
    }
    CellSpace space = new CellSpace(DIMS, rule, keys);
    long fromScratch = IntervalSolver.solvesFromScratch();
    for (int seed = 1; seed <= 30; seed++) {
      Random rnd = new Random(seed);
      double[] v = new double[8];
      for (int c = 0; c < 3; c++) {
        v[c] = rnd.nextInt(5);
        v[3] += v[c];
      }
      System.arraycopy(v, 0, v, 4, 4); // the _T row is row A
      List<Integer> hidden = new ArrayList<>();
      for (int i = 0; i < 7; i++) { // the grand total published: every cell bounded, as brute force needs
        if (rnd.nextDouble() < 0.55 && hidden.size() < 5) {
          hidden.add(i);
        }
      }
      assertIntervalsOfBruteForce(space, v, hidden, (int) v[7], "seed " + seed);
    }
    // the merged LPs answered: none fell back to the solver from scratch (which would hide a wrong merge)
    assertEquals(fromScratch, IntervalSolver.solvesFromScratch());
  }

  private void check(String colSum) {
    IndicatorRule rule = rule(colSum);
    CellSpace space = space(rule);
    long fromScratch = IntervalSolver.solvesFromScratch();
    for (int seed = 1; seed <= 30; seed++) {
      Random rnd = new Random(seed);
      double[] v = new double[16];
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
          v[r * 4 + c] = rnd.nextInt(4);
        }
      }
      for (int r = 0; r < 3; r++) {
        double s = 0;
        double max = 0;
        for (int c = 0; c < 3; c++) {
          s += v[r * 4 + c];
          max = Math.max(max, v[r * 4 + c]);
        }
        // multi-valued: persons under several columns, so the total is between the max and the sum
        v[r * 4 + 3] = colSum.equals("eq") ? s : max + rnd.nextInt((int) (s - max) + 1);
      }
      for (int c = 0; c < 4; c++) {
        v[12 + c] = v[c] + v[4 + c] + v[8 + c];
      }
      List<Integer> hidden = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        if (rnd.nextDouble() < 0.3 && hidden.size() < 4) {
          hidden.add(i);
        }
      }
      assertIntervalsOfBruteForce(space, v, hidden, (int) v[15], "seed " + seed);
    }
    // the warm simplex answered every LP (its rows merged and dropped as GroupLp says)
    assertEquals(fromScratch, IntervalSolver.solvesFromScratch());
  }

  /** The LP interval of each hidden cell of {@code values} against {@link #brute} up to {@code bound}. */
  private static void assertIntervalsOfBruteForce(CellSpace space, double[] values, List<Integer> hidden, int bound,
      String what) {
    double[] known = values.clone();
    hidden.forEach(i -> known[i] = Double.NaN);
    IntervalSolver solver = new IntervalSolver(space, known);
    double[][] brute = brute(space, known, hidden, bound);
    for (int k = 0; k < hidden.size(); k++) {
      Interval iv = solver.interval(hidden.get(k));
      double hi = Double.isInfinite(iv.upper()) ? bound + 1 : iv.upper();
      assertEquals(brute[k][0], iv.lower(), 1e-6, what + " cell " + hidden.get(k) + " min");
      // an unbounded LP maximum shows in brute force as the search bound itself
      assertEquals(Math.min(brute[k][1], bound + 1), Math.min(hi, bound + 1), 1e-6,
          what + " cell " + hidden.get(k) + " max");
    }
  }

  /** min and max of each hidden cell over all integer completions in [0, bound + 1]. */
  private static double[][] brute(CellSpace space, double[] known, List<Integer> hidden, int bound) {
    double[][] out = new double[hidden.size()][];
    for (int k = 0; k < hidden.size(); k++) {
      out[k] = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }
    int[] x = new int[hidden.size()];
    double[] v = known.clone();
    while (true) {
      for (int k = 0; k < x.length; k++) {
        v[hidden.get(k)] = x[k];
      }
      if (holds(space, v)) {
        for (int k = 0; k < x.length; k++) {
          out[k][0] = Math.min(out[k][0], x[k]);
          out[k][1] = Math.max(out[k][1], x[k]);
        }
      }
      int k = 0;
      while (k < x.length && ++x[k] > bound + 1) {
        x[k++] = 0;
      }
      if (k == x.length) {
        return out;
      }
    }
  }

  private static boolean holds(CellSpace space, double[] v) {
    for (Relation r : space.relations()) {
      double s = 0;
      for (int p : r.parts()) {
        s += v[p];
        if (v[p] > v[r.total()]) {
          return false;
        }
      }
      double t = v[r.total()];
      boolean ok = switch (r.sum()) {
        case "eq" -> s == t;
        case "ge" -> s >= t;
        case "le" -> s <= t;
        default -> true;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A multi-valued total whose parts are all published 0 (a man counted under no form of
   * exploitation): its parts add up to at least it, so a reader has it as 0 without an LP. Row
   * B of a 3×3 table by a multi-valued COL is all 0 and the _T column is suppressed: B/_T is 0;
   * A/_T lies between its largest part and their sum, [4, 9]; _T/_T is not exact either.
   */
  @Test
  void aMultiValuedTotalOverPartsOfZeroIsZero() {
    CellSpace space = space(rule("ge"));
    double[] known = new double[16];
    int[][] v = {{2, 3, 4, 6}, {0, 0, 0, 0}, {5, 1, 0, 5}, {7, 4, 4, 11}};
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        known[r * 4 + c] = v[r][c];
      }
    }
    for (int cell : new int[] {3, 7, 11, 15}) {
      known[cell] = Double.NaN; // the _T column
    }
    IntervalSolver solver = new IntervalSolver(space, known);
    assertEquals(0.0, solver.exactValue(7)); // B/_T: 0 + 0 + 0 ≥ it
    assertEquals(Double.NaN, solver.exactValue(3)); // A/_T: 4 ≤ it ≤ 9
    assertEquals(Double.NaN, solver.exactValue(15));
    assertEquals(new Interval(0, 0, true), solver.interval(7));
    assertEquals(new Interval(4, 9, true), solver.interval(3));
  }
}
