package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Checks a year's public table and its quarters' public tables together, from the files alone:
 * the LP a reader solves over all of them at once ({@link PeriodFamily}) — every table's
 * relations and each year cell against its quarters' (the manifest's {@value #KINDS}) — with
 * every published figure known. A failure when that narrows a primary (C) cell of the year or of
 * a quarter so that it cannot be 0 or reach the threshold, or bounds an unknown cell (a quarter
 * whose file is not given, or the complement of a published subset) by 1 or 2.
 */
public final class PeriodAudit {
  /** The manifest's entry: indicator → {@code eq} or {@code ge} ({@link PeriodLinks#kindOf}). */
  static final String KINDS = "quarters_add_up";

  private PeriodAudit() {}

  /** What the check found: how many unknown cells of years with their quarters it solved, and the failures. */
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
  public static Report check(Map<String, IndicatorTable> tables, Map<String, Map<String, Object>> rules) {
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, IndicatorTable> e : tables.entrySet()) {
      Period year = Period.parse(e.getKey());
      if (!year.isYear() || rules.get(e.getKey()) == null) {
        continue;
      }
      Map<String, IndicatorTable> family = new LinkedHashMap<>();
      family.put(e.getKey(), e.getValue());
      for (int q = 1; q <= 4; q++) {
        String quarter = Period.quarter(year.year(), q).toString();
        if (tables.containsKey(quarter)) {
          family.put(quarter, tables.get(quarter));
        }
      }
      if (family.size() > 1) {
        Report r = checkYear(e.getKey(), family, rules.get(e.getKey()), Set.of());
        checked += r.checked();
        failures.addAll(r.failures());
      }
    }
    return new Report(checked, failures);
  }

  /**
   * One year with the quarters' tables {@code family} has (the year's among them); {@code
   * excused}: cells, as {@link PeriodFamily#describe} names them, whose failure is already known
   * (periods published before gave them away).
   */
  @SuppressWarnings("unchecked")
  static Report checkYear(String year, Map<String, IndicatorTable> family, Map<String, Object> manifest,
      Set<String> excused) {
    Object kinds = manifest.get(KINDS);
    if (!(kinds instanceof Map<?, ?>)) {
      return new Report(0, List.of());
    }
    Map<String, String> kindOf = (Map<String, String>) kinds;
    Map<String, IndicatorRule> byIndicator = DisclosureRules.fromManifest(manifest);
    List<LinkedCells> links = DisclosureRules.linksFromManifest(manifest);
    Period y = Period.parse(year);
    List<String> periods = new ArrayList<>(List.of(year));
    for (int q = 1; q <= 4; q++) {
      periods.add(Period.quarter(y.year(), q).toString());
    }
    List<Map<String, List<IndicatorCell>>> byPeriod = new ArrayList<>();
    for (String p : periods) {
      IndicatorTable t = family.get(p);
      byPeriod.add(t == null ? null
          : DisclosureRules.withHidden(byIndicator(t.cellsOf(p)), byIndicator, t.dimensions(), p));
    }
    IndicatorTable yearTable = family.get(year);
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (List<String> group : LinkedCells.groups(byPeriod.get(0).keySet(), links)) {
      List<IndicatorRule> members = group.stream().map(byIndicator::get).filter(java.util.Objects::nonNull).toList();
      if (members.size() != group.size() || members.stream().noneMatch(m -> kindOf.containsKey(m.indicator()))
          || !members.get(0).related() || members.stream().allMatch(IndicatorRule::hidden)) {
        continue;
      }
      List<List<List<IndicatorCell>>> cellsOf = new ArrayList<>();
      for (int p = 0; p < periods.size(); p++) {
        if (byPeriod.get(p) == null) {
          cellsOf.add(null);
          continue;
        }
        List<List<IndicatorCell>> ofPeriod = new ArrayList<>();
        for (String id : group) {
          ofPeriod.add(aligned(byPeriod.get(0).get(id), byPeriod.get(p).getOrDefault(id, List.of())));
        }
        cellsOf.add(ofPeriod);
      }
      PeriodFamily f = PeriodFamily.of(yearTable.dimensions(), members, periods, cellsOf, kindOf, links);
      CellSpace space = f.space();
      double[] known = new double[space.size()];
      String[] status = new String[space.size()];
      java.util.Arrays.fill(known, Double.NaN);
      for (int p = 0; p < periods.size(); p++) {
        if (cellsOf.get(p) == null) {
          continue;
        }
        for (int m = 0; m < members.size(); m++) {
          int[] n = f.numbers(p, m);
          List<IndicatorCell> cells = cellsOf.get(p).get(m);
          for (int i = 0; i < n.length && !members.get(m).hidden(); i++) {
            IndicatorCell c = cells.get(i);
            if (c.value() != null) {
              known[n[i]] = c.value().doubleValue();
            } else if (!"D".equals(status[n[i]])) {
              status[n[i]] = c.status();
            }
          }
        }
      }
      IndicatorRule rule = space.rule();
      if (!rule.protects() || !IndicatorRule.COUNT.equals(rule.kind())) {
        continue;
      }
      IntervalSolver solver = new IntervalSolver(space, known);
      Reached reached = new Reached(space.size());
      String[] failed = new String[space.size()];
      boolean[] solved = new boolean[space.size()];
      double down = rule.reachZero() ? 0 : Double.POSITIVE_INFINITY;
      java.util.stream.IntStream.range(0, space.size()).parallel().forEach(n -> {
        if (space.hidden(n)) {
          solved[n] = true;
          if (reached.reaches(n, Double.POSITIVE_INFINITY, rule.reachUpper())) {
            return;
          }
          IntervalSolver.Solved upper = solver.solve(n, false);
          reached.offer(upper.highPoint());
          if (upper.unsolved()) {
            failed[n] = unsolved(f.describe(n), year);
          } else if (!SecondarySuppression.hiddenZeroSafe(upper.interval(), rule.reachUpper())) {
            Interval iv = solver.interval(n);
            failed[n] = f.describe(n) + ": " + year + " and its quarters narrow it to " + formatted(iv)
                + "; its upper bound must be 0 or at least " + CellInterval.num(rule.reachUpper());
          }
        } else if ("C".equals(status[n])) {
          solved[n] = true;
          if (reached.reaches(n, down, rule.reachUpper())) {
            return;
          }
          IntervalSolver.Solved both = solver.solve(n, true);
          reached.offer(both.lowPoint());
          reached.offer(both.highPoint());
          Interval iv = both.interval();
          if (both.unsolved()) {
            failed[n] = unsolved(f.describe(n) + " (C)", year);
          } else if (!iv.feasible()) {
            failed[n] = f.describe(n) + ": the published cells of " + year + " and its quarters contradict the"
                + " relations (no feasible value)";
          } else if (!iv.wideEnough(rule.reachZero(), rule.reachUpper())) {
            failed[n] = f.describe(n) + " (C): " + year + " and its quarters' published cells narrow it to "
                + formatted(iv) + "; it must reach " + (rule.reachZero() ? "0 and " : "")
                + CellInterval.num(rule.reachUpper());
          }
        }
      });
      for (int n = 0; n < space.size(); n++) {
        checked += solved[n] ? 1 : 0;
        if (failed[n] != null && !excused.contains(f.describe(n))) {
          failures.add(failed[n]);
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

  /** A quarter's cells in the order of the year's (same codes); a code the quarter lacks counts as an unknown cell. */
  private static List<IndicatorCell> aligned(List<IndicatorCell> year, List<IndicatorCell> quarter) {
    Map<List<String>, IndicatorCell> byCodes = new HashMap<>();
    quarter.forEach(c -> byCodes.put(c.codes(), c));
    List<IndicatorCell> out = new ArrayList<>(year.size());
    for (IndicatorCell c : year) {
      IndicatorCell q = byCodes.get(c.codes());
      out.add(q != null ? q : c.withStatus("D", null));
    }
    return out;
  }

  private static Map<String, List<IndicatorCell>> byIndicator(Collection<IndicatorCell> cells) {
    Map<String, List<IndicatorCell>> out = new LinkedHashMap<>();
    for (IndicatorCell c : cells) {
      out.computeIfAbsent(c.indicator(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  private static String unsolved(String cell, String year) {
    return cell + ": not checked: the LP over " + year + " and its quarters is too large to solve from scratch"
        + " after rounding drifted (over " + IntervalSolver.FROM_SCRATCH_MAX + " unknowns)";
  }

  private static String formatted(Interval iv) {
    return new CellInterval(null, null, List.of(), "", "", iv.lower(), iv.upper(), iv.feasible()).formatted();
  }

  private static List<String> key(String indicator, List<String> codes) {
    return DisclosureControl.key(indicator, codes);
  }
}
