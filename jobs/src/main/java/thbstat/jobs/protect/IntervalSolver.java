package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The feasible interval of a suppressed cell by linear programming: the suppressed cells are the
 * variables, all ≥ 0; published cells are constants; every relation of the {@link CellSpace} is a
 * constraint. Each LP is restricted to the connected group of suppressed cells the target belongs
 * to, and solved by the group's {@link WarmSimplex} (from the basis the group's last LP ended in);
 * where that stalls or drifts, from scratch by Apache Commons Math's {@link SimplexSolver}.
 */
final class IntervalSolver {
  /** One constraint over the suppressed cells: Σ coef·cell (rel) rhs. */
  private record Row(int[] cells, double[] coefs, Relationship rel, double rhs) {}

  private static final java.util.concurrent.atomic.AtomicLong SOLVES = new java.util.concurrent.atomic.AtomicLong();
  /** Of {@link #SOLVES}, those solved from scratch: the warm simplex stalled, drifted or found no feasible point. */
  private static final java.util.concurrent.atomic.AtomicLong FROM_SCRATCH = new java.util.concurrent.atomic.AtomicLong();

  /** LPs left unsolved so far in this JVM ({@link #FROM_SCRATCH_MAX}). */
  private static final java.util.concurrent.atomic.AtomicLong UNSOLVED_COUNT = new java.util.concurrent.atomic.AtomicLong();

  private final int n;
  private final List<Row> rows = new ArrayList<>();
  private final int[] group;
  private final boolean[] suppressed;
  /** Suppressed cells whose value follows from published ones ({@link #presolve}): no LP variable. */
  private final boolean[] fixed;
  private final double[] presolved;
  /** Per group root, the suppressed cells of the group ({@link #groupKey}), made when first asked. */
  private java.util.Map<Integer, String> groupKeys;

  /** {@code known[i]} is the published value of cell i, or NaN when suppressed. */
  IntervalSolver(CellSpace space, double[] known) {
    this.n = known.length;
    suppressed = new boolean[n];
    for (int i = 0; i < n; i++) {
      suppressed[i] = Double.isNaN(known[i]);
    }
    fixed = new boolean[n];
    presolved = presolve(space, known, fixed);
    for (Relation r : space.relations()) {
      addRelation(r, presolved);
    }
    group = groups(presolved);
  }

