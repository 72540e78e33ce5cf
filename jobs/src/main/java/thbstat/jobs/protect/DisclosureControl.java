package thbstat.jobs.protect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.period.Period;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Disclosure control of the publication tables: primary suppression by each indicator's
 * threshold, secondary suppression ({@link SecondarySuppression}) over all the published tables
 * of an indicator together (they share margins and the grand total), then the LP audit, which the
 * result always passes.
 */
public final class DisclosureControl {
  private final Catalogue catalogue;
  private final Map<String, IndicatorRule> rules;
  private final List<LinkedCells> links;
  /** Per indicator, how its year's cells relate to its quarters' ({@link PeriodLinks#kindOf}); absent: not at all. */
  private final Map<String, String> periodKinds = new HashMap<>();
  /** The catalogue's rules as a manifest records them, which an audit of a published table reads. */
  private final Map<String, Object> auditRules;
  /**
   * A published quarter's audit intervals, by its table: the same in every round of holding a
   * year's or another quarter's cells, so audited once.
   */
  private final Map<IndicatorTable, Map<List<String>, CellInterval>> ownIntervalsOf =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** The catalogue's file name, for the messages of a link the figures do not bear out. */
  private final String catalogueFile;

  public DisclosureControl(Catalogue catalogue) {
    this(catalogue, "indicators.yaml");
  }

  /** With the name of the file the catalogue was read from ({@code run --catalogue}), for messages. */
  public DisclosureControl(Catalogue catalogue, String catalogueFile) {
    this.catalogueFile = Objects.requireNonNull(catalogueFile);
    this.catalogue = Objects.requireNonNull(catalogue);
    this.rules = DisclosureRules.of(catalogue);
    this.links = LinkedCells.of(catalogue, rules);
    this.auditRules = DisclosureRules.toManifest(rules, links);
    for (thbstat.indicators.model.Indicator i : catalogue.indicators()) {
      String kind = PeriodLinks.kindOf(catalogue, i);
      if (kind != null && rules.containsKey(i.id())) {
        periodKinds.put(i.id(), kind);
      }
    }
  }

  /** Linear programs solved so far in this JVM by suppression and audit (a min or a max each). */
  public static long lpSolves() {
    return IntervalSolver.solves();
  }

  /**
   * Protects the publication tables of one period: returns the public cells (every cell of every
   * published table, zeros included, protected ones with value null and status C/D), plus a
   * per-table summary. Also returns the internal table's cells with CONF_STATUS set to the status
   * the cell has in the public file (F for cells not published).
   */
  public Protection protect(IndicatorTable internal, String period) {
    return protect(internal, period, Map.of());
  }

  /**
   * As {@link #protect(IndicatorTable, String)}, given the public tables a reader already has of
   * other periods ({@code published}, by period): a year, or a quarter once its year is published,
   * is protected so that no small cell of the year's quarters follows by subtraction ({@link
   * PeriodLinks}).
   * {@code internal} must hold the true cells of the year and of each of its quarters (a period
   * without cells counts nothing).
   */
  public Protection protect(IndicatorTable internal, String period, Map<String, IndicatorTable> published) {
    List<PeriodLinks.Other> others = PeriodLinks.others(period, published);
    List<PeriodLinks.Other> beforeYear = others.isEmpty() ? PeriodLinks.lastBeforeYear(period, published) : List.of();
    return protect(internal, period, others, beforeYear);
  }

