package thbstat.jobs.protect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Checks a public table from the files alone (the cells and the manifest's rules): for each
 * protected cell, the interval [min, max] a reader derives by LP from every published cell (cells
 * ≥ 0, additive relations as equalities, multi-valued ones as part ≤ total and Σ parts ≥ total);
 * a failure when a primary cell's interval does not reach 0 and the threshold, or when a cell that
 * should be primary is published. Linked indicators' cells that no table publishes ({@link
 * LinkedCells#complements}) are unknowns too: a failure when one can be bounded above by 1 or 2
 * (their true values are not in the files, so this is all a reader's check can ask).
 */
public final class DisclosureAudit {
  private DisclosureAudit() {}

  public static AuditReport audit(IndicatorTable publicTable, Map<String, Object> rules) {
    Map<String, IndicatorRule> byIndicator = DisclosureRules.fromManifest(rules);
    List<LinkedCells> links = DisclosureRules.linksFromManifest(rules);
    Map<String, Map<String, List<IndicatorCell>>> byPeriod = new LinkedHashMap<>();
    for (IndicatorCell c : publicTable.cells()) {
      byPeriod.computeIfAbsent(c.period(), k -> new LinkedHashMap<>())
          .computeIfAbsent(c.indicator(), k -> new ArrayList<>()).add(c);
    }
    List<CellInterval> intervals = new ArrayList<>();
    List<CellInterval> complements = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    byPeriod.forEach((period, publishedCells) -> {
      Map<String, List<IndicatorCell>> byIndicatorCells =
          DisclosureRules.withHidden(publishedCells, byIndicator, publicTable.dimensions(), period);
      for (List<String> group : LinkedCells.groups(byIndicatorCells.keySet(), links)) {
        if (group.stream().noneMatch(publishedCells::containsKey)) {
          continue; // only indicators no table publishes
        }
        List<IndicatorRule> members = new ArrayList<>();
        List<List<IndicatorCell>> cellsOf = new ArrayList<>();
        for (String id : group) {
          IndicatorRule rule = byIndicator.get(id);
          List<IndicatorCell> cells = byIndicatorCells.get(id);
          if (rule != null) {
            members.add(rule);
            cellsOf.add(cells);
          } else if (cells.stream().anyMatch(c -> !"F".equals(c.status()))) {
            failures.add(id + " " + period + ": no disclosure rule for this indicator in the manifest");
          }
        }
        if (!members.isEmpty()) {
          audit(publicTable.dimensions(), period, members, cellsOf, links, intervals, complements, failures);
        }
      }
    });
    Map<List<String>, String> status = DerivedCells.statuses(publicTable.cells());
    for (IndicatorCell c : publicTable.cells()) {
      IndicatorRule rule = byIndicator.get(c.indicator());
      List<String> base = rule == null || !"F".equals(c.status()) ? null
          : DerivedCells.suppressedBase(publicTable.dimensions(), byIndicator, rule, c, status);
      if (base != null) {
        failures.add(DerivedCells.describe(publicTable.dimensions(), DerivedCells.key(c.indicator(), c.period(),
            c.codes())) + ": published, but gives away the suppressed cell "
            + DerivedCells.describe(publicTable.dimensions(), base));
      }
    }
    return new AuditReport(intervals, complements, failures);
  }

  /** One group of linked indicators (most often one indicator) in one period, as one table. */
  private static void audit(List<String> dims, String period, List<IndicatorRule> members,
      List<List<IndicatorCell>> cellsOf, List<LinkedCells> links, List<CellInterval> intervals,
      List<CellInterval> complements, List<String> failures) {
    LinkedCells.Joined joined = LinkedCells.join(dims, members, cellsOf, links);
    for (int[] t : joined.twins()) {
      if (members.get(t[0]).hidden() || members.get(t[2]).hidden()) {
        continue;
      }
      IndicatorCell a = cellsOf.get(t[0]).get(t[1]);
      IndicatorCell b = cellsOf.get(t[2]).get(t[3]);
      if (!java.util.Objects.equals(a.value(), b.value()) && (a.value() == null || b.value() == null
          || a.value().compareTo(b.value()) != 0)) {
        failures.add(describe(dims, a) + " and " + describe(dims, b) + " count the same persons but are published as "
            + shown(a) + " and " + shown(b));
      }
    }
    CellSpace space = joined.space();
    List<int[]> numbers = joined.numbers();
    double[] known = new double[space.size()];
    java.util.Arrays.fill(known, Double.NaN);
    for (int m = 0; m < members.size(); m++) {
      int[] n = numbers.get(m);
      for (int i = 0; i < n.length; i++) {
        // A figure published in either table is known to the reader.
        BigDecimal v = cellsOf.get(m).get(i).value();
        if (v != null) {
          known[n[i]] = v.doubleValue();
        }
      }
    }
    IntervalSolver solver = new IntervalSolver(space, known);
    // linked indicators share their threshold and kind (CellSpace.rule)
    IndicatorRule shared = space.rule();
    boolean checkHidden = shared.protects() && shared.kind().equals(IndicatorRule.COUNT);
    // each cell's LPs are independent: solved side by side, one per core (a twin once)
    Interval[] solved = new Interval[space.size()];
    java.util.stream.IntStream.range(0, space.size()).parallel().forEach(n -> {
      if (space.hidden(n)) {
        solved[n] = checkHidden ? solver.upper(n) : null;
      } else if (shared.related() && Double.isNaN(known[n])) {
        solved[n] = solver.interval(n);
      }
    });
    for (int m = 0; m < members.size(); m++) {
      IndicatorRule rule = members.get(m);
      if (rule.hidden()) {
        continue; // its cells are unknowns, checked below
      }
      List<IndicatorCell> cells = cellsOf.get(m);
      for (int i = 0; i < cells.size(); i++) {
        IndicatorCell c = cells.get(i);
        int n = numbers.get(m)[i];
        String where = c.indicator() + " " + c.period() + " " + CellSpace.describe(dims, rule, c.codes());
        if (c.value() != null) {
          if (rule.protects() && rule.kind().equals(IndicatorRule.COUNT) && known[n] > 0
              && known[n] < rule.threshold()) {
            failures.add(where + ": published value " + c.formattedValue() + " is below the threshold "
                + rule.threshold());
          }
          continue;
        }
        // a figure published in a linked table beside its suppressed twin is not solved above
        Interval iv = !rule.related() ? Interval.unbounded() : solved[n] != null ? solved[n] : solver.interval(n);
        CellInterval ci = new CellInterval(c.indicator(), c.period(), c.codes(), CellSpace.describe(dims, rule, c.codes()),
            c.status(), iv.lower(), iv.upper(), iv.feasible());
        intervals.add(ci);
        if (!iv.feasible()) {
          failures.add(where + ": published cells contradict the relations (no feasible value)");
        } else if ("C".equals(c.status()) && rule.protects() && !iv.wideEnough(rule.reachZero(), rule.reachUpper())) {
          failures.add(where + ": primary cell can be narrowed to " + ci.formatted() + "; it must reach "
              + (rule.reachZero() ? "0 and " : "") + CellInterval.num(rule.reachUpper()));
        }
      }
    }
    for (int n = 0; n < space.size(); n++) {
      if (checkHidden && space.hidden(n)) {
        Interval upper = solved[n];
        complements.add(new CellInterval(space.indicator(n), period, space.key(n), space.codes(n), "",
            upper.lower(), upper.upper(), upper.feasible()));
        if (!SecondarySuppression.hiddenZeroSafe(upper, shared.reachUpper())) {
          Interval iv = solver.interval(n);
          failures.add(space.indicator(n) + " " + period + " " + space.codes(n) + " (unpublished): the published"
              + " cells narrow it to " + new CellInterval(null, null, List.of(), "", "", iv.lower(), iv.upper(),
              iv.feasible()).formatted() + "; its upper bound must be 0 or at least "
              + CellInterval.num(shared.reachUpper()));
        }
      }
    }
  }

  private static String describe(List<String> dims, IndicatorCell c) {
    return DerivedCells.describe(dims, DerivedCells.key(c.indicator(), c.period(), c.codes()));
  }

  private static String shown(IndicatorCell c) {
    return c.value() == null ? "suppressed (" + c.status() + ")" : c.formattedValue();
  }
}
