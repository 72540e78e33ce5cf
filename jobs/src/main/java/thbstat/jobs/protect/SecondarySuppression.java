package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the complementary (secondary) suppressions of one indicator's published cells in one
 * period, so that every primary cell's LP interval reaches 0 and the threshold.
 *
 * <ol>
 *   <li>Hypercube: for each primary cell and each pair of additive dimensions, the cheapest
 *       rectangle of 4 inner non-zero cells (feasible ones first: the opposite corner can absorb
 *       the cell, the two neighbours can give up to the threshold), as tau-ARGUS's GH method does
 *       in 2-D.
 *   <li>Closure: every additive relation with one suppressed cell gets a second, cheapest first,
 *       preferring cells that close another such relation; a relation whose only two suppressed
 *       cells are both primary gets a third (singleton rule: one contributor could subtract).
 *   <li>Audit: min and max of each primary cell by LP; while one fails, suppress the next cheapest
 *       cell related to it and repeat from 2.
 *   <li>Release: each complement, most expensive first, is published again if steps 2–3 stay
 *       satisfied without it, so no more is suppressed than needed.
 *   <li>Exchange (across linked indicators: their grand totals only): each complement that is a
 *       total (grand total first, then margins, most expensive first) is locked as published and
 *       steps 2–4 rerun without it; the new pattern is kept when it costs less. One complement cannot always be released alone (a grand total and the code
 *       that closes its scope relation need each other), so this finds what release cannot.
 * </ol>
 *
 * Cost of a cell: margins after inner cells (number of {@code _T}), then value, then cell order.
 * Cost of a pattern: its complements counted per level of totalness, highest level first (one
 * grand total outweighs any number of margins, one margin any number of inner cells, as in
 * tau-ARGUS with a large penalty per total level), then their total value, then their number.
 * Zero cells are never chosen as complements while another cell will do: they cannot hide anything.
 *
 * <p>Hidden cells ({@link CellSpace#hidden}: linked indicators' cells that no table publishes) are
 * unknowns from the start and cost nothing; they are never complements and never released. One of
 * 1 or 2 persons must reach 0 and the threshold like a primary cell; one of 0 must not be bounded
 * by less than the threshold unless it is bounded by 0 (a reader cannot tell it from 1 or 2). The
 * closure of step 2 skips relations with a hidden cell: the LP of step 3 judges them.
 */
final class SecondarySuppression {
  private final CellSpace space;
  private final double[] values;
  private final boolean[] primary;
  private boolean[] supp;
  private final boolean[] hidden;
  /**
   * Per cell, a feasible assignment of all cells (an LP's optimal point, or the true values) in
   * which it is as low as its interval must reach ({@link #lowNeed}), or null; any LP's point
   * serves every cell it witnesses, not only the LP's target ({@link #offer}).
   */
  private final double[][] lowWitness;
  /** As {@link #lowWitness}, for as high as its interval must reach ({@link #highNeed}). */
  private final double[][] highWitness;
  /** Cells that must stay published in the current exchange attempt (never complements). */
  private final boolean[] locked;
  /** Cells published by a table that is out already (another period's): never complements. */
  private final boolean[] frozen;
  /** Cells whose interval is not this pattern's concern: another period's D cells, and what other periods give away. */
  private final boolean[] unwatched;
  /**
   * Per cell, null, or {low, high}: its interval must reach down to low and up to high. A year's
   * cell suppressed so that the quarters published before it do not give one of theirs away
   * ({@link PeriodLinks}) must let the quarters' unknown rest be 0 and the threshold.
   */
  private final double[][] targets;
  private final double reach;
  private final boolean reachZero;
  private final Comparator<Integer> cheapest;
  /**
   * Whether a primary cell is safe, by the suppressed cells of its LP group: release and exchange
   * try many patterns that leave most groups as they were, and each LP is a min and a max.
   */
  private final java.util.Map<String, Boolean> safeByGroup = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * Whether step 3 adds one cell per round (for the first failing cell) rather than one per
   * failing cell: in a year's joint system one cell often protects several failing cells at once,
   * and what it adds there is not released again.
   */
  private boolean oneAtATime;

  private SecondarySuppression(CellSpace space, double[] values, boolean[] primary, double[][] targets,
      Boolean[] settled, boolean[] unwatched) {
    this.space = space;
    this.values = values;
    this.primary = primary;
    this.targets = targets;
    this.supp = primary.clone();
    for (int i = 0; i < supp.length; i++) {
      supp[i] |= targets[i] != null;
    }
    this.hidden = new boolean[primary.length];
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] = space.hidden(i) || Boolean.FALSE.equals(settled[i]);
      supp[i] |= hidden[i];
    }
    this.frozen = new boolean[primary.length];
    for (int i = 0; i < frozen.length; i++) {
      frozen[i] = Boolean.TRUE.equals(settled[i]);
    }
    this.unwatched = unwatched.clone();
    this.locked = frozen.clone();
    this.lowWitness = new double[primary.length][];
    this.highWitness = new double[primary.length][];
    this.reach = space.rule().reachUpper();
    this.reachZero = space.rule().reachZero();
    this.cheapest = Comparator.<Integer>comparingInt(space::totalness)
        .thenComparingDouble(i -> values[i])
        .thenComparingInt(i -> i);
    offer(values);
  }

  /** The suppressed cells (primary and secondary) of the space. */
  static boolean[] run(CellSpace space, double[] values, boolean[] primary) {
    return run(space, values, primary, new double[primary.length][]);
  }

  /** As {@link #run(CellSpace, double[], boolean[])}, with cells suppressed for other periods' sake and their {@link #targets}. */
  static boolean[] run(CellSpace space, double[] values, boolean[] primary, double[][] targets) {
    return run(new SecondarySuppression(space, values, primary, targets, new Boolean[primary.length],
        new boolean[primary.length]));
  }

  /**
   * Completes a period's pattern {@code start} so that it also holds with the other periods of
   * its year ({@link PeriodFamily}): {@code settled[i]} is null for a cell of this period, TRUE
   * for another period's published cell (it stays published), FALSE for one a reader does not
   * have (unknown, never a complement). {@code primary} marks this period's primary cells and the
   * other periods' C cells, which must still reach 0 and the threshold; {@code unwatched}, the
   * other periods' D cells. Cells are added as step 3 adds them, one per round, with this
   * period's grand totals kept published where a safe pattern allows it. A watched cell that the
   * other periods narrow even with every cell of this period suppressed cannot be protected here:
   * it is added to {@code givenAway} and no longer watched.
   */
  static boolean[] complete(CellSpace space, double[] values, boolean[] primary, Boolean[] settled,
      boolean[] unwatched, boolean[] start, List<Integer> givenAway) {
    SecondarySuppression s = new SecondarySuppression(space, values, primary, new double[primary.length][], settled,
        unwatched);
    boolean[] from = s.supp.clone();
    for (int i = 0; i < from.length; i++) {
      from[i] |= start[i];
    }
    s.supp = from.clone();
    List<Integer> failing = s.failingPrimaries();
    if (failing.isEmpty()) {
      return s.supp;
    }
    // what no pattern of this period protects: failing with every cell of it suppressed
    for (int i = 0; i < s.supp.length; i++) {
      s.supp[i] |= !s.frozen[i];
    }
    IntervalSolver all = new IntervalSolver(space, s.known());
    for (int p : failing) {
      if (s.givenAwayWithAll(all, p)) {
        givenAway.add(p);
        s.unwatched[p] = true;
      }
    }
    s.supp = from.clone();
    // measured on the sample's three years: 24 fewer cells (2025: Q4 80 → 78, the year 73 → 56)
    s.oneAtATime = true;
    // as run() does: the period's grand totals kept published where a safe pattern allows it
    for (int i = 0; i < s.supp.length; i++) {
      s.locked[i] = s.frozen[i] || settled[i] == null && space.grandTotal(i) && !s.supp[i];
    }
    boolean safe = s.secure();
    System.arraycopy(s.frozen, 0, s.locked, 0, s.locked.length);
    if (!safe) {
      s.supp = from.clone();
      s.secure();
    }
    // no release of what it added: each attempt is a new LP over the year and its quarters
    // (over 6 minutes for the sample's 2025)
    return s.supp;
  }

  private static boolean[] run(SecondarySuppression s) {
    CellSpace space = s.space;
    boolean[] primary = s.primary;
    boolean any = false;
    for (int i = 0; i < primary.length; i++) {
      any |= s.watched(i);
    }
    if (!any) {
      return s.supp;
    }
    if (space.linked() && s.withGrandTotalsPublished()) {
      s.release();
      return s.supp;
    }
    s.hypercube();
    s.secure();
    s.release();
    // Linked indicators' cells form one large LP group, which every exchange attempt changes: on
    // the sample's 15 periods exchange of every total took 57 s there against 6.9 s without, for 2
    // fewer cells; their grand totals (the headline figures) are still worth the attempt.
    s.exchange(space.linked());
    return s.supp;
  }

  /**
   * Steps 1–3 with every grand total that is not primary kept published, as the cost of a pattern
   * asks (one grand total outweighs any number of other cells): linked indicators' grand totals
   * are the headline figures (identified, child, registered victims), and exchange, which would
   * otherwise find them, is too slow on a linked group's one large LP. False, with the pattern
   * as it was, when no safe pattern keeps them all.
   */
  private boolean withGrandTotalsPublished() {
    boolean[] start = supp.clone();
    for (int i = 0; i < space.size(); i++) {
      locked[i] = space.grandTotal(i) && !supp[i];
    }
    hypercube();
    boolean safe = secure();
    System.arraycopy(frozen, 0, locked, 0, locked.length);
    if (!safe) {
      supp = start;
    }
    return safe;
  }

  private void hypercube() {
    for (int p = 0; p < space.size(); p++) {
      if (!primary[p]) {
        continue;
      }
      List<Relation> along = new ArrayList<>();
      for (Relation r : space.relationsOf(p)) {
        // a rectangle spans two dimensions of a table; a sum of linked indicators' cells has none
        if (r.additive() && r.parts().contains(p) && space.position(r.dimension()) >= 0) {
          along.add(r);
        }
      }
      for (int a = 0; a < along.size(); a++) {
        for (int b = a + 1; b < along.size(); b++) {
          rectangle(p, along.get(a), along.get(b));
        }
      }
    }
  }

  private void rectangle(int p, Relation r1, Relation r2) {
    if (suppressedOtherThan(r1, p) > 0 && suppressedOtherThan(r2, p) > 0) {
      return;
    }
    int pos1 = space.position(r1.dimension());
    int pos2 = space.position(r2.dimension());
    int[] best = null;
    double[] bestCost = null;
    for (int q1 : r1.parts()) {
      for (int q2 : r2.parts()) {
        if (q1 == p || q2 == p) {
          continue;
        }
        List<String> k = new ArrayList<>(space.key(p));
        k.set(pos1, space.key(q1).get(pos1));
        k.set(pos2, space.key(q2).get(pos2));
        Integer corner = space.indexOf(p, k);
        if (corner == null || useless(q1) || useless(q2) || useless(corner) || locked[q1] || locked[q2]
            || locked[corner]) {
          continue;
        }
        boolean feasible = values[corner] >= values[p] && values[q1] >= reach - values[p]
            && values[q2] >= reach - values[p];
        double cost = 0;
        for (int c : new int[] {q1, q2, corner}) {
          cost += supp[c] ? 0 : values[c];
        }
        double[] c = {feasible ? 0 : 1, cost, q1, q2};
        if (bestCost == null || java.util.Arrays.compare(c, bestCost) < 0) {
          bestCost = c;
          best = new int[] {q1, q2, corner};
        }
      }
    }
    if (best != null) {
      for (int c : best) {
        supp[c] = true;
      }
    }
  }

  /**
   * A zero cell that a published total of 0 bounds (in any relation a part is at most its total)
   * hides nothing even when suppressed: a reader knows it is 0. It is never a complement, and counts
   * as published when a relation is closed.
   */
  private boolean pinnedToZero(int cell) {
    if (values[cell] > 0 || primary[cell] || hidden[cell] || targets[cell] != null) {
      return false;
    }
    for (Relation r : space.relationsOf(cell)) {
      if (r.total() != cell && r.parts().contains(cell) && !supp[r.total()] && values[r.total()] <= 0) {
        return true;
      }
    }
    return false;
  }

  /** A free zero cell hides nothing: never part of a rectangle. */
  private boolean useless(int cell) {
    return values[cell] <= 0 && (!supp[cell] || pinnedToZero(cell));
  }

  private int suppressedOtherThan(Relation r, int cell) {
    int n = 0;
    for (int m : r.members()) {
      if (m != cell && supp[m]) {
        n++;
      }
    }
    return n;
  }

  /** Steps 2 and 3 until the audit passes; false when no unlocked cell is left to add. */
  private boolean secure() {
    // One at a time, the cell that fails first gets the next cell until it is safe, then the next
    // one that failed: more suppression only widens an interval, so a cell that was safe stays safe
    // and this is the order a full audit after every addition gives, without its LPs (on the
    // sample's 2025 with its quarters: 126 failing cells, each round re-solving all of them).
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    while (true) {
      close();
      IntervalSolver solver = new IntervalSolver(space, known());
      Integer next = null;
      while (oneAtATime && next == null && !queue.isEmpty()) {
        int p = queue.peek();
        next = !watched(p) || safe(solver, p) ? null : nextFor(p, solver);
        if (next == null) {
          queue.poll();
        }
      }
      if (next != null) {
        supp[next] = true;
        continue;
      }
      // a full audit: what the queue did not see (a hidden cell of 0 that more suppression opens)
      List<Integer> failing = failingPrimaries(solver);
      if (failing.isEmpty()) {
        return closed();
      }
      boolean added = false;
      for (int k = 0; k < failing.size(); k++) {
        Integer c = nextFor(failing.get(k), solver);
        if (c != null) {
          supp[c] = true;
          added = true;
          if (oneAtATime) {
            queue.addAll(failing.subList(k, failing.size()));
            break;
          }
        }
      }
      if (!added) {
        return false; // everything unlocked is suppressed: nothing left to add
      }
    }
  }

  private void close() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relation r : space.relations()) {
        if (!r.additive() || acrossPeriods(r) || hasHidden(r) || !needsComplement(r)) {
          continue;
        }
        Integer c = complement(r);
        if (c != null) {
          supp[c] = true;
          changed = true;
        }
      }
    }
  }

  private boolean needsComplement(Relation r) {
    List<Integer> s = new ArrayList<>();
    for (int m : r.members()) {
      if (supp[m] && !pinnedToZero(m)) {
        s.add(m);
      }
    }
    if (s.size() == 1) {
      return true;
    }
    return s.size() == 2 && primary[s.get(0)] && primary[s.get(1)]
        && r.members().stream().anyMatch(m -> !supp[m] && values[m] > 0);
  }

  /** The cheapest free member of r, preferring non-zero cells that close another open relation. */
  private Integer complement(Relation r) {
    Integer best = null;
    for (int m : r.members()) {
      if (supp[m] || locked[m] || pinnedToZero(m)) {
        continue;
      }
      if (best == null || better(m, best)) {
        best = m;
      }
    }
    return best;
  }

  private boolean better(int a, int b) {
    int c = Boolean.compare(values[b] > 0, values[a] > 0);
    if (c != 0) {
      return c < 0;
    }
    c = Integer.compare(space.totalness(a), space.totalness(b));
    if (c != 0) {
      return c < 0;
    }
    c = Integer.compare(closes(b), closes(a));
    if (c != 0) {
      return c < 0;
    }
    return cheapest.compare(a, b) < 0;
  }

  private int closes(int cell) {
    int n = 0;
    for (Relation r : space.relationsOf(cell)) {
      if (r.additive() && suppressedOtherThan(r, cell) == 1) {
        n++;
      }
    }
    return n;
  }

  private List<Integer> failingPrimaries() {
    return failingPrimaries(new IntervalSolver(space, known()));
  }

  private List<Integer> failingPrimaries(IntervalSolver solver) {
    // each cell's LPs are independent: solved side by side, one per core
    return java.util.stream.IntStream.range(0, space.size()).parallel()
        .filter(p -> watched(p) && !safe(solver, p)).boxed().sorted().toList();
  }

  /** A cell whose interval must be wide: a primary cell, or a hidden one below the threshold. */
  private boolean watched(int cell) {
    return !unwatched[cell] && (primary[cell] || hidden[cell] && values[cell] < reach || targets[cell] != null);
  }

  /**
   * A year's cell and its quarters': the LP judges them, as it does relations with a hidden cell
   * (the quarters' cells are another period's, fixed; closing them one by one is not possible).
   */
  private static boolean acrossPeriods(Relation r) {
    return PeriodFamily.PERIOD.equals(r.dimension());
  }

  private boolean hasHidden(Relation r) {
    for (int m : r.members()) {
      if (hidden[m]) {
        return true;
      }
    }
    return false;
  }

  private boolean safe(IntervalSolver solver, int p) {
    if (witnessed(p)) {
      return true;
    }
    String key = p + "|" + solver.groupKey(p);
    Boolean known = safeByGroup.get(key);
    if (known != null) {
      return known;
    }
    boolean safe = verdict(p, solve(solver, p));
    safeByGroup.put(key, safe);
    return safe;
  }

  /** p's LP: its min and max, or only its max for a hidden cell of 0; its points offered as witnesses. */
  private IntervalSolver.Solved solve(IntervalSolver solver, int p) {
    IntervalSolver.Solved solved = solver.solve(p, !hiddenZero(p));
    offer(assignment(solved.lowPoint()));
    offer(assignment(solved.highPoint()));
    return solved;
  }

  /** Whether p's interval is wide enough (an LP left unsolved is not). */
  private boolean verdict(int p, IntervalSolver.Solved solved) {
    Interval iv = solved.interval();
    boolean safe = hiddenZero(p) ? hiddenZeroSafe(iv, reach) : iv.wideEnough(reachZero, reach) || !primary[p] && !hidden[p];
    double[] t = targets[p];
    if (t != null) {
      safe &= iv.feasible() && iv.lower() <= t[0] + Interval.EPS && iv.upper() >= t[1] - Interval.EPS;
    }
    return safe && !solved.unsolved();
  }

  /**
   * How low cell i's interval must reach: 0 for a primary cell or a hidden one of 1 or 2 persons
   * (when the rule asks for 0), its {@link #targets} low, or −∞ when nothing is asked.
   */
  private double lowNeed(int i) {
    double need = Double.NEGATIVE_INFINITY;
    if (reachZero && (primary[i] || hidden[i] && !hiddenZero(i))) {
      need = 0;
    }
    if (targets[i] != null) {
      need = need == Double.NEGATIVE_INFINITY ? targets[i][0] : Math.min(need, targets[i][0]);
    }
    return need;
  }

  /** How high cell i's interval must reach: the threshold, or its {@link #targets} high when higher. */
  private double highNeed(int i) {
    double need = primary[i] || hidden[i] ? reach : Double.NEGATIVE_INFINITY;
    return targets[i] != null ? Math.max(need, targets[i][1]) : need;
  }

  /**
   * Makes the feasible assignment x the witness of every watched cell it takes low or high enough:
   * an LP's optimal point for one cell often shows many others safe (a year with quarters not
   * published has a thousand watched cells in one LP group, each LP half a second).
   */
  private synchronized void offer(double[] x) {
    if (x == null) {
      return;
    }
    // witnesses are shared by many cells: each one's validity checked once
    java.util.Map<double[], Boolean> validity = new java.util.IdentityHashMap<>();
    java.util.function.Predicate<double[]> stale = w -> !validity.computeIfAbsent(w, this::valid);
    for (int i = 0; i < x.length; i++) {
      if (!watched(i)) {
        continue;
      }
      if (x[i] <= lowNeed(i) + Interval.EPS && (lowWitness[i] == null || stale.test(lowWitness[i]))) {
        lowWitness[i] = x;
      }
      if (x[i] >= highNeed(i) - Interval.EPS && (highWitness[i] == null || stale.test(highWitness[i]))) {
        highWitness[i] = x;
      }
    }
  }

  /** Whether the assignment is still feasible: every published cell has its true value in it. */
  private boolean valid(double[] x) {
    if (x == null) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (!supp[i] && Math.abs(x[i] - values[i]) > Interval.EPS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether watched cell p fails even with every cell of this period suppressed ({@code all}):
   * the other periods give it away. An LP left unsolved does not say so: p stays watched, and the
   * search protects it as it can.
   */
  private boolean givenAwayWithAll(IntervalSolver all, int p) {
    if (witnessed(p)) {
      return false;
    }
    IntervalSolver.Solved solved = solve(all, p);
    return !solved.unsolved() && !verdict(p, solved);
  }

  /** A hidden cell of 0: only its upper bound matters ({@link #hiddenZeroSafe}). */
  private boolean hiddenZero(int cell) {
    return hidden[cell] && values[cell] <= 0;
  }

  /** A hidden cell of 0 is safe when a reader can bound it by 0 or not below the threshold. */
  static boolean hiddenZeroSafe(Interval iv, double reach) {
    return iv.feasible() && (iv.upper() <= Interval.EPS || iv.upper() >= reach - Interval.EPS);
  }

  /** An LP's optimal point as a whole assignment of the cells: true values outside its group. */
  private double[] assignment(double[] point) {
    if (point == null) {
      return null;
    }
    double[] x = values.clone();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(point[i])) {
        x[i] = point[i];
      }
    }
    return x;
  }

  /**
   * Whether feasible assignments show cell p safe without an LP: one where it is as low as it must
   * reach and one where it is as high. While every published cell has its true value in them they
   * stay feasible (suppressing more only adds unknowns); a release that publishes a cell at another
   * value sends p back to its LP.
   */
  private synchronized boolean witnessed(int p) {
    if (lowNeed(p) != Double.NEGATIVE_INFINITY && !valid(lowWitness[p])) {
      return false;
    }
    return valid(highWitness[p]);
  }

  private double[] known() {
    double[] k = new double[values.length];
    for (int i = 0; i < k.length; i++) {
      k[i] = supp[i] ? Double.NaN : values[i];
    }
    return k;
  }

  /**
   * The next cheapest cell for a failing primary: related to it, else to a suppressed cell of its
   * LP group in {@code solver}, the audit that found it failing (the cells a reader solves it
   * with), else to any suppressed cell, else any.
   */
  private Integer nextFor(int p, IntervalSolver solver) {
    List<Integer> near = new ArrayList<>();
    for (Relation r : space.relationsOf(p)) {
      near.addAll(r.members());
    }
    Integer c = cheapestFree(near);
    if (c != null) {
      return c;
    }
    List<Integer> group = new ArrayList<>();
    for (int s = 0; s < space.size(); s++) {
      if (supp[s] && solver.sameGroup(p, s)) {
        for (Relation r : space.relationsOf(s)) {
          group.addAll(r.members());
        }
      }
    }
    c = cheapestFree(group);
    if (c != null) {
      return c;
    }
    List<Integer> wider = new ArrayList<>();
    for (int s = 0; s < space.size(); s++) {
      if (supp[s]) {
        for (Relation r : space.relationsOf(s)) {
          wider.addAll(r.members());
        }
      }
    }
    c = cheapestFree(wider);
    if (c != null) {
      return c;
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < space.size(); i++) {
      all.add(i);
    }
    c = cheapestFree(all);
    return c != null ? c : firstFree();
  }

  private Integer cheapestFree(List<Integer> cells) {
    return cells.stream().filter(i -> !supp[i] && !locked[i] && values[i] > 0).min(cheapest).orElse(null);
  }

  private Integer firstFree() {
    for (int i = 0; i < space.size(); i++) {
      if (!supp[i] && !locked[i] && !pinnedToZero(i)) {
        return i;
      }
    }
    return null;
  }

  private void release() {
    List<Integer> complements = new ArrayList<>();
    for (int i = 0; i < space.size(); i++) {
      if (supp[i] && !primary[i] && !hidden[i] && targets[i] == null) {
        complements.add(i);
      }
    }
    complements.sort(cheapest.reversed());
    for (int c : complements) {
      IntervalSolver before = new IntervalSolver(space, known());
      supp[c] = false;
      if (!closed() || !safeAround(before, c)) {
        supp[c] = true;
      }
    }
  }

  /**
   * Whether every primary cell is still protected after {@code c} was published again: only
   * primaries that shared an LP group with it ({@code before}) can have changed.
   */
  private boolean safeAround(IntervalSolver before, int c) {
    IntervalSolver solver = new IntervalSolver(space, known());
    return java.util.stream.IntStream.range(0, space.size()).parallel()
        .allMatch(p -> !watched(p) || !before.sameGroup(p, c) || safe(solver, p));
  }

  /** Step 5: lock each total complement, most expensive first, and rebuild without it when cheaper. */
  private void exchange(boolean grandTotalsOnly) {
    int floor = Integer.MAX_VALUE;
    for (int i = 0; i < space.size(); i++) {
      floor = Math.min(floor, space.totalness(i));
    }
    List<Integer> totals = new ArrayList<>();
    for (int i = 0; i < space.size(); i++) {
      if (supp[i] && !primary[i] && !hidden[i] && targets[i] == null && space.totalness(i) > floor
          && (!grandTotalsOnly || space.grandTotal(i))) {
        totals.add(i);
      }
    }
    totals.sort(cheapest.reversed());
    for (int c : totals) {
      if (!supp[c]) {
        continue; // published again by an earlier exchange
      }
      boolean[] kept = supp.clone();
      supp[c] = false;
      locked[c] = true;
      boolean safe = secure();
      if (safe) {
        release();
      }
      if (!safe || compareCost(supp, kept) >= 0) {
        supp = kept;
        locked[c] = false;
      }
    }
  }

  /** Negative when pattern a costs less than b: complements per level (highest first), value, number. */
  private int compareCost(boolean[] a, boolean[] b) {
    int levels = 0;
    for (int i = 0; i < space.size(); i++) {
      levels = Math.max(levels, space.totalness(i) + 1);
    }
    // slot 0: grand totals of the tables' indicators (linked indicators have different numbers of
    // dimensions, so a level of totalness alone does not rank them); then per level, value, number
    long[] ca = new long[levels + 3];
    long[] cb = new long[levels + 3];
    for (int i = 0; i < space.size(); i++) {
      if (primary[i] || hidden[i]) {
        continue;
      }
      int slot = levels - space.totalness(i);
      int grand = space.grandTotal(i) ? 1 : 0;
      if (a[i]) {
        ca[0] += grand;
        ca[slot]++;
        ca[levels + 1] += Math.round(values[i] * 2);
        ca[levels + 2]++;
      }
      if (b[i]) {
        cb[0] += grand;
        cb[slot]++;
        cb[levels + 1] += Math.round(values[i] * 2);
        cb[levels + 2]++;
      }
    }
    return java.util.Arrays.compare(ca, cb);
  }

  private boolean closed() {
    for (Relation r : space.relations()) {
      if (r.additive() && !acrossPeriods(r) && !hasHidden(r) && needsComplement(r)
          && r.members().stream().anyMatch(m -> !supp[m])) {
        return false;
      }
    }
    return true;
  }
}