  /**
   * {@code beforeYear}: for the last quarter of a year not yet published, the year and the other
   * quarters ({@link PeriodLinks#lastBeforeYear}); the quarter is then protected so that the
   * year's grand totals can be published after it.
   */
  private Protection protect(IndicatorTable internal, String period, List<PeriodLinks.Other> others,
      List<PeriodLinks.Other> beforeYear) {
    List<String> dims = internal.dimensions();
    Map<List<String>, IndicatorCell> internalCells = new HashMap<>();
    for (IndicatorCell c : internal.cellsOf(period)) {
      internalCells.put(key(c.indicator(), c.codes()), c);
    }
    List<IndicatorCell> published = new ArrayList<>();
    Map<String, List<List<String>>> tables = new HashMap<>();
    Map<String, IndicatorRule> applied = new LinkedHashMap<>();
    Map<String, List<IndicatorCell>> cellsOf = new HashMap<>();
    for (IndicatorRule rule : rules.values()) {
      Map<String, List<List<String>>> tableCells = tableCells(rule, dims);
      Set<List<String>> all = new LinkedHashSet<>();
      tableCells.values().forEach(all::addAll);
      if (rule.hidden()) {
        all.addAll(rule.allKeys(dims)); // its cells' true values, unknowns of its linked indicators' protection
      }
      List<IndicatorCell> cells = new ArrayList<>();
      for (List<String> codes : all) {
        IndicatorCell c = internalCells.get(key(rule.indicator(), codes));
        cells.add(c != null ? c : emptyCell(rule, period, codes));
      }
      cells.sort(IndicatorTable.ORDER);
      applied.put(rule.indicator(), checked(dims, rule, cells));
      cellsOf.put(rule.indicator(), cells);
      tableCells.forEach((id, codes) -> tables.put(id, codes));
    }
    // a quarter after its year is not yet protected against it (see PeriodLinks)
    boolean year = Period.parse(period).isYear();
    List<PeriodLinks.Other> quarters = others.stream().filter(o -> !Period.parse(o.period()).isYear()).toList();
    QuarterCells quarterCells = others.isEmpty() ? null : QuarterCells.of(internal, quarters);
    // a quarter after its year: the year's published cells, and the intervals a reader has of its suppressed ones
    Map<List<String>, Interval> yearBounds = others.isEmpty() || year ? null : yearBounds(others.get(0));
    List<String> givenAway = new ArrayList<>();
    // A year: what its published cells give back of the quarters' suppressed ones must leave each
    // quarter's own table safe; where it does not, the year's cells that gave them back are held
    // to intervals as wide as the quarter's own, and the year is protected again.
    Map<List<String>, double[]> holds = new HashMap<>();
    for (int round = 0; ; round++) {
      published = new ArrayList<>();
      givenAway.clear();
      for (List<String> group : LinkedCells.groups(applied.keySet(), links)) {
        List<IndicatorRule> groupRules = group.stream().map(applied::get).toList();
        List<List<IndicatorCell>> groupCells = group.stream().map(cellsOf::get).toList();
        published.addAll(visible(quarterCells != null && group.stream().anyMatch(periodKinds::containsKey)
            ? protectAgainstOtherPeriods(dims, period, groupRules, groupCells, quarterCells, yearBounds, givenAway,
                holds)
            : protect(dims, groupRules, groupCells)));
      }
      if (quarterCells == null) {
        break;
      }
      List<String> reopened = new ArrayList<>();
      IndicatorTable candidate = new IndicatorTable(dims, DerivedCells.inherit(dims, applied, published));
      boolean held = year ? holdYearCells(candidate, period, quarters, holds, reopened)
          : holdQuarterCells(candidate, period, others, holds, reopened);
      if (!held || round >= MAX_HOLD_ROUNDS) {
        givenAway.addAll(reopened);
        break;
      }
    }
    if (quarterCells != null) {
      published = inFamily(dims, period, applied, cellsOf, published, internal, others, givenAway, false);
    } else if (!beforeYear.isEmpty() && !internal.cellsOf(beforeYear.get(0).period()).isEmpty()) {
      published = inFamily(dims, period, applied, cellsOf, published, internal, beforeYear, givenAway, true);
    }
    published = publishDerivable(dims, applied, cellsOf, published);
    published = DerivedCells.inherit(dims, applied, published);
    Map<List<String>, String> statusOf = DerivedCells.statuses(published);
    List<TableProtection> summary = new ArrayList<>();
    for (PublicationTable t : catalogue.tables()) {
      List<List<String>> codes = tables.get(t.id());
      if (codes != null) {
        List<String> st = codes.stream().map(k -> statusOf.get(DerivedCells.key(t.indicator(), period, k))).toList();
        summary.add(new TableProtection(t.id(), t.indicator(), codes.size(),
            (int) st.stream().filter("C"::equals).count(), (int) st.stream().filter("D"::equals).count()));
      }
    }
    // The period's cells only: a run of several periods writes each period's table on its own, the
    // same as a run of that period alone.
    List<IndicatorCell> withStatus = new ArrayList<>();
    for (IndicatorCell c : internal.cellsOf(period)) {
      withStatus.add(c.withStatus(statusOf.getOrDefault(DerivedCells.key(c.indicator(), period, c.codes()), "F"),
          c.value()));
    }
    IndicatorTable publicTable = new IndicatorTable(dims, published);
    Map<String, Object> manifest = DisclosureRules.toManifest(applied, links);
    manifest.put("weakened", weakened(applied, period));
    // how each indicator's quarters add up to its year, for an audit of a year against its quarters
    manifest.put(PeriodAudit.KINDS, new java.util.TreeMap<>(periodKinds));
    if (!givenAway.isEmpty()) {
      manifest.put(GIVEN_AWAY, givenAway);
    }
    AuditReport audit = DisclosureAudit.audit(publicTable, manifest);
    List<String> failures = new ArrayList<>(audit.failures());
    if (!others.isEmpty()) {
      Map<String, IndicatorTable> family = new LinkedHashMap<>();
      family.put(period, publicTable);
      others.stream().filter(o -> o.published() != null).forEach(o -> family.put(o.period(), o.published()));
      String yearOf = Period.year(Period.parse(period).year()).toString();
      failures.addAll(PeriodAudit.checkYear(yearOf, family, manifest, Set.copyOf(givenAway)).failures());
    }
    if (!failures.isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      failures.forEach(f -> problems.add(Problem.of("indicators-public.csv", "disclosure audit: " + f)));
      throw new ThbstatException(ThbstatException.Kind.DATA, problems);
    }
    return new Protection(publicTable, new IndicatorTable(dims, withStatus), summary, manifest);
  }

  /**
   * The groups' patterns {@code published}, each group whose quarters add up to its year
   * completed as one system with the other periods of the year ({@link #completeInFamily}): the
   * rules above protect against each relation between a year's cell and its quarters' on its own,
   * this against all of them and every table's relations at once.
   *
   * <p>{@code yearAhead}: this is the last quarter and the year is not published yet. A year's
   * grand totals are the headline figures (GRETA, the annual report); protected after four
   * published quarters, the year would have to suppress one wherever a quarter's total is small
   * and the three others published (the sample's 2025: identified, registered, presumed). So the
   * last quarter is completed as if the year's grand totals that are not small were published,
   * the year's other cells unknown: where they would give a quarter's cell away, this quarter
   * pays. A group where that cannot be done keeps the quarter's own pattern, and the year pays as
   * before.
   */
  private List<IndicatorCell> inFamily(List<String> dims, String period, Map<String, IndicatorRule> applied,
      Map<String, List<IndicatorCell>> cellsOf, List<IndicatorCell> published, IndicatorTable internal,
      List<PeriodLinks.Other> others, List<String> givenAway, boolean yearAhead) {
    Map<List<String>, String> start = new HashMap<>();
    Map<String, List<IndicatorCell>> byIndicator = new LinkedHashMap<>();
    for (IndicatorCell c : published) {
      start.put(key(c.indicator(), c.codes()), c.status());
      byIndicator.computeIfAbsent(c.indicator(), k -> new ArrayList<>()).add(c);
    }
    List<IndicatorCell> out = new ArrayList<>();
    for (List<String> group : LinkedCells.groups(applied.keySet(), links)) {
      List<IndicatorCell> completed = group.stream().anyMatch(periodKinds::containsKey)
          ? completeInFamily(dims, period, group.stream().map(applied::get).toList(),
              group.stream().map(cellsOf::get).toList(), internal, others, givenAway, start, yearAhead)
          : null;
      if (completed != null) {
        out.addAll(visible(completed));
      } else {
        group.forEach(id -> out.addAll(byIndicator.getOrDefault(id, List.of())));
      }
    }
    return out;
  }

