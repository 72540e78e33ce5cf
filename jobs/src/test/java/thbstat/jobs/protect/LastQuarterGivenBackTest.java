package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static thbstat.jobs.protect.Fixtures.at;
import static thbstat.jobs.protect.Fixtures.codesOf;
import static thbstat.jobs.protect.Fixtures.dim;
import static thbstat.jobs.protect.Fixtures.indicator;
import static thbstat.jobs.protect.Fixtures.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * The last quarter publishes what the year's totals give back, worked by hand: decisions by
 * outcome (identified, presumed, not a victim), and the presumed victims by sex, whose total is
 * the decisions' PRE row (linked).
 *
 * <pre>
 *                 Q1  Q2  Q3  Q4  year
 *   DEC IDN        5   7   4   3   19
 *   DEC PRE        4   0   5   3   12
 *   DEC NOT        5   6   5   7   23
 *   DEC _T        14  13  14  13   54
 *   PRE F          4   0   3   1    8
 *   PRE M          0   0   2   2    4
 * </pre>
 */
class LastQuarterGivenBackTest {
  /** Identified, presumed and not a victim per quarter, and the presumed victims' F and M. */
  private static final int[][] QUARTERS = {{5, 5, 4, 0}, {7, 6, 0, 0}, {4, 5, 3, 2}, {3, 7, 1, 2}};

  private static Catalogue catalogue() {
    Indicator decisions = indicator("DEC", 3, List.of("OUTCOME"), List.of("OUTCOME"));
    Indicator presumed = indicator("PRE", 3, List.of("SEX"), List.of("SEX"));
    presumed = new Indicator(presumed.id(), presumed.label(), presumed.definition(), presumed.source(),
        presumed.measure(), presumed.filter(), presumed.date(), presumed.dimensions(), presumed.additive(),
        presumed.unit(), presumed.references(),
        new Disclosure(3, "test", List.of(new Disclosure.Link("DEC", Map.of("OUTCOME", "PRE")))), null, 1);
    return Fixtures.ofVictims(
        List.of(dim("OUTCOME", false, "IDN", "PRE", "NOT"), dim("SEX", false, "F", "M")), List.of(decisions, presumed),
        List.of(table("DEC_OUTCOME", "DEC", List.of("OUTCOME"), List.of()),
            table("PRE_SEX", "PRE", List.of("SEX"), List.of())));
  }

  private static IndicatorTable internal(Catalogue cat) {
    List<IndicatorCell> cells = new ArrayList<>();
    int[] year = new int[4];
    for (int q = 0; q < 5; q++) {
      int[] v = q < 4 ? QUARTERS[q] : year;
      if (q < 4) {
        for (int i = 0; i < 4; i++) {
          year[i] += v[i];
        }
      }
      String period = q < 4 ? "2024-Q" + (q + 1) : "2024";
      int presumed = v[2] + v[3];
      cells.add(cell(cat, "DEC", period, "OUTCOME", "IDN", v[0]));
      cells.add(cell(cat, "DEC", period, "OUTCOME", "PRE", presumed));
      cells.add(cell(cat, "DEC", period, "OUTCOME", "NOT", v[1]));
      cells.add(cell(cat, "DEC", period, "OUTCOME", "_T", v[0] + presumed + v[1]));
      cells.add(cell(cat, "PRE", period, "SEX", "F", v[2]));
      cells.add(cell(cat, "PRE", period, "SEX", "M", v[3]));
      cells.add(cell(cat, "PRE", period, "SEX", "_T", presumed));
    }
    return new IndicatorTable(cat.outputDimensions(), cells);
  }

  private static IndicatorCell cell(Catalogue cat, String indicator, String period, String dim, String code, int v) {
    return new IndicatorCell(indicator, period, codesOf(cat, indicator, Map.of(dim, code)), BigDecimal.valueOf(v), "PS",
        "F", v);
  }

  /** The decisions by outcome, then the presumed victims by sex, as a reader sees them. */
  private static List<String> shown(Catalogue cat, IndicatorTable pub) {
    List<String> out = new ArrayList<>();
    for (String o : List.of("IDN", "PRE", "NOT", "_T")) {
      out.add(shown(at(cat, pub, "DEC", "OUTCOME=" + o)));
    }
    for (String s : List.of("F", "M", "_T")) {
      out.add(shown(at(cat, pub, "PRE", "SEX=" + s)));
    }
    return out;
  }

  private static String shown(IndicatorCell c) {
    return c.value() == null ? c.status() : c.value().toPlainString();
  }

  /** The periods protected one after the other, each knowing those before it, with their manifest rules. */
  private static Map<String, IndicatorTable> protect(DisclosureControl control, IndicatorTable internal,
      Map<String, Map<String, Object>> rules, String... periods) {
    Map<String, IndicatorTable> tables = new HashMap<>();
    for (String period : periods) {
      Protection p = control.protect(internal, period, tables);
      tables.put(period, p.publicTable());
      rules.put(period, p.rulesForManifest());
    }
    return tables;
  }

  @Test
  void theLastQuarterPublishesWhatTheYearsTotalGivesBack() {
    Catalogue cat = catalogue();
    DisclosureControl control = new DisclosureControl(cat);
    IndicatorTable internal = internal(cat);
    // alone: F and M are both small and the only suppressed cells of F + M = total, so the
    // singleton rule suppresses a third, the total (DEC's PRE), and DEC's IDN closes DEC's sum
    assertEquals(List.of("D", "D", "7", "13", "C", "C", "D"),
        shown(cat, control.protect(internal, "2024-Q4").publicTable()));

    Map<String, Map<String, Object>> rules = new HashMap<>();
    Map<String, IndicatorTable> tables = protect(control, internal, rules,
        "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024");
    assertEquals(List.of("5", "4", "5", "14", "4", "0", "4"), shown(cat, tables.get("2024-Q1")));
    assertEquals(List.of("7", "0", "6", "13", "0", "0", "0"), shown(cat, tables.get("2024-Q2")));
    assertEquals(List.of("4", "5", "5", "14", "D", "C", "5"), shown(cat, tables.get("2024-Q3")));
    // the last quarter is completed as if the year's presumed total 12 were published: then
    // 12 − 4 − 0 − 5 = 3 is Q4's, and DEC's IDN 13 − 3 − 7 = 3; an x there would hide nothing
    assertEquals(List.of("3", "3", "7", "13", "C", "C", "3"), shown(cat, tables.get("2024-Q4")));
    assertEquals(List.of("19", "12", "23", "54", "D", "D", "12"), shown(cat, tables.get("2024")));
    // F + M = 3: each of Q4's small cells still reaches 0 and 3
    assertEquals(List.of(), PeriodAudit.check(tables, rules).failures());
  }
}
