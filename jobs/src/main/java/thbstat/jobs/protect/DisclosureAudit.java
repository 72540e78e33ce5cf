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
 * should be primary is published.
 */
public final class DisclosureAudit {
  private DisclosureAudit() {}

  public static AuditReport audit(IndicatorTable publicTable, Map<String, Object> rules) {
    Map<String, IndicatorRule> byIndicator = DisclosureRules.fromManifest(rules);
    Map<List<String>, List<IndicatorCell>> groups = new LinkedHashMap<>();
    for (IndicatorCell c : publicTable.cells()) {
      groups.computeIfAbsent(List.of(c.indicator(), c.period()), k -> new ArrayList<>()).add(c);
    }
    List<CellInterval> intervals = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    groups.forEach((k, cells) -> {
      IndicatorRule rule = byIndicator.get(k.get(0));
      if (rule == null) {
        if (cells.stream().anyMatch(c -> !"F".equals(c.status()))) {
          failures.add(k.get(0) + " " + k.get(1) + ": no disclosure rule for this indicator in the manifest");
        }
        return;
      }
      audit(publicTable.dimensions(), rule, cells, intervals, failures);
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
    return new AuditReport(intervals, failures);
  }

  private static void audit(List<String> dims, IndicatorRule rule, List<IndicatorCell> cells,
      List<CellInterval> intervals, List<String> failures) {
    CellSpace space = new CellSpace(dims, rule, cells.stream().map(IndicatorCell::codes).toList());
    double[] known = new double[cells.size()];
    for (int i = 0; i < known.length; i++) {
      BigDecimal v = cells.get(i).value();
      known[i] = v == null ? Double.NaN : v.doubleValue();
    }
    IntervalSolver solver = new IntervalSolver(space, known);
    for (int i = 0; i < cells.size(); i++) {
      IndicatorCell c = cells.get(i);
      String where = c.indicator() + " " + c.period() + " " + space.describe(i);
      if (c.value() != null) {
        if (rule.protects() && rule.kind().equals(IndicatorRule.COUNT) && known[i] > 0 && known[i] < rule.threshold()) {
          failures.add(where + ": published value " + c.formattedValue() + " is below the threshold "
              + rule.threshold());
        }
        continue;
      }
      Interval iv = rule.related() ? solver.interval(i) : Interval.unbounded();
      CellInterval ci = new CellInterval(c.indicator(), c.period(), c.codes(), space.describe(i), c.status(),
          iv.lower(), iv.upper(), iv.feasible());
      intervals.add(ci);
      if (!iv.feasible()) {
        failures.add(where + ": published cells contradict the relations (no feasible value)");
      } else if ("C".equals(c.status()) && rule.protects() && !iv.wideEnough(rule.reachZero(), rule.reachUpper())) {
        failures.add(where + ": primary cell can be narrowed to " + ci.formatted() + "; it must reach "
            + (rule.reachZero() ? "0 and " : "") + CellInterval.num(rule.reachUpper()));
      }
    }
  }
}