  /**
   * The pattern {@code published} with each secondary cell that the period's own published cells
   * give exactly (a total of 0 above it, or the one unknown of a sum) published: it hides nothing,
   * and an x a reader can fill in is only confusing (the 2025-Q4 bulletin showed x for presumed
   * men, 0, and women, 7, both readable from its own tables).
   */
  private List<IndicatorCell> publishDerivable(List<String> dims, Map<String, IndicatorRule> applied,
      Map<String, List<IndicatorCell>> cellsOf, List<IndicatorCell> published) {
    Map<List<String>, IndicatorCell> shown = new HashMap<>();
    for (IndicatorCell c : published) {
      shown.put(key(c.indicator(), c.codes()), c);
    }
    for (List<String> group : LinkedCells.groups(applied.keySet(), links)) {
      List<IndicatorRule> groupRules = group.stream().map(applied::get).toList();
      List<List<IndicatorCell>> truth = group.stream().map(cellsOf::get).toList();
      LinkedCells.Joined joined = LinkedCells.join(dims, groupRules, truth, links);
      CellSpace space = joined.space();
      double[] known = new double[space.size()];
      java.util.Arrays.fill(known, Double.NaN);
      for (int m = 0; m < group.size(); m++) {
        int[] n = joined.numbers().get(m);
        for (int i = 0; i < n.length; i++) {
          IndicatorCell c = shown.get(key(group.get(m), truth.get(m).get(i).codes()));
          if (c != null && c.value() != null) {
            known[n[i]] = c.value().doubleValue();
          }
        }
      }
      IntervalSolver solver = new IntervalSolver(space, known);
      for (int m = 0; m < group.size(); m++) {
        int[] n = joined.numbers().get(m);
        for (int i = 0; i < n.length; i++) {
          IndicatorCell t = truth.get(m).get(i);
          List<String> k = key(group.get(m), t.codes());
          IndicatorCell c = shown.get(k);
          if (c != null && "D".equals(c.status()) && Math.abs(solver.exactValue(n[i]) - value(t)) < Interval.EPS) {
            shown.put(k, c.withStatus("F", t.value()));
          }
        }
      }
    }
    List<IndicatorCell> out = new ArrayList<>();
    for (IndicatorCell c : published) {
      out.add(shown.get(key(c.indicator(), c.codes())));
    }
    return out;
  }

  /** The cells of indicators some table publishes: a hidden one's ({@link IndicatorRule#hidden}) are never shown. */
  private List<IndicatorCell> visible(List<IndicatorCell> cells) {
    return cells.stream().filter(c -> !rules.get(c.indicator()).hidden()).toList();
  }

  /** Where the period's values did not satisfy a declared relation, for the manifest. */
  private List<String> weakened(Map<String, IndicatorRule> applied, String period) {
    List<String> out = new ArrayList<>();
    applied.forEach((id, r) -> r.dimensions().forEach(d -> {
      if (!r.sum(d).equals(rules.get(id).sum(d))) {
        out.add(id + " " + period + ": " + d + " declared '" + rules.get(id).sum(d) + "' but its codes and _T only"
            + " satisfy '" + r.sum(d) + "'");
      }
    }));
    return out;
  }

  /** The rule with each dimension's relation weakened to what the true values satisfy. */
  private static IndicatorRule checked(List<String> dims, IndicatorRule rule, List<IndicatorCell> cells) {
    if (!rule.related()) {
      return rule;
    }
    return RelationCheck.weaken(new CellSpace(dims, rule, cells.stream().map(IndicatorCell::codes).toList()),
        values(cells));
  }

  private static double[] values(List<IndicatorCell> cells) {
    double[] values = new double[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      values[i] = cells.get(i).value() == null ? 0 : cells.get(i).value().doubleValue();
    }
    return values;
  }

  /**
   * Protects the published cells of a group of linked indicators (most groups: one indicator)
   * together: a figure they share is one cell, primary when it is primary in either. The
   * complements of published subsets ({@link LinkedCells#complements}) take part with their true
   * values: never published, they must still not be narrowed to 1 or 2 persons.
   */
  private List<IndicatorCell> protect(List<String> dims, List<IndicatorRule> group, List<List<IndicatorCell>> cellsOf) {
    LinkedCells.Joined joined = LinkedCells.join(dims, group, cellsOf, links);
    checkLinks(dims, cellsOf, joined.twins(), joined.sums());
    checkWithin(dims, cellsOf, joined.within());
    checkUnions(dims, cellsOf, joined.unions());
    CellSpace space = joined.space();
    double[] values = new double[space.size()];
    boolean[] primary = primaries(group, cellsOf, joined, values);
    boolean[] suppressed = primary;
    if (space.rule().related() && space.rule().protects()) {
      suppressed = SecondarySuppression.run(space, values, primary);
    }
    return statuses(group, cellsOf, joined, primary, suppressed);
  }

  /** Fills {@code values} with the space's true values and returns its primary cells. */
  private boolean[] primaries(List<IndicatorRule> group, List<List<IndicatorCell>> cellsOf, LinkedCells.Joined joined,
      double[] values) {
    CellSpace space = joined.space();
    List<String> dims = space.dimensions();
    boolean[] primary = new boolean[space.size()];
    for (int m = 0; m < group.size(); m++) {
      int[] n = joined.numbers().get(m);
      double[] v = values(cellsOf.get(m));
      for (int i = 0; i < n.length; i++) {
        values[n[i]] = v[i];
        primary[n[i]] |= PrimaryRule.isPrimary(group.get(m), cellsOf.get(m).get(i));
      }
    }
    for (int k = 0; k < joined.complements().length; k++) {
      int[] c = joined.complements()[k];
      // total = subset + complement
      IndicatorCell total = cellsOf.get(c[0]).get(c[1]);
      IndicatorCell subset = cellsOf.get(c[2]).get(c[3]);
      double complement = value(total) - value(subset);
      if (complement < 0) {
        throw linkFails(subset.indicator(), subset.indicator() + ": disclosure.linked says its cell "
            + describe(dims, subset)
            + " counts some of the persons of " + describe(dims, total) + ", but " + subset.formattedValue() + " > "
            + total.formattedValue());
      }
      int n = joined.complementCells()[k];
      values[n] = complement;
      primary[n] = complement > 0 && complement < group.get(c[4]).threshold();
    }
    return primary;
  }

