package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Checks a year's public table against its quarters' public tables, from the files alone: what a
 * reader gets by taking the published quarters from the year ({@link PeriodLinks}). For each cell
 * of an indicator whose quarters add up to its year (the manifest's {@value #KINDS}), the quarters'
 * cells the files do not show (suppressed, or a quarter whose file is not given) together are the
 * year's cell (or its audited interval, when suppressed) minus the published quarters. A failure
 * when that narrows a quarter's primary (C) cell so that it cannot be 0 or reach the threshold, or
 * bounds a quarter without a file by 1 or 2.
 */
public final class PeriodAudit {
  /** The manifest's entry: indicator → {@code eq} or {@code ge} ({@link PeriodLinks#kindOf}). */
  static final String KINDS = "quarters_add_up";

  private PeriodAudit() {}

  /** What the check found: the year cells with a quarter's cell unknown that it looked at, and the failures. */
  public record Report(int checked, List<String> failures) {
    public Report {
      failures = List.copyOf(failures);
    }
  }

  /**
   * {@code tables}: public tables by period (a year's and any of its quarters'); {@code rules}:
   * each period's manifest {@code disclosure} entry. Years without a quarter among them, and
   * years whose manifest has no {@value #KINDS}, are not checked.
   */
  @SuppressWarnings("unchecked")
  public static Report check(Map<String, IndicatorTable> tables, Map<String, Map<String, Object>> rules) {
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, IndicatorTable> e : tables.entrySet()) {
      Period year = Period.parse(e.getKey());
      Object kinds = rules.get(e.getKey()) == null ? null : rules.get(e.getKey()).get(KINDS);
      if (!year.isYear() || !(kinds instanceof Map<?, ?>)) {
        continue;
      }
      List<Map<List<String>, IndicatorCell>> quarters = new ArrayList<>();
      boolean any = false;
      for (int q = 1; q <= 4; q++) {
        IndicatorTable t = tables.get(Period.quarter(year.year(), q).toString());
        quarters.add(t == null ? null : DisclosureControl.byKey(t.cellsOf(Period.quarter(year.year(), q).toString())));
        any |= t != null;
      }
      if (!any) {
        continue;
      }
      Map<String, IndicatorRule> byIndicator = DisclosureRules.fromManifest(rules.get(e.getKey()));
      Map<List<String>, CellInterval> intervals = new HashMap<>();
      for (CellInterval i : DisclosureAudit.audit(e.getValue(), rules.get(e.getKey())).intervals()) {
        intervals.put(key(i.indicator(), i.codes()), i);
      }
      List<String> dims = e.getValue().dimensions();
      // a quarter's own table, with the cells the year gives back exactly shown
      List<Map<List<String>, Double>> given = exactlyGiven(e.getValue(), e.getKey(), (Map<String, ?>) kinds, quarters,
          byIndicator);
      for (int q = 0; q < 4; q++) {
        String quarter = Period.quarter(year.year(), q + 1).toString();
        if (given.get(q).isEmpty()) {
          continue;
        }
        Map<String, Object> quarterRules = rules.getOrDefault(quarter, rules.get(e.getKey()));
        AuditReport again = withGiven(tables.get(quarter), given.get(q), quarterRules);
        for (String f : again.failures()) {
          failures.add(quarter + " with the " + given.get(q).size() + " suppressed cell(s) " + e.getKey()
              + " gives back exactly: " + f);
        }
      }
      for (IndicatorCell c : e.getValue().cellsOf(e.getKey())) {
        String kind = (String) ((Map<String, Object>) kinds).get(c.indicator());
        IndicatorRule rule = byIndicator.get(c.indicator());
        List<String> k = key(c.indicator(), c.codes());
        CellInterval suppressed = intervals.get(k);
        if (kind == null || rule == null || c.value() == null && suppressed == null) {
          continue;
        }
        double low = c.value() != null ? c.value().doubleValue() : suppressed.lower();
        double high = c.value() != null ? c.value().doubleValue() : suppressed.upper();
        double published = 0;
        List<Integer> unknown = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
          IndicatorCell shown = quarters.get(q) == null ? null : quarters.get(q).get(k);
          if (shown != null && shown.value() != null) {
            published += shown.value().doubleValue();
          } else {
            unknown.add(q);
          }
        }
        if (unknown.isEmpty()) {
          continue;
        }
        checked++;
        boolean eq = kind.equals("eq");
        // as PeriodLinks: one unknown is the rest (eq) or at least it (ge); each is at most the
        // rest (eq) or the year (ge)
        double atLeast = unknown.size() == 1 ? Math.max(0, low - published) : 0;
        double atMost = eq ? high - published : high;
        double threshold = rule.reachUpper();
        for (int q : unknown) {
          IndicatorCell shown = quarters.get(q) == null ? null : quarters.get(q).get(k);
          String quarter = Period.quarter(year.year(), q + 1).toString();
          String what = DerivedCells.describe(dims, DerivedCells.key(c.indicator(), quarter, c.codes()));
          String narrowed = "[" + CellInterval.num(atLeast) + ", "
              + (Double.isInfinite(atMost) ? "∞)" : CellInterval.num(atMost) + "]");
          if (shown != null && "C".equals(shown.status())
              && (atLeast > Interval.EPS || atMost < threshold - Interval.EPS)) {
            failures.add(what + " (C): " + e.getKey() + " minus the published quarters narrows it to " + narrowed);
          } else if (quarters.get(q) == null && atMost > Interval.EPS && atMost < threshold - Interval.EPS) {
            failures.add(what + " (no file given): " + e.getKey() + " minus the published quarters bounds it by "
                + narrowed);
          }
        }
      }
    }
    return new Report(checked, failures);
  }

  /**
   * The suppressed cells of a given quarter that the year gives exactly: the year's cell is
   * published, the indicator's quarters add up to it ({@code eq}) and the other three quarters
   * publish theirs. By quarter (0–3): key → the value. A value of 1 or 2 is left out: that is the
   * direct disclosure {@link #check} and {@link PeriodLinks} name on their own.
   */
  static List<Map<List<String>, Double>> exactlyGiven(IndicatorTable yearTable, String year, Map<String, ?> kinds,
      List<Map<List<String>, IndicatorCell>> quarters, Map<String, IndicatorRule> rules) {
    List<Map<List<String>, Double>> out = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      out.add(new HashMap<>());
    }
    for (IndicatorCell c : yearTable.cellsOf(year)) {
      if (c.value() == null || !"eq".equals(kinds.get(c.indicator()))) {
        continue;
      }
      List<String> k = key(c.indicator(), c.codes());
      double published = 0;
      int unknown = -1;
      int unknowns = 0;
      for (int q = 0; q < 4; q++) {
        IndicatorCell shown = quarters.get(q) == null ? null : quarters.get(q).get(k);
        if (shown != null && shown.value() != null) {
          published += shown.value().doubleValue();
        } else {
          unknown = q;
          unknowns++;
        }
      }
      double v = c.value().doubleValue() - published;
      IndicatorRule rule = rules.get(c.indicator());
      boolean small = rule != null && v > Interval.EPS && v < rule.threshold() - Interval.EPS;
      if (unknowns == 1 && !small && quarters.get(unknown) != null && quarters.get(unknown).containsKey(k)) {
        out.get(unknown).put(k, v);
      }
    }
    return out;
  }

  /**
   * The audit of a quarter's public table with the cells the year gives exactly shown as
   * published: a secondary cell given back by the year can open the quarter's own pattern (its
   * citizenship total given back leaves two small cells that add up to 2).
   */
  static AuditReport withGiven(IndicatorTable quarterTable, Map<List<String>, Double> given, Map<String, Object> rules) {
    List<IndicatorCell> cells = new ArrayList<>();
    for (IndicatorCell c : quarterTable.cells()) {
      Double v = given.get(key(c.indicator(), c.codes()));
      cells.add(v == null ? c : c.withStatus("F", java.math.BigDecimal.valueOf(Math.round(v))));
    }
    return DisclosureAudit.audit(new IndicatorTable(quarterTable.dimensions(), cells), rules);
  }

  private static List<String> key(String indicator, List<String> codes) {
    return DisclosureControl.key(indicator, codes);
  }
}