  /**
   * {@code known} with the suppressed cells a reader works out without an LP, repeated until
   * nothing changes: every part of a relation whose total is 0 is 0 (in every relation a part is
   * at most its total, and cells are ≥ 0), a total whose parts add up to at least it is 0 when
   * they are all 0, and the one suppressed cell of an additive relation is its total minus the
   * other parts. The complements of published subsets are mostly such cells;
   * as variables they would tie the LP groups of the tables they join into one large LP.
   */
  private static double[] presolve(CellSpace space, double[] known, boolean[] fixed) {
    double[] k = known.clone();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relation r : space.relations()) {
        if (k[r.total()] == 0) {
          for (int p : r.parts()) {
            if (Double.isNaN(k[p])) {
              k[p] = 0;
              fixed[p] = true;
              changed = true;
            }
          }
        }
        if (r.sum().equals("ge") && Double.isNaN(k[r.total()]) && allZero(r.parts(), k)) {
          // the parts add up to at least the total (a multi-valued dimension): all 0, so is it
          k[r.total()] = 0;
          fixed[r.total()] = true;
          changed = true;
        }
        if (r.additive()) {
          int unknown = -1;
          int unknowns = 0;
          double partsSum = 0;
          for (int p : r.parts()) {
            if (Double.isNaN(k[p])) {
              unknown = p;
              unknowns++;
            } else {
              partsSum += k[p];
            }
          }
          if (Double.isNaN(k[r.total()])) {
            unknowns++;
            unknown = r.total();
          }
          if (unknowns == 1) {
            k[unknown] = unknown == r.total() ? partsSum : k[r.total()] - partsSum;
            fixed[unknown] = true;
            changed = true;
          }
        }
      }
    }
    return k;
  }

  private static boolean allZero(List<Integer> cells, double[] k) {
    for (int c : cells) {
      if (!(k[c] == 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The suppressed cells of the target's LP group, as text: two solvers over the same space whose
   * groups hold the same cells solve the same LP for it (published values do not change).
   */
  synchronized String groupKey(int target) {
    if (groupKeys == null) {
      java.util.Map<Integer, StringBuilder> keys = new java.util.HashMap<>();
      for (int i = 0; i < n; i++) {
        if (suppressed[i]) {
          keys.computeIfAbsent(group[i], g -> new StringBuilder()).append(i).append(',');
        }
      }
      groupKeys = new java.util.HashMap<>();
      keys.forEach((g, sb) -> groupKeys.put(g, sb.toString()));
    }
    return groupKeys.getOrDefault(group[target], "");
  }

  private void addRelation(Relation r, double[] known) {
    if (r.additive()) {
      // Σ parts − total = 0
      add(r.parts(), r.total(), -1, Relationship.EQ, known);
    } else {
      for (int p : r.parts()) {
        add(List.of(p), r.total(), -1, Relationship.LEQ, known); // part − total ≤ 0
      }
      if (r.sum().equals("ge")) {
        add(r.parts(), r.total(), -1, Relationship.GEQ, known); // Σ parts − total ≥ 0
      } else if (r.sum().equals("le")) {
        add(r.parts(), r.total(), -1, Relationship.LEQ, known); // Σ parts − total ≤ 0
      }
    }
  }

  private void add(List<Integer> parts, int total, double totalCoef, Relationship rel, double[] known) {
    List<Integer> cells = new ArrayList<>();
    List<Double> coefs = new ArrayList<>();
    double rhs = 0;
    for (int p : parts) {
      if (Double.isNaN(known[p])) {
        cells.add(p);
        coefs.add(1.0);
      } else {
        rhs -= known[p];
      }
    }
    if (Double.isNaN(known[total])) {
      cells.add(total);
      coefs.add(totalCoef);
    } else {
      rhs -= totalCoef * known[total];
    }
    if (!cells.isEmpty()) {
      rows.add(new Row(cells.stream().mapToInt(Integer::intValue).toArray(),
          coefs.stream().mapToDouble(Double::doubleValue).toArray(), rel, rhs));
    }
  }

  private int[] groups(double[] known) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (Row row : rows) {
      for (int c : row.cells()) {
        union(parent, row.cells()[0], c);
      }
    }
    int[] g = new int[n];
    for (int i = 0; i < n; i++) {
      g[i] = find(parent, i);
    }
    return g;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /**
   * The value of a suppressed cell that a reader works out from the published ones without an LP
   * ({@link #presolve}), or NaN.
   */
  double exactValue(int cell) {
    return suppressed[cell] && fixed[cell] ? presolved[cell] : Double.NaN;
  }

  /** Whether the two suppressed cells are bound together by some relation chain (one LP group). */
  boolean sameGroup(int a, int b) {
    return group[a] == group[b];
  }

  /** LP problems solved so far in this JVM (each min or max counts one), for the benchmark. */
  static long solves() {
    return SOLVES.get();
  }

  /** LPs left unsolved so far in this JVM: too large to solve from scratch. */
  static long unsolved() {
    return UNSOLVED_COUNT.get();
  }

  /** LPs solved from scratch so far in this JVM (each min or max counts one). */
  static long solvesFromScratch() {
    return FROM_SCRATCH.get();
  }

  /** min and max of the suppressed cell {@code target}. */
  Interval interval(int target) {
    return solve(target, true).interval();
  }

  /** max of the suppressed cell {@code target}; its lower bound is reported as 0, not solved. */
  Interval upper(int target) {
    return solve(target, false).interval();
  }

  /**
   * An interval with the optimal points it was solved with: the value of each cell of the
   * target's group at its min and at its max (NaN elsewhere; null when not solved). A point is a
   * feasible assignment of the group's cells, so it stays one for any pattern that publishes only
   * cells at the values it gives them.
   */
  record Solved(Interval interval, double[] lowPoint, double[] highPoint) {
    private static final Solved UNSOLVED = new Solved(new Interval(Double.NaN, Double.NaN, false), null, null);

    /**
     * Whether the LP was left unsolved ({@link #FROM_SCRATCH_MAX}): its interval reads as
     * infeasible, which no caller takes as safe.
     */
    boolean unsolved() {
      return this == UNSOLVED;
    }
  }

  /**
   * The most unknowns an LP is solved with from scratch when its {@link WarmSimplex} fails:
   * commons-math's dense simplex takes minutes beyond a few hundred (a year with three quarters
   * not published and all its own cells suppressed: 1,641 unknowns and 2,724 rows, where the warm
   * simplex's rounding drifted after 1,784 pivots, ran for more than 10 minutes). Above it the LP
   * is left {@link Solved#unsolved}.
   */
  static final int FROM_SCRATCH_MAX = 300;

  /** {@link #interval} ({@code lower}) or {@link #upper}, with the optimal points. Thread-safe. */
  Solved solve(int target, boolean lower) {
    if (fixed[target]) {
      double v = presolved[target];
      return new Solved(v < -Interval.EPS ? new Interval(Double.NaN, Double.NaN, false)
          : new Interval(clean(v), clean(v), true), null, null);
    }
    int g = group[target];
    int[] var = new int[n];
    Arrays.fill(var, -1);
    var[target] = 0; // the target first: see optimize
    int vars = 1;
    for (int i = 0; i < n; i++) {
      if (group[i] == g && i != target) {
        var[i] = vars++;
      }
    }
    if (unsolvable.contains(g)) {
      UNSOLVED_COUNT.incrementAndGet();
      return Solved.UNSOLVED;
    }
    Solved warm = warm(g, target, lower, var, vars);
    if (warm != null) {
      return warm;
    }
    if (vars > FROM_SCRATCH_MAX) {
      unsolvable.add(g); // its next LPs would fail the same way: two phase 1s each
      UNSOLVED_COUNT.incrementAndGet();
      return Solved.UNSOLVED;
    }
    List<LinearConstraint> constraints = new ArrayList<>();
    for (Row row : rows) {
      if (group[row.cells()[0]] != g) {
        continue;
      }
      double[] a = new double[vars];
      for (int k = 0; k < row.cells().length; k++) {
        a[var[row.cells()[k]]] += row.coefs()[k];
      }
      constraints.add(new LinearConstraint(a, row.rel(), row.rhs()));
    }
    if (constraints.isEmpty()) {
      return new Solved(Interval.unbounded(), null, null);
    }
    double[] objective = new double[vars];
    objective[0] = 1;
    try {
      double lo = 0;
      double[] lowPoint = null;
      double[] highPoint = null;
      if (lower) {
        PointValuePair min = optimize(objective, constraints, GoalType.MINIMIZE);
        lo = min.getValue();
        lowPoint = point(min, var);
      }
      double hi;
      try {
        PointValuePair max = optimize(objective, constraints, GoalType.MAXIMIZE);
        hi = max.getValue();
        highPoint = point(max, var);
      } catch (UnboundedSolutionException e) {
        hi = Double.POSITIVE_INFINITY;
      }
      return new Solved(new Interval(clean(lo), clean(hi), true), lowPoint, highPoint);
    } catch (NoFeasibleSolutionException e) {
      return new Solved(new Interval(Double.NaN, Double.NaN, false), null, null);
    }
  }

  /** LP groups too large to solve from scratch whose warm simplex failed ({@link #FROM_SCRATCH_MAX}). */
  private final java.util.Set<Integer> unsolvable = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Per LP group, the simplex whose basis each LP of the group starts from (solved one at a time). */
  private final java.util.Map<Integer, GroupLp> warmOf = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A group's LP as its {@link WarmSimplex} solves it: the same polytope with fewer rows and
   * columns. Twin cells (a row x − y = 0: a relation whose other members are published zeros,
   * such as a year's cell and the one quarter that has its persons) share one column, and of rows
   * with the same left-hand side only the tightest is kept (a year with its quarters: 1,680 rows,
   * 300 of them repeated, and 196 twin rows). The tableau's size is what a pivot costs: it is
   * read from memory row by row.
   *
   * @param cells the group's cells in cell order
   * @param columnOf per entry of {@code cells}, its column in {@code simplex}
   */
  private record GroupLp(WarmSimplex simplex, int[] cells, int[] columnOf) {
    int column(int cell) {
      return columnOf[Arrays.binarySearch(cells, cell)];
    }
  }

  /**
   * The interval by the group's {@link WarmSimplex}; null when it stalled or rounding drifted, and
   * the LP is to be solved from scratch.
   */
  private Solved warm(int g, int target, boolean lower, int[] var, int vars) {
    List<Row> groupRows = new ArrayList<>();
    for (Row row : rows) {
      if (group[row.cells()[0]] == g) {
        groupRows.add(row);
      }
    }
    if (groupRows.isEmpty()) {
      return null;
    }
    int[] cells = new int[vars];
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (var[i] >= 0) {
        cells[c++] = i;
      }
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      GroupLp lp = warmOf.computeIfAbsent(g, k -> reduced(cells, groupRows));
      Solved solved = warm(lp, target, lower);
      if (solved != null) {
        return solved;
      }
      warmOf.remove(g, lp); // rounding drifted, or it stalled: once more from a new phase 1
    }
    return null;
  }

  /** The group's rows over its cells, twins merged and repeated rows dropped ({@link GroupLp}). */
  private static GroupLp reduced(int[] cells, List<Row> groupRows) {
    int[] twinOf = new int[cells.length];
    for (int k = 0; k < twinOf.length; k++) {
      twinOf[k] = k;
    }
    for (Row row : groupRows) {
      double[] a = row.coefs();
      if (row.rel() == Relationship.EQ && a.length == 2 && row.rhs() == 0 && a[0] == -a[1]) {
        union(twinOf, Arrays.binarySearch(cells, row.cells()[0]), Arrays.binarySearch(cells, row.cells()[1]));
      }
    }
    int[] columnOf = new int[cells.length];
    int columns = 0;
    for (int k = 0; k < cells.length; k++) {
      int root = find(twinOf, k);
      columnOf[k] = root == k ? columns++ : columnOf[root]; // a root comes before its twins
    }
    // per left-hand side (columns and coefficients, and the relation), one row: the tightest
    java.util.Map<String, Integer> rowOf = new java.util.HashMap<>();
    List<double[]> lhs = new ArrayList<>();
    List<Integer> rels = new ArrayList<>();
    List<Double> rhs = new ArrayList<>();
    for (Row row : groupRows) {
      double[] a = new double[columns];
      for (int j = 0; j < row.cells().length; j++) {
        a[columnOf[Arrays.binarySearch(cells, row.cells()[j])]] += row.coefs()[j];
      }
      int rel = row.rel() == Relationship.EQ ? 0 : row.rel() == Relationship.LEQ ? -1 : 1;
      StringBuilder key = new StringBuilder().append(rel);
      boolean empty = true;
      for (int j = 0; j < columns; j++) {
        if (a[j] != 0) {
          key.append(' ').append(j).append(':').append(a[j]);
          empty = false;
        }
      }
      double b = row.rhs();
      if (empty && (rel == 0 ? b == 0 : rel < 0 ? b >= 0 : b <= 0)) {
        continue; // twins made it 0 = 0, or 0 ≤ b: it holds whatever the cells
      }
      if (rel == 0) {
        key.append(" = ").append(b); // equal left sides with other right sides: both, infeasible
      }
      Integer r = rowOf.putIfAbsent(key.toString(), lhs.size());
      if (r == null) {
        lhs.add(a);
        rels.add(rel);
        rhs.add(b);
      } else if (rel < 0 ? b < rhs.get(r) : rel > 0 && b > rhs.get(r)) {
        rhs.set(r, b);
      }
    }
    double[][] a = lhs.toArray(double[][]::new);
    int[] rel = rels.stream().mapToInt(Integer::intValue).toArray();
    double[] b = rhs.stream().mapToDouble(Double::doubleValue).toArray();
    return new GroupLp(new WarmSimplex(columns, a, rel, b), cells, columnOf);
  }

  private Solved warm(GroupLp group, int target, boolean lower) {
    WarmSimplex lp = group.simplex();
    synchronized (lp) {
      SOLVES.addAndGet(lower ? 2 : 1);
      if (lp.broken() || !lp.feasible()) {
        return null; // infeasible published cells are rare: the LP from scratch confirms it
      }
      int column = group.column(target);
      double[] x = new double[group.columnOf().length];
      double lo = 0;
      double[] lowPoint = null;
      if (lower) {
        lo = lp.optimize(column, false, x);
        if (Double.isNaN(lo)) {
          return null;
        }
        lowPoint = spread(x, group);
      }
      double hi = lp.optimize(column, true, x);
      if (Double.isNaN(hi)) {
        return null;
      }
      if (Double.isInfinite(hi)) {
        return new Solved(new Interval(clean(lo), Double.POSITIVE_INFINITY, true), lowPoint, null);
      }
      return new Solved(new Interval(clean(lo), clean(hi), true), lowPoint, spread(x, group));
    }
  }

  /** An LP point over the group's columns as values of the space's cells (NaN outside the group). */
  private double[] spread(double[] x, GroupLp group) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    int[] cells = group.cells();
    for (int k = 0; k < cells.length; k++) {
      out[cells[k]] = x[group.columnOf()[k]];
    }
    return out;
  }

  /**
   * The objective is always the first variable: commons-math3 3.6.1's simplex returns a wrong
   * optimum for some degenerate problems otherwise (the max of x₂ subject to x₁ + … + x₁₀ = 15
   * came back as 0 instead of 15), which made safe patterns look unsafe and forced needless
   * suppressions, among them grand totals. With the target first it agreed with explicitly stated
   * x ≥ 0 constraints (a slower formulation that does not show the fault) on 26,000 random problems.
   */
  private static PointValuePair optimize(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
    SOLVES.incrementAndGet();
    FROM_SCRATCH.incrementAndGet();
    try {
      return new SimplexSolver().optimize(new MaxIter(100_000),
          new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
          new NonNegativeConstraint(true));
    } catch (TooManyIterationsException e) {
      throw new IllegalStateException("disclosure audit: LP did not converge", e);
    }
  }

  private double[] point(PointValuePair p, int[] var) {
    double[] out = new double[n];
    double[] x = p.getPoint();
    for (int i = 0; i < n; i++) {
      out[i] = var[i] < 0 ? Double.NaN : x[var[i]];
    }
    return out;
  }

  /** Rounds away LP noise (cells are whole or half numbers). */
  private static double clean(double v) {
    if (Double.isInfinite(v)) {
      return v;
    }
    double r = Math.rint(v * 1e6) / 1e6;
    return r == 0 ? 0 : r;
  }
}