  /** The members' published cells with their status: C primary, D suppressed for another's sake, F published. */
  private static List<IndicatorCell> statuses(List<IndicatorRule> group, List<List<IndicatorCell>> cellsOf,
      LinkedCells.Joined joined, boolean[] primary, boolean[] suppressed) {
    List<IndicatorCell> out = new ArrayList<>();
    for (int m = 0; m < group.size(); m++) {
      int[] n = joined.numbers().get(m);
      for (int i = 0; i < n.length; i++) {
        IndicatorCell c = cellsOf.get(m).get(i);
        out.add(primary[n[i]] ? c.withStatus("C", null)
            : suppressed[n[i]] ? c.withStatus("D", null) : c.withStatus("F", c.value()));
      }
    }
    return out;
  }

  /** The manifest's list of cells that other periods published before gave away, which this one could not prevent. */
  public static final String GIVEN_AWAY = "given_away_by_other_periods";

  /**
   * Protects a period's group of cells knowing what the other periods of its year published
   * before it ({@link PeriodLinks}). For each cell of an indicator whose quarters add up to its
   * year, the quarters' cells a reader lacks (suppressed, or not published) together are the
   * year's cell minus the quarters' published ones. When one of them holds 1 or 2 persons, that
   * rest must be able to be 0 (when it is one cell) and to reach the threshold. Where it cannot,
   * this period's cell — the year's, or this quarter's — is suppressed with that as the target of
   * its LP interval, and the period protected again, until every such rest can. A rest that the
   * other periods alone already narrow is named in {@code givenAway}: this period cannot undo it.
   */
  /** Rounds of holding a year's cells before what still opens a quarter is reported (2 suffice on the sample). */
  private static final int MAX_HOLD_ROUNDS = 4;

  /**
   * Audits each published quarter's table with the suppressed cells the year's {@code yearPublic}
   * gives back exactly shown ({@link PeriodAudit#withGiven}). For a quarter that fails, holds each
   * year cell that gave one back to an interval as wide as the quarter's own for it: [a + Y − v,
   * b + Y − v] for the quarter's interval [a, b], the year's value Y and the value v given back.
   * Returns whether a hold was added or widened; {@code failing} gets what stays open.
   */
  private boolean holdYearCells(IndicatorTable yearPublic, String period, List<PeriodLinks.Other> quarters,
      Map<List<String>, double[]> holds, List<String> failing) {
    List<Map<List<String>, IndicatorCell>> shown = new ArrayList<>();
    for (PeriodLinks.Other q : quarters) {
      shown.add(q.published() == null ? null : byKey(q.published().cellsOf(q.period())));
    }
    List<Map<List<String>, Double>> given = PeriodAudit.exactlyGiven(yearPublic, period, periodKinds, shown, rules);
    Map<List<String>, IndicatorCell> yearCells = byKey(yearPublic.cellsOf(period));
    Map<String, Object> manifest = auditRules;
    boolean added = false;
    for (int q = 0; q < quarters.size(); q++) {
      IndicatorTable table = quarters.get(q).published();
      if (table == null || given.get(q).isEmpty()) {
        continue;
      }
      AuditReport again = PeriodAudit.withGiven(table, given.get(q), manifest);
      if (again.passed()) {
        continue;
      }
      for (String f : again.failures()) {
        failing.add(quarters.get(q).period() + " with the cells " + period + " gives back: " + f);
      }
      Map<List<String>, CellInterval> own = ownIntervals(table, manifest);
      for (Map.Entry<List<String>, Double> g : given.get(q).entrySet()) {
        CellInterval i = own.get(g.getKey());
        IndicatorCell y = yearCells.get(g.getKey());
        if (i != null && y != null && y.value() != null) {
          double shift = y.value().doubleValue() - g.getValue();
          added |= hold(holds, g.getKey(), new double[] {i.lower() + shift, i.upper() + shift});
        }
      }
    }
    return added;
  }

