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
 * A year and its quarters, worked by hand: identified victims by sex (one row per victim, so the
 * quarters add up to the year).
 *
 * <pre>
 *          Q1  Q2  Q3  Q4  year
 *   F       1   4   3   3   11
 *   M       5   4   3   4   16
 *   _T      6   8   6   7   27
 * </pre>
 *
 * Q1 F = 1 is primary; Q1 alone suppresses it and M (its total is published). The year has no
 * primary cell, so alone it publishes everything, and year F − Q2 F − Q3 F − Q4 F = 11 − 10 = 1
 * gives Q1 F back. Protected after its quarters, the year's F must let Q1 F be 0 and 3, that is
 * reach 10 and 13: suppressed, with M to close the year's total; then year F ∈ [0, 27].
 */
class PeriodLinksTest {
  private static final int[][] VALUES = {{1, 5}, {4, 4}, {3, 3}, {3, 4}};

  private static Catalogue catalogue(Measure measure) {
    Indicator vic = indicator("VIC", 3, List.of("SEX"), List.of("SEX"));
    vic = new Indicator(vic.id(), vic.label(), vic.definition(), vic.source(), measure, vic.filter(), vic.date(),
        vic.dimensions(), vic.additive(), vic.unit(), vic.references(), vic.disclosure(), null, 1);
    return Fixtures.ofVictims(List.of(dim("SEX", false, "F", "M")), List.of(vic),
        List.of(table("VIC_SEX", "VIC", List.of("SEX"), List.of())));
  }

  private static IndicatorTable internal(Catalogue cat) {
    return internal(cat, VALUES);
  }

  /** The quarters' F and M as given, the year their sum. */
  private static IndicatorTable internal(Catalogue cat, int[][] values) {
    List<IndicatorCell> cells = new ArrayList<>();
    int f = 0;
    int m = 0;
    for (int q = 0; q < 4; q++) {
      cells.addAll(sexes(cat, "2024-Q" + (q + 1), values[q][0], values[q][1]));
      f += values[q][0];
      m += values[q][1];
    }
    cells.addAll(sexes(cat, "2024", f, m));
    return new IndicatorTable(cat.outputDimensions(), cells);
  }

  private static List<IndicatorCell> sexes(Catalogue cat, String period, int f, int m) {
    List<IndicatorCell> out = new ArrayList<>();
    int[] v = {f, m, f + m};
    String[] codes = {"F", "M", "_T"};
    for (int i = 0; i < 3; i++) {
      out.add(new IndicatorCell("VIC", period, codesOf(cat, "VIC", Map.of("SEX", codes[i])), BigDecimal.valueOf(v[i]),
          "PS", "F", v[i]));
    }
    return out;
  }

  /** The quarters protected one by one, in order, each public table then known to readers. */
  private static Map<String, IndicatorTable> quarters(DisclosureControl control, IndicatorTable internal) {
    return new Published().protect(control, internal, "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4").tables();
  }

  /** F, M and _T as a reader sees them: the value, or the status of a protected cell. */
  private static List<String> shown(Catalogue cat, IndicatorTable pub) {
    List<String> out = new ArrayList<>();
    for (String sex : List.of("F", "M", "_T")) {
      IndicatorCell c = at(cat, pub, "VIC", "SEX=" + sex);
      out.add(sex + " " + (c.value() == null ? c.status() : c.value().toPlainString()));
    }
    return out;
  }

  @Test
  void theYearAloneGivesAQuarterCellAwayByTakingTheOtherQuartersFromIt() {
    Catalogue cat = catalogue(new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW));
    DisclosureControl control = new DisclosureControl(cat);
    Map<String, IndicatorTable> quarters = quarters(control, internal(cat));
    IndicatorTable q1 = quarters.get("2024-Q1");
    assertEquals(List.of("F C", "M D", "_T 6"), shown(cat, q1));

