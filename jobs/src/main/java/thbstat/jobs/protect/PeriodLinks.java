package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorTable;

/**
 * A year's table and its quarters' tables count the same persons: a victim is identified on one
 * day, so the year's identified victims are the four quarters' added up, and a reader with the
 * year and three quarters has the fourth. Protected one period at a time, the sample's years gave
 * 20 suppressed quarterly cells of 1 or 2 persons away by subtraction. So a period is protected
 * knowing the tables of the other periods of its year that a reader already has (published before
 * it: earlier in the run, or in the output folder by an earlier run): a year knowing its
 * quarters, a quarter knowing its year (once the year is published) and the other quarters. A
 * quarter's cells not published count as unknowns that must not be narrowed to 1 or 2 persons
 * either (a year minus three quarters is the fourth, published or not).
 *
 * <p>The relation of a year's cell to its quarters' cells is {@code eq} where each unit falls in
 * one period (one row per victim, a case placed by its earliest date, a sum or a count of rows),
 * and {@code ge} where a unit may have rows in several quarters (a person with two proceedings):
 * each quarter is at most the year and the quarters add up to at least it.
 */
final class PeriodLinks {
  /** Another period of the year: its public table when a reader has it, null when it is not published. */
  record Other(String period, IndicatorTable published) {}

  private PeriodLinks() {}

  /** How a year's cell of the indicator relates to its quarters' cells: eq, ge, or null (not at all: medians, shares). */
  static String kindOf(Catalogue catalogue, Indicator ind) {
    Measure m = ind.measure();
    if (m instanceof Measure.Sum || m instanceof Measure.RecordCount) {
      return "eq";
    }
    if (m instanceof Measure.DistinctCount d) {
      if (d.periodBy() == Measure.PeriodBy.EARLIEST) {
        return "eq";
      }
      String table = catalogue.source(ind.source()).map(s -> s.table()).orElse(null);
      boolean onePerRow = Extract.table(table).map(t -> t.key().equals(List.of(d.key()))).orElse(false);
      boolean unpivoted = catalogue.source(ind.source()).map(s -> s.unpivot() != null).orElse(true);
      return onePerRow && !unpivoted ? "eq" : "ge";
    }
    return null;
  }

  /**
   * The other periods of {@code period}'s year that its protection must take into account, year
   * first, then the quarters in order; empty when no relation between them can narrow a cell: the
   * year is neither this period nor published, or this is a year none of whose quarters is
   * published (its cells are 0 or at least the threshold, so each quarter may hold anything from 0
   * to the whole year's figure).
   */
  static List<Other> others(String period, Map<String, IndicatorTable> published) {
    Period p = Period.parse(period);
    Period year = Period.year(p.year());
    List<Period> family = new ArrayList<>(List.of(year));
    for (int q = 1; q <= 4; q++) {
      family.add(Period.quarter(p.year(), q));
    }
    boolean yearKnown = p.isYear() || published.containsKey(year.toString());
    boolean quarterKnown = family.stream().skip(1).anyMatch(q -> !q.equals(p) && published.containsKey(q.toString()));
    if (!yearKnown || p.isYear() && !quarterKnown) {
      return List.of();
    }
    List<Other> out = new ArrayList<>();
    for (Period f : family) {
      if (!f.equals(p)) {
        out.add(new Other(f.toString(), published.get(f.toString())));
      }
    }
    return out;
  }

  /**
   * For the last quarter of a year protected before the year itself (the other three quarters
   * published, the year not): the year, unpublished, and the other quarters, as {@link #others}
   * gives them once the year is out. Its protection then keeps the year's grand totals
   * publishable ({@link DisclosureControl}); empty otherwise. Only the last quarter: before it the
   * year's figures are not complete, and its quarters cannot yet be said to give a cell away.
   */
  static List<Other> lastBeforeYear(String period, Map<String, IndicatorTable> published) {
    Period p = Period.parse(period);
    Period year = Period.year(p.year());
    if (p.isYear() || published.containsKey(year.toString())) {
      return List.of();
    }
    List<Other> out = new ArrayList<>(List.of(new Other(year.toString(), null)));
    for (int q = 1; q <= 4; q++) {
      Period f = Period.quarter(p.year(), q);
      if (f.equals(p)) {
        continue;
      }
      IndicatorTable table = published.get(f.toString());
      if (table == null) {
        return List.of();
      }
      out.add(new Other(f.toString(), table));
    }
    return out;
  }
}