  /**
   * As {@link #holdYearCells} for a quarter protected after its year is published: where the year
   * less the quarters published (this one's cells as {@code quarterPublic} has them) gives back
   * another quarter's suppressed cell and opens that quarter's pattern, this quarter's cell in the
   * relation is held to [v + x − b, v + x − a] for the other quarter's interval [a, b], the value
   * v given back and this quarter's value x.
   */
  private boolean holdQuarterCells(IndicatorTable quarterPublic, String period, List<PeriodLinks.Other> others,
      Map<List<String>, double[]> holds, List<String> failing) {
    PeriodLinks.Other year = others.get(0);
    if (year.published() == null || !Period.parse(year.period()).isYear()) {
      return false;
    }
    int self = Period.parse(period).quarter() - 1;
    List<Map<List<String>, IndicatorCell>> shown = new ArrayList<>();
    List<IndicatorTable> tables = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      String q = Period.quarter(Period.parse(period).year(), n).toString();
      IndicatorTable t = q.equals(period) ? quarterPublic : others.stream().filter(o -> o.period().equals(q))
          .filter(o -> o.published() != null).map(PeriodLinks.Other::published).findFirst().orElse(null);
      tables.add(t);
      shown.add(t == null ? null : byKey(t.cellsOf(q)));
    }
    List<Map<List<String>, Double>> given = PeriodAudit.exactlyGiven(year.published(), year.period(), periodKinds,
        shown, rules);
    Map<List<String>, IndicatorCell> mine = shown.get(self);
    Map<String, Object> manifest = auditRules;
    boolean added = false;
    for (int q = 0; q < 4; q++) {
      if (q == self || tables.get(q) == null || given.get(q).isEmpty()) {
        continue;
      }
      AuditReport again = PeriodAudit.withGiven(tables.get(q), given.get(q), manifest);
      if (again.passed()) {
        continue;
      }
      String quarter = Period.quarter(Period.parse(period).year(), q + 1).toString();
      for (String f : again.failures()) {
        failing.add(quarter + " with the cells " + year.period() + " and " + period + " give back: " + f);
      }
      Map<List<String>, CellInterval> own = ownIntervals(tables.get(q), manifest);
      for (Map.Entry<List<String>, Double> g : given.get(q).entrySet()) {
        CellInterval i = own.get(g.getKey());
        IndicatorCell x = mine.get(g.getKey());
        if (i != null && x != null && x.value() != null) {
          double base = g.getValue() + x.value().doubleValue();
          added |= hold(holds, g.getKey(), new double[] {base - i.upper(), base - i.lower()});
        }
      }
    }
    return added;
  }

  /** A quarter's audit intervals of its suppressed cells, by key: what a reader has of each from that table alone. */
  private Map<List<String>, CellInterval> ownIntervals(IndicatorTable quarter, Map<String, Object> manifest) {
    return ownIntervalsOf.computeIfAbsent(quarter, t -> {
      Map<List<String>, CellInterval> own = new HashMap<>();
      for (CellInterval i : DisclosureAudit.audit(t, manifest).intervals()) {
        own.put(key(i.indicator(), i.codes()), i);
      }
      return own;
    });
  }

  /** Widens the hold of {@code key} to take in {@code want}; whether it grew. */
  private static boolean hold(Map<List<String>, double[]> holds, List<String> key, double[] want) {
    double[] had = holds.get(key);
    double[] merged = had == null ? want : new double[] {Math.min(had[0], want[0]), Math.max(had[1], want[1])};
    if (had != null && merged[0] >= had[0] && merged[1] <= had[1]) {
      return false;
    }
    holds.put(key, merged);
    return true;
  }

  private List<IndicatorCell> protectAgainstOtherPeriods(List<String> dims, String period, List<IndicatorRule> group,
      List<List<IndicatorCell>> cellsOf, QuarterCells quarters, Map<List<String>, Interval> yearBounds,
      List<String> givenAway, Map<List<String>, double[]> holds) {
    LinkedCells.Joined joined = LinkedCells.join(dims, group, cellsOf, links);
    checkLinks(dims, cellsOf, joined.twins(), joined.sums());
    checkWithin(dims, cellsOf, joined.within());
    checkUnions(dims, cellsOf, joined.unions());
    CellSpace space = joined.space();
    double[] values = new double[space.size()];
    boolean[] primary = primaries(group, cellsOf, joined, values);
    if (!space.rule().related() || !space.rule().protects()) {
      return statuses(group, cellsOf, joined, primary, primary);
    }
    List<PeriodSum> sums = periodSums(dims, period, group, cellsOf, joined, quarters, yearBounds, givenAway);
    double threshold = space.rule().reachUpper();
    double[][] targets = new double[space.size()][];
    // the year's cells held so that what they give back of a quarter leaves the quarter safe
    for (int m = 0; m < group.size(); m++) {
      int[] numbers = joined.numbers().get(m);
      for (int i = 0; i < numbers.length; i++) {
        double[] hold = holds.get(key(group.get(m).indicator(), cellsOf.get(m).get(i).codes()));
        if (hold != null) {
          double[] had = targets[numbers[i]];
          targets[numbers[i]] = had == null ? hold.clone()
              : new double[] {Math.min(had[0], hold[0]), Math.max(had[1], hold[1])};
        }
      }
    }
    java.util.Set<String> unfixable = new java.util.LinkedHashSet<>();
    for (int round = 0; ; round++) {
      boolean[] suppressed = SecondarySuppression.run(space, values, primary, targets);
      double[] known = new double[values.length];
      for (int i = 0; i < known.length; i++) {
        known[i] = suppressed[i] ? Double.NaN : values[i];
      }
      IntervalSolver solver = new IntervalSolver(space, known);
      boolean changed = false;
      List<String> failing = new ArrayList<>();
      for (PeriodSum q : sums) {
        Interval d = suppressed[q.cell()] ? solver.interval(q.cell())
            : new Interval(values[q.cell()], values[q.cell()], true);
        boolean eq = q.kind().equals("eq");
        boolean single = q.unknowns() == 1;
        // The rest: the year minus the published quarters (minus this quarter's cell, for a
        // quarter). One unknown quarter is the rest (eq) or at least it (ge: a person may count in
        // several quarters); of several, each may be 0 while the others hold the rest. Each is at
        // most the rest (eq), or the year (ge).
        double restLow = q.yearIsThis() ? d.lower() - q.published() : q.yearLow() - q.published() - d.upper();
        double restHigh = q.yearIsThis() ? d.upper() - q.published() : q.yearHigh() - q.published() - d.lower();
        double low = single ? restLow : 0;
        double high = eq ? restHigh : q.yearIsThis() ? d.upper() : q.yearHigh();
        if (low <= Interval.EPS && high >= threshold - Interval.EPS) {
          continue;
        }
        // what this period's cell must be able to reach: down to want[0], up to want[1]
        double[] want = q.yearIsThis()
            ? new double[] {single ? q.published() : Double.POSITIVE_INFINITY, eq ? q.published() + threshold : threshold}
            : new double[] {eq ? q.yearHigh() - q.published() - threshold : Double.POSITIVE_INFINITY,
                single ? q.yearLow() - q.published() : Double.NEGATIVE_INFINITY};
        boolean reachable = want[0] >= -Interval.EPS && (eq || q.yearIsThis() || high >= threshold - Interval.EPS);
        if (!reachable) {
          unfixable.add(q.what());
          continue;
        }
        double[] had = targets[q.cell()];
        double[] merged = had == null ? want : new double[] {Math.min(had[0], want[0]), Math.max(had[1], want[1])};
        if (had == null || merged[0] < had[0] || merged[1] > had[1]) {
          targets[q.cell()] = merged;
          changed = true;
        } else {
          failing.add(q.what()); // its target is set, and the search could not meet it
        }
      }
      if (!changed) {
        givenAway.addAll(unfixable);
        givenAway.addAll(failing);
        return statuses(group, cellsOf, joined, primary, suppressed);
      }
      if (round > space.size()) {
        throw new IllegalStateException("protecting a period against the others of its year did not settle");
      }
    }
  }

  /**
   * One relation between periods that this period's cell {@code cell} takes part in: the year's
   * cell (this one, or {@code [yearLow, yearHigh]} as a reader has it) is its quarters' cells
   * added up; {@code published} is the sum of the other quarters' published cells, {@code
   * unknowns} how many of them a reader lacks, of which at least one holds 1 or 2 persons.
   */
  private record PeriodSum(int cell, boolean yearIsThis, String kind, double published, int unknowns,
      double yearLow, double yearHigh, String what) {}

  /** The year's cells as a reader of its public table has them: published values, and the LP intervals of the rest. */
  private Map<List<String>, Interval> yearBounds(PeriodLinks.Other year) {
    Map<List<String>, Interval> out = new HashMap<>();
    IndicatorTable t = year.published();
    for (IndicatorCell c : t.cellsOf(year.period())) {
      if (c.value() != null) {
        out.put(key(c.indicator(), c.codes()), new Interval(c.value().doubleValue(), c.value().doubleValue(), true));
      }
    }
    Map<String, Object> manifest = auditRules;
    for (CellInterval i : DisclosureAudit.audit(t, manifest).intervals()) {
      out.put(key(i.indicator(), i.codes()), new Interval(i.lower(), i.upper(), i.feasible()));
    }
    return out;
  }

  /**
   * The quarters' cells by key: {@code valuesOf.get(q)} their true cells, {@code publicOf.get(q)}
   * their public ones, or null where the quarter is not published.
   */
  private record QuarterCells(List<String> periods, List<Map<List<String>, IndicatorCell>> valuesOf,
      List<Map<List<String>, IndicatorCell>> publicOf) {
    static QuarterCells of(IndicatorTable internal, List<PeriodLinks.Other> quarters) {
      List<Map<List<String>, IndicatorCell>> valuesOf = new ArrayList<>();
      List<Map<List<String>, IndicatorCell>> publicOf = new ArrayList<>();
      for (PeriodLinks.Other q : quarters) {
        valuesOf.add(byKey(internal.cellsOf(q.period())));
        publicOf.add(q.published() == null ? null : byKey(q.published().cellsOf(q.period())));
      }
      return new QuarterCells(quarters.stream().map(PeriodLinks.Other::period).toList(), valuesOf, publicOf);
    }
  }

  private List<PeriodSum> periodSums(List<String> dims, String period, List<IndicatorRule> group,
      List<List<IndicatorCell>> cellsOf, LinkedCells.Joined joined, QuarterCells quarters,
      Map<List<String>, Interval> yearBounds, List<String> givenAway) {
    List<Map<List<String>, IndicatorCell>> valuesOf = quarters.valuesOf();
    List<Map<List<String>, IndicatorCell>> publicOf = quarters.publicOf();
    boolean yearIsThis = yearBounds == null;
    List<PeriodSum> out = new ArrayList<>();
    Set<Integer> seen = new java.util.HashSet<>();
    for (int m = 0; m < group.size(); m++) {
      IndicatorRule rule = group.get(m);
      String kind = periodKinds.get(rule.indicator());
      if (kind == null) {
        continue;
      }
      int[] numbers = joined.numbers().get(m);
      for (int i = 0; i < numbers.length; i++) {
        if (!seen.add(numbers[i])) {
          continue; // a figure two linked tables share: one cell
        }
        List<String> k = key(rule.indicator(), cellsOf.get(m).get(i).codes());
        Interval year = yearIsThis ? null : yearBounds.get(k);
        if (!yearIsThis && year == null) {
          continue; // the year does not publish the cell
        }
        double published = 0;
        int unknowns = 0;
        boolean sensitive = false;
        String sensitiveQuarter = null;
        for (int q = 0; q < valuesOf.size(); q++) {
          IndicatorCell c = valuesOf.get(q).get(k);
          double v = c == null || c.value() == null ? 0 : c.value().doubleValue();
          IndicatorCell shown = publicOf.get(q) == null ? null : publicOf.get(q).get(k);
          if (shown != null && shown.value() != null) {
            published += shown.value().doubleValue();
          } else {
            unknowns++;
            if (v > 0 && v < rule.threshold() && sensitiveQuarter == null) {
              sensitiveQuarter = quarters.periods().get(q);
            }
            sensitive |= v > 0 && v < rule.threshold();
          }
        }
        IndicatorCell own = cellsOf.get(m).get(i);
        if (!yearIsThis && PrimaryRule.isPrimary(rule, own)) {
          // this quarter's own small cell, which the year and the other quarters may already bound
          double atMost = kind.equals("eq") ? year.upper() - published : year.upper();
          double atLeast = unknowns == 0 ? year.lower() - published : 0;
          if (atLeast > Interval.EPS || atMost < rule.threshold() - Interval.EPS) {
            givenAway.add(DerivedCells.describe(dims, DerivedCells.key(rule.indicator(), period, own.codes())));
          }
        }
        if (sensitive) {
          out.add(new PeriodSum(numbers[i], yearIsThis, kind, published, unknowns,
              yearIsThis ? 0 : year.lower(), yearIsThis ? 0 : year.upper(),
              DerivedCells.describe(dims, DerivedCells.key(rule.indicator(), sensitiveQuarter,
                  cellsOf.get(m).get(i).codes()))));
        }
      }
    }
    return out;
  }


  /**
   * The pattern {@code start} (cell key → status) of a period's group of cells, completed so that
   * it also holds as one system with the other periods of its year ({@link PeriodFamily}): the
   * other periods' published cells stay as they are, their suppressed cells and the cells of a
   * period not published are unknowns, and their primary cells must still reach 0 and the
   * threshold in the LP over all of them. What the other periods give away even with every cell
   * of this period suppressed is named in {@code givenAway}. With {@code yearAhead} (see {@link
   * #inFamily}) the year's grand totals count as published; null when the other periods and those
   * totals would give a cell away whatever this period suppresses.
   */
  private List<IndicatorCell> completeInFamily(List<String> dims, String period, List<IndicatorRule> group,
      List<List<IndicatorCell>> cellsOf, IndicatorTable internal, List<PeriodLinks.Other> others,
      List<String> givenAway, Map<List<String>, String> start, boolean yearAhead) {
    LinkedCells.Joined joined = LinkedCells.join(dims, group, cellsOf, links);
    checkLinks(dims, cellsOf, joined.twins(), joined.sums());
    checkWithin(dims, cellsOf, joined.within());
    checkUnions(dims, cellsOf, joined.unions());
    boolean[] own = primaries(group, cellsOf, joined, new double[joined.space().size()]); // checks the subsets too
    if (!joined.space().rule().related() || !joined.space().rule().protects()) {
      return statuses(group, cellsOf, joined, own, own);
    }
    Period p = Period.parse(period);
    List<String> periods = new ArrayList<>(List.of(Period.year(p.year()).toString()));
    for (int q = 1; q <= 4; q++) {
      periods.add(Period.quarter(p.year(), q).toString());
    }
    int self = periods.indexOf(period);
    // every period's cells in this period's order; a period not published: null (all unknown)
    List<List<List<IndicatorCell>>> publicOf = new ArrayList<>();
    List<List<List<IndicatorCell>>> trueOf = new ArrayList<>();
    for (String f : periods) {
      PeriodLinks.Other other = others.stream().filter(o -> o.period().equals(f)).findFirst().orElse(null);
      Map<List<String>, IndicatorCell> truth = byKey(internal.cellsOf(f));
      List<List<IndicatorCell>> shown = new ArrayList<>();
      List<List<IndicatorCell>> values = new ArrayList<>();
      Map<List<String>, IndicatorCell> pub = other == null || other.published() == null ? null
          : byKey(other.published().cellsOf(f));
      for (int m = 0; m < group.size(); m++) {
        List<IndicatorCell> s = new ArrayList<>();
        List<IndicatorCell> v = new ArrayList<>();
        for (IndicatorCell c : cellsOf.get(m)) {
          List<String> k = key(c.indicator(), c.codes());
          IndicatorCell t = f.equals(period) ? c : truth.get(k);
          v.add(t != null ? t : emptyCell(group.get(m), f, c.codes()));
          IndicatorCell shownCell = pub == null ? null : pub.get(k);
          s.add(shownCell != null ? shownCell : c.withStatus("D", null));
        }
        shown.add(s);
        values.add(v);
      }
      boolean ahead = yearAhead && f.equals(periods.get(0));
      publicOf.add(f.equals(period) ? cellsOf : pub == null && !ahead ? null : shown);
      trueOf.add(values);
    }
    PeriodFamily family = PeriodFamily.of(dims, group, periods, publicOf, periodKinds, links);
    CellSpace space = family.space();
    double[] values = new double[space.size()];
    boolean[] primary = new boolean[space.size()];
    Boolean[] settled = new Boolean[space.size()];
    boolean[] unwatched = new boolean[space.size()];
    for (int f = 0; f < periods.size(); f++) {
      for (int m = 0; m < group.size(); m++) {
        int[] n = family.numbers(f, m);
        for (int i = 0; i < n.length; i++) {
          IndicatorCell truth = trueOf.get(f).get(m).get(i);
          values[n[i]] = value(truth);
          if (f == self) {
            primary[n[i]] |= PrimaryRule.isPrimary(group.get(m), truth);
          } else if (group.get(m).hidden()) {
            // no table shows it: unknown to every reader; a year ahead, the year's concern
            unwatched[n[i]] |= yearAhead && f == 0 && space.hidden(n[i]);
          } else if (yearAhead && f == 0) {
            // the year to come: its grand totals as if published, its other cells its own concern
            // (a cell two linked indicators share is published only if small in neither)
            boolean open = space.grandTotal(n[i]) && !PrimaryRule.isPrimary(group.get(m), truth);
            settled[n[i]] = open && !Boolean.FALSE.equals(settled[n[i]]);
            unwatched[n[i]] = true;
          } else if (publicOf.get(f) != null) {
            IndicatorCell shown = publicOf.get(f).get(m).get(i);
            settled[n[i]] = shown.value() != null;
            primary[n[i]] |= "C".equals(shown.status());
            unwatched[n[i]] |= "D".equals(shown.status());
          } else {
            settled[n[i]] = false;
          }
        }
      }
      int[][] complements = family.complements(f);
      for (int k = 0; k < complements.length; k++) {
        int[] c = complements[k];
        double complement = value(trueOf.get(f).get(c[0]).get(c[1])) - value(trueOf.get(f).get(c[2]).get(c[3]));
        int n = family.complementCell(f, k);
        values[n] = Math.max(0, complement);
        if (f == self) {
          primary[n] = complement > 0 && complement < group.get(c[4]).threshold();
        } else if (yearAhead && f == 0) {
          unwatched[n] = true;
        }
      }
    }
    boolean[] from = new boolean[space.size()];
    for (int m = 0; m < group.size(); m++) {
      int[] n = family.numbers(self, m);
      for (int i = 0; i < n.length; i++) {
        String status = start.get(key(group.get(m).indicator(), cellsOf.get(m).get(i).codes()));
        from[n[i]] |= "C".equals(status) || "D".equals(status);
      }
    }
    List<Integer> lost = new ArrayList<>();
    boolean[] suppressed = SecondarySuppression.complete(space, values, primary, settled, unwatched, from, lost);
    if (yearAhead && !lost.isEmpty()) {
      return null;
    }
    lost.forEach(n -> givenAway.add(family.describe(n)));
    publishGivenBack(family, self, group.size(), values, primary, settled, suppressed);
    List<IndicatorCell> out = new ArrayList<>();
    for (int m = 0; m < group.size(); m++) {
      int[] n = family.numbers(self, m);
      for (int i = 0; i < n.length; i++) {
        IndicatorCell c = cellsOf.get(m).get(i);
        out.add(primary[n[i]] ? c.withStatus("C", null)
            : suppressed[n[i]] ? c.withStatus("D", null) : c.withStatus("F", c.value()));
      }
    }
    return out;
  }

  /**
   * Publishes each secondary cell of period {@code self} that the other periods' published cells
   * (and, a year ahead, the year's grand totals) give back exactly with this period's published
   * ones: a fourth quarter's total of 18 that the year's 67 less the first three quarters' 24, 14
   * and 11 gives hides nothing. The pattern was checked against a reader who knows all of them,
   * so publishing what that reader works out changes no interval.
   */
  private static void publishGivenBack(PeriodFamily family, int self, int indicators, double[] values,
      boolean[] primary, Boolean[] settled, boolean[] suppressed) {
    double[] known = new double[values.length];
    java.util.Arrays.fill(known, Double.NaN);
    for (int n = 0; n < values.length; n++) {
      if (Boolean.TRUE.equals(settled[n])) {
        known[n] = values[n];
      }
    }
    List<Integer> secondary = new ArrayList<>();
    for (int m = 0; m < indicators; m++) {
      for (int n : family.numbers(self, m)) {
        if (!primary[n] && !suppressed[n]) {
          known[n] = values[n];
        } else if (!primary[n] && !family.space().hidden(n)) {
          // a cell no table publishes stays as it is: unknown, and not this step's to publish
          secondary.add(n);
        }
      }
    }
    if (secondary.isEmpty()) {
      return;
    }
    IntervalSolver solver = new IntervalSolver(family.space(), known);
    for (int n : secondary) {
      if (Math.abs(solver.exactValue(n) - values[n]) < Interval.EPS) {
        suppressed[n] = false;
      }
    }
  }

  /** Stops the run when the period's values do not bear a declared link out: the link is wrong. */
  private void checkLinks(List<String> dims, List<List<IndicatorCell>> cellsOf, int[][] twins, int[][] sums) {
    for (int[] t : twins) {
      IndicatorCell a = cellsOf.get(t[0]).get(t[1]);
      IndicatorCell b = cellsOf.get(t[2]).get(t[3]);
      if (value(a) != value(b)) {
        throw linkFails(a.indicator(), a.indicator() + ": disclosure.linked says its cell "
            + describe(dims, a)
            + " counts the same persons as " + describe(dims, b) + ", but they are " + a.formattedValue() + " and "
            + b.formattedValue());
      }
    }
    for (int[] t : sums) {
      IndicatorCell total = cellsOf.get(t[0]).get(t[1]);
      IndicatorCell a = cellsOf.get(t[2]).get(t[3]);
      IndicatorCell b = cellsOf.get(t[4]).get(t[5]);
      if (value(total) != value(a) + value(b)) {
        throw linkFails(total.indicator(), total.indicator() + ": disclosure.linked says its cell "
            + describe(dims, total)
            + " counts the persons of " + describe(dims, a) + " and of " + describe(dims, b) + ", but "
            + total.formattedValue() + " ≠ " + a.formattedValue() + " + " + b.formattedValue());
      }
    }
  }

  /** As {@link #checkLinks} for the cells that count some of another's persons ({@code within}): never more. */
  private void checkWithin(List<String> dims, List<List<IndicatorCell>> cellsOf, int[][] within) {
    for (int[] w : within) {
      IndicatorCell part = cellsOf.get(w[0]).get(w[1]);
      IndicatorCell whole = cellsOf.get(w[2]).get(w[3]);
      if (value(part) > value(whole)) {
        throw linkFails(part.indicator(), part.indicator() + ": disclosure.linked says its cell "
            + describe(dims, part)
            + " counts some of the persons of " + describe(dims, whole) + ", but " + part.formattedValue() + " > "
            + whole.formattedValue());
      }
    }
  }

  /** As {@link #checkLinks} for a union of cells ({@link LinkedCells#unions}): at least each, at most their sum. */
  private void checkUnions(List<String> dims, List<List<IndicatorCell>> cellsOf, int[][] unions) {
    for (int[] u : unions) {
      IndicatorCell union = cellsOf.get(u[0]).get(u[1]);
      double sum = 0;
      for (int k = 2; k < u.length; k += 2) {
        IndicatorCell part = cellsOf.get(u[k]).get(u[k + 1]);
        sum += value(part);
        if (value(part) > value(union)) {
          throw linkFails(union.indicator(), union.indicator() + ": disclosure.linked says its cell "
            + describe(dims, union)
              + " counts every person of " + describe(dims, part) + ", but " + union.formattedValue() + " < "
              + part.formattedValue());
        }
      }
      if (value(union) > sum) {
        throw linkFails(union.indicator(), union.indicator() + ": disclosure.linked says its cell "
            + describe(dims, union)
            + " counts only persons of the cells it groups, but " + union.formattedValue() + " > their sum "
            + BigDecimal.valueOf(sum).stripTrailingZeros().toPlainString());
      }
    }
  }

  /** The run stops: the figures do not bear out a link of {@code indicator}, named at its entry in the catalogue. */
  private ThbstatException linkFails(String indicator, String message) {
    int line = catalogue.indicator(indicator).map(thbstat.indicators.model.Indicator::line).orElse(0);
    return new ThbstatException(ThbstatException.Kind.DATA,
        List.of(new Problem(catalogueFile, line, 0, message + "; correct or remove the link")));
  }

  /** A cell's value for the relations: an empty count is 0. */
  private static double value(IndicatorCell c) {
    return c.value() == null ? 0 : c.value().doubleValue();
  }

  private static String describe(List<String> dims, IndicatorCell c) {
    return DerivedCells.describe(dims, DerivedCells.key(c.indicator(), c.period(), c.codes()));
  }

  /** A published cell with nothing behind it: 0 for counts and sums; no value for medians and shares. */
  private static IndicatorCell emptyCell(IndicatorRule rule, String period, List<String> codes) {
    BigDecimal v = rule.related() ? BigDecimal.ZERO : null;
    return new IndicatorCell(rule.indicator(), period, codes, v, rule.unit(), "F", 0);
  }

  /** Every cell of each of the indicator's publication tables, in output-dimension codes. */
  private Map<String, List<List<String>>> tableCells(IndicatorRule rule, List<String> dims) {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    for (PublicationTable t : catalogue.tables()) {
      if (!t.indicator().equals(rule.indicator())) {
        continue;
      }
      out.put(t.id(), IndicatorRule.keys(dims, d -> codesIn(rule, t, d)));
    }
    return out;
  }

  private static List<String> codesIn(IndicatorRule rule, PublicationTable t, String dim) {
    if (!rule.dimensions().contains(dim)) {
      return List.of(IndicatorTable.NOT_APPLICABLE);
    }
    if (!t.dimensions().contains(dim)) {
      return List.of(IndicatorTable.TOTAL);
    }
    List<String> codes = new ArrayList<>(rule.codes().getOrDefault(dim, List.of()));
    codes.add(IndicatorTable.TOTAL);
    return codes;
  }

  /** Cells by {@link #key}. */
  static Map<List<String>, IndicatorCell> byKey(List<IndicatorCell> cells) {
    Map<List<String>, IndicatorCell> out = new HashMap<>();
    cells.forEach(c -> out.put(key(c.indicator(), c.codes()), c));
    return out;
  }

  /** A cell's key within one period: its indicator, then its codes. */
  static List<String> key(String indicator, List<String> codes) {
    List<String> k = new ArrayList<>(codes.size() + 1);
    k.add(indicator);
    k.addAll(codes);
    return k;
  }
}