    IndicatorTable alone = control.protect(internal(cat), "2024").publicTable();
    assertEquals(List.of("F 11", "M 16", "_T 27"),
        shown(cat, alone));
  }

  @Test
  void theYearProtectedAfterItsQuartersKeepsTheirSmallCellHidden() {
    Catalogue cat = catalogue(new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW));
    DisclosureControl control = new DisclosureControl(cat);
    Map<String, IndicatorTable> quarters = quarters(control, internal(cat));

    Protection year = control.protect(internal(cat), "2024", quarters);
    IndicatorTable pub = year.publicTable();
    assertEquals(List.of("F D", "M D", "_T 27"), shown(cat, pub));
    // The year's own audit still passes, and a reader's interval for year F is [0, 27]:
    // Q1 F = year F − 10 can be anything from 0 to 17.
    AuditReport audit = DisclosureAudit.audit(pub, year.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
  }

  /** The public tables and manifest rules of periods protected one after the other, each knowing those before it. */
  private record Published(Map<String, IndicatorTable> tables, Map<String, Map<String, Object>> rules) {
    Published() {
      this(new HashMap<>(), new HashMap<>());
    }

    Published protect(DisclosureControl control, IndicatorTable internal, String... periods) {
      for (String period : periods) {
        Protection p = control.protect(internal, period, tables);
        tables.put(period, p.publicTable());
        rules.put(period, p.rulesForManifest());
      }
      return this;
    }

    void put(String period, Protection p) {
      tables.put(period, p.publicTable());
      rules.put(period, p.rulesForManifest());
    }
  }

  /** The audit from the files alone: the year protected alone fails against its quarters, protected after them passes. */
  @Test
  void theAuditOfAYearAgainstItsQuartersFindsTheCellTheYearGivesAway() {
    Catalogue cat = catalogue(new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW));
    DisclosureControl control = new DisclosureControl(cat);
    Published published = new Published().protect(control, internal(cat), "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
    Map<String, IndicatorTable> quarters = Map.copyOf(published.tables());

    published.put("2024", control.protect(internal(cat), "2024"));
    PeriodAudit.Report failed = PeriodAudit.check(published.tables(), published.rules());
    // the year's F less the other quarters' F, and Q1's total 6 less the year's M less the other quarters' M
    assertEquals(List.of("VIC 2024-Q1 SEX=F (C): 2024 and its quarters' published cells narrow it to [1, 1]; it must"
        + " reach 0 and 3"), failed.failures());

    published.put("2024", control.protect(internal(cat), "2024", quarters));
    PeriodAudit.Report passed = PeriodAudit.check(published.tables(), published.rules());
    assertEquals(List.of(), passed.failures());
    // the one primary cell of the five tables, Q1 F, solved over all of them
    assertEquals(1, passed.checked());
  }

  /**
   * The other order: the year published first (alone: F 11, M 16, _T 27), then the quarters. Q1
   * to Q3 keep their patterns (with Q1 F unknown, the quarters not yet published hold the rest,
   * 7 and then 4 persons). Q4 F = 3 published would leave Q1 F = 11 − 4 − 3 − 3 = 1: so Q4 F must
   * be able to reach down to 11 − 7 − 3 = 1 and up to 11 − 7 = 4; suppressed with Q4 M to close
   * Q4's total, Q4 F ∈ [0, 7], and Q1 F ∈ [0, 4].
   */
  @Test
  void quartersProtectedAfterTheirYearKeepTheSmallCellHiddenToo() {
    Catalogue cat = catalogue(new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW));
    DisclosureControl control = new DisclosureControl(cat);
    Published published = new Published()
        .protect(control, internal(cat), "2024", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
    Map<String, IndicatorTable> tables = published.tables();
    assertEquals(List.of("F 11", "M 16", "_T 27"), shown(cat, tables.get("2024")));
    assertEquals(List.of("F C", "M D", "_T 6"), shown(cat, tables.get("2024-Q1")));
    assertEquals(List.of("F 4", "M 4", "_T 8"), shown(cat, tables.get("2024-Q2")));
    assertEquals(List.of("F 3", "M 3", "_T 6"), shown(cat, tables.get("2024-Q3")));
    assertEquals(List.of("F D", "M D", "_T 7"), shown(cat, tables.get("2024-Q4")));
    assertEquals(List.of(), PeriodAudit.check(tables, published.rules()).failures());
  }

  @Test
  void withoutAnyQuarterPublishedTheYearIsProtectedAsAlone() {
    Catalogue cat = catalogue(new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW));
    DisclosureControl control = new DisclosureControl(cat);
    IndicatorTable pub = control.protect(internal(cat), "2024", Map.of()).publicTable();
    assertEquals(List.of("F 11", "M 16", "_T 27"), shown(cat, pub));
  }

  /**
   * Persons of proceedings may count in two quarters (ge): Q1 F ≥ year F − published = 11 − 10 =
   * 1 cannot reach 0, so year F goes as with victims; a reader then has Q1 F ≤ year F, unbounded.
   */
  @Test
  void personsWhoMayCountInSeveralQuartersAreProtectedToo() {
    Catalogue cat = catalogue(new Measure.DistinctCount("person_id", Measure.PeriodBy.ROW));
    assertEquals("ge", PeriodLinks.kindOf(cat, cat.indicators().get(0)));
    DisclosureControl control = new DisclosureControl(cat);
    Map<String, IndicatorTable> quarters = quarters(control, internal(cat));
    IndicatorTable pub = control.protect(internal(cat), "2024", quarters).publicTable();
    assertEquals(List.of("F D", "M D", "_T 27"), shown(cat, pub));
  }

  @Test
  void howAYearRelatesToItsQuartersFollowsFromWhatIsCounted() {
    Catalogue cat = catalogue(new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW));
    assertEquals("eq", PeriodLinks.kindOf(cat, cat.indicators().get(0)));
    Catalogue cases = catalogue(new Measure.DistinctCount("case_id", Measure.PeriodBy.EARLIEST));
    assertEquals("eq", PeriodLinks.kindOf(cases, cases.indicators().get(0)));
    Catalogue rows = catalogue(new Measure.RecordCount());
    assertEquals("eq", PeriodLinks.kindOf(rows, rows.indicators().get(0)));
  }

  /**
   * The last quarter pays for the year's total, worked by hand:
   *
   * <pre>
   *          Q1  Q2  Q3  Q4  year
   *   F       5   4   0   4   13
   *   M       6   4   1   5   16
   *   _T     11   8   1   9   29
   * </pre>
   *
   * Q3's one man is also its total: M and _T primary, F = 0 published. With Q1, Q2 and Q4
   * published whole, the year's total would give Q3's back (29 − 28 = 1), and so would its M (16
   * − 15): the year suppresses both, and the annual headline figure is lost. Protected as the last
   * quarter before its year, Q4 counts the year's total 29 as published, and adds one cell per
   * round for the first failing cell: Q3's M fails (its total is 1 either way), so Q4's M goes,
   * the cell related to it, and Q4's F closes Q4's sum (4, cheaper than the total 9); Q3 _T = 29 −
   * 11 − 8 − 9 still, so Q4's total goes too. Then Q3 M ∈ [0, 6] (Q3 M + Q4 M = 16 − 10, Q4 M = Q4
   * _T − Q4 F, the year's F giving Q4 F = 4), and the year publishes every cell.
   */
  @Test
  void theLastQuarterPaysForItsYearsTotal() {
    Catalogue cat = catalogue(new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW));
    DisclosureControl control = new DisclosureControl(cat);
    IndicatorTable internal = internal(cat, new int[][] {{5, 6}, {4, 4}, {0, 1}, {4, 5}});
    Published published = new Published().protect(control, internal, "2024-Q1", "2024-Q2", "2024-Q3");
    assertEquals(List.of("F 0", "M C", "_T C"), shown(cat, published.tables().get("2024-Q3")));

    // Q4 protected alone, as if the year would never follow: the year pays
    Published before = new Published(new HashMap<>(published.tables()), new HashMap<>(published.rules()));
    before.put("2024-Q4", control.protect(internal, "2024-Q4"));
    assertEquals(List.of("F 4", "M 5", "_T 9"), shown(cat, before.tables().get("2024-Q4")));
    before.protect(control, internal, "2024");
    assertEquals(List.of("F 13", "M D", "_T D"), shown(cat, before.tables().get("2024")));

    published.protect(control, internal, "2024-Q4", "2024");
    assertEquals(List.of("F D", "M D", "_T D"), shown(cat, published.tables().get("2024-Q4")));
    assertEquals(List.of("F 13", "M 16", "_T 29"), shown(cat, published.tables().get("2024")));
    PeriodAudit.Report audit = PeriodAudit.check(published.tables(), published.rules());
    assertEquals(List.of(), audit.failures());
  }
}
