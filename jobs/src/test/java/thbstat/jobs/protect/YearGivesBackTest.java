package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * A suppressed cell of many persons that the year gives back opens its quarter's pattern, worked
 * by hand: identified victims by citizenship (one row per victim: the quarters add up to the year).
 *
 * <pre>
 *          Q1  Q2  Q3  Q4  year
 *   NAT    17   6  10  10   43
 *   EU      1   4   5   3   13
 *   NON     1   4   5   3   13
 *   _T     19  14  20  16   69
 * </pre>
 *
 * Q1 suppresses EU and NON (1 each) and NAT with them (NAT 17 published would leave EU + NON = 2);
 * its total 19 is published. The year's EU and NON are each the rest 1 of Q1's: the year
 * suppresses them. Published, the year's NAT 43 gives Q1 NAT back: 43 − 26 = 17, and Q1's total
 * then leaves EU + NON = 2, each in [0, 2]. Q1 alone has NAT in [0, 19]; so the year's NAT must
 * reach down to 26 and up to 45: suppressed, the year's total 69 published.
 */
class YearGivesBackTest {
  private static final String[] CODES = {"NAT", "EU", "NON"};
  private static final int[][] VALUES = {{17, 1, 1}, {6, 4, 4}, {10, 5, 5}, {10, 3, 3}};

  private static Catalogue catalogue() {
    Indicator vic = indicator("VIC", 3, List.of("CIT"), List.of("CIT"));
    vic = new Indicator(vic.id(), vic.label(), vic.definition(), vic.source(),
        new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW), vic.filter(), vic.date(), vic.dimensions(),
        vic.additive(), vic.unit(), vic.references(), vic.disclosure(), null, 1);
    return Fixtures.ofVictims(List.of(dim("CIT", false, CODES)), List.of(vic),
        List.of(table("VIC_CIT", "VIC", List.of("CIT"), List.of())));
  }

  private static IndicatorTable internal(Catalogue cat) {
    List<IndicatorCell> cells = new ArrayList<>();
    int[] year = new int[3];
    for (int q = 0; q < 4; q++) {
      cells.addAll(cells(cat, "2024-Q" + (q + 1), VALUES[q]));
      for (int c = 0; c < 3; c++) {
        year[c] += VALUES[q][c];
      }
    }
    cells.addAll(cells(cat, "2024", year));
    return new IndicatorTable(cat.outputDimensions(), cells);
  }

  private static List<IndicatorCell> cells(Catalogue cat, String period, int[] v) {
    List<IndicatorCell> out = new ArrayList<>();
    for (int c = 0; c <= 3; c++) {
      int value = c < 3 ? v[c] : v[0] + v[1] + v[2];
      out.add(new IndicatorCell("VIC", period, codesOf(cat, "VIC", Map.of("CIT", c < 3 ? CODES[c] : "_T")),
          BigDecimal.valueOf(value), "PS", "F", value));
    }
    return out;
  }

  private static List<String> shown(Catalogue cat, IndicatorTable pub) {
    List<String> out = new ArrayList<>();
    for (String code : List.of("NAT", "EU", "NON", "_T")) {
      IndicatorCell c = at(cat, pub, "VIC", "CIT=" + code);
      out.add(code + " " + (c.value() == null ? c.status() : c.value().toPlainString()));
    }
    return out;
  }

  @Test
  void theYearHoldsACellThatWouldGiveBackAQuartersSecondaryCell() {
    Catalogue cat = catalogue();
    DisclosureControl control = new DisclosureControl(cat);
    Map<String, IndicatorTable> tables = new HashMap<>();
    Map<String, Map<String, Object>> rules = new HashMap<>();
    for (String q : List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")) {
      Protection p = control.protect(internal(cat), q, tables);
      tables.put(q, p.publicTable());
      rules.put(q, p.rulesForManifest());
    }
    assertEquals(List.of("NAT D", "EU C", "NON C", "_T 19"), shown(cat, tables.get("2024-Q1")));
    assertEquals(List.of("NAT 6", "EU 4", "NON 4", "_T 14"), shown(cat, tables.get("2024-Q2")));

    Protection year = control.protect(internal(cat), "2024", Map.copyOf(tables));
    assertEquals(List.of("NAT D", "EU D", "NON D", "_T 69"), shown(cat, year.publicTable()));
    tables.put("2024", year.publicTable());
    rules.put("2024", year.rulesForManifest());
    assertEquals(List.of(), PeriodAudit.check(tables, rules).failures());

    // the year with its NAT published, as before: the audit finds what it opens in Q1
    List<IndicatorCell> opened = new ArrayList<>();
    for (IndicatorCell c : year.publicTable().cells()) {
      boolean nat = c.codes().contains("NAT");
      opened.add(nat ? c.withStatus("F", BigDecimal.valueOf(43)) : c);
    }
    tables.put("2024", new IndicatorTable(year.publicTable().dimensions(), opened));
    List<String> failures = PeriodAudit.check(tables, rules).failures();
    assertEquals(List.of("VIC 2024-Q1 CIT=EU (C): 2024 and its quarters' published cells narrow it to [0, 2]; it must"
        + " reach 0 and 3", "VIC 2024-Q1 CIT=NON (C): 2024 and its quarters' published cells narrow it to [0, 2]; it"
        + " must reach 0 and 3"), failures);
  }

  /**
   * The other order: the year alone publishes every cell (43, 13, 13, 69); Q1 to Q3 as above. Q4's
   * NAT 10 published would give Q1's back (43 − 6 − 10 − 10 = 17): Q4's NAT is held to [17 + 10 −
   * 19, 17 + 10 − 0] = [8, 27] (Q1 alone has NAT in [0, 19]), so it is suppressed.
   */
  @Test
  void aQuarterAfterItsYearHoldsACellThatWouldGiveBackAnotherQuartersSecondaryCell() {
    Catalogue cat = catalogue();
    DisclosureControl control = new DisclosureControl(cat);
    Map<String, IndicatorTable> tables = new HashMap<>();
    Map<String, Map<String, Object>> rules = new HashMap<>();
    for (String p : List.of("2024", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")) {
      Protection protection = control.protect(internal(cat), p, tables);
      tables.put(p, protection.publicTable());
      rules.put(p, protection.rulesForManifest());
    }
    assertEquals(List.of("NAT 43", "EU 13", "NON 13", "_T 69"), shown(cat, tables.get("2024")));
    assertEquals(List.of("NAT D", "EU C", "NON C", "_T 19"), shown(cat, tables.get("2024-Q1")));
    assertEquals("D", at(cat, tables.get("2024-Q4"), "VIC", "CIT=NAT").status());
    assertEquals(List.of(), PeriodAudit.check(tables, rules).failures());
  }
}
