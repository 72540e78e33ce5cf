package thbstat.reports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.model.DataQuality;
import thbstat.reports.model.Provenance;

/**
 * A small hand-made indicator table: identified victims (VIC_IDENTIFIED) by age and sex in 2025,
 * with a primary (C) and a secondary (D) protected cell, and the 2024 total only.
 */
public final class Fixtures {
  public static final Catalogue CATALOGUE = CatalogueLoader.load(CatalogueLocator.locate(null));

  /** 2025, AGE (rows) × SEX (columns); null = protected, with the status in {@link #STATUS_2025}. */
  public static final Map<String, Map<String, Integer>> VALUES_2025 = new LinkedHashMap<>();
  public static final Map<String, String> STATUS_2025 = Map.of("_T/M", "C", "_T/_U", "D", "_U/M", "C", "_U/_U", "D");

  static {
    VALUES_2025.put("_T", map(1234, 800, null, null));
    VALUES_2025.put("Y_LT18", map(300, 200, 100, 0));
    VALUES_2025.put("Y_GE18", map(930, 598, 332, 0));
    VALUES_2025.put("_U", map(4, 2, null, null));
  }

  private Fixtures() {}

  private static Map<String, Integer> map(Integer t, Integer f, Integer m, Integer u) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put("_T", t);
    out.put("F", f);
    out.put("M", m);
    out.put("_U", u);
    return out;
  }

  public static IndicatorCell cell(String period, String age, String sex, BigDecimal value, String status) {
    Indicator ind = CATALOGUE.indicator("VIC_IDENTIFIED").orElseThrow();
    List<String> codes = new ArrayList<>();
    for (String d : CATALOGUE.outputDimensions()) {
      codes.add(d.equals("AGE") ? age : d.equals("SEX") ? sex
          : ind.dimensions().contains(d) ? IndicatorTable.TOTAL : IndicatorTable.NOT_APPLICABLE);
    }
    return new IndicatorCell("VIC_IDENTIFIED", period, codes, value, "PS", status, 0);
  }

  /** Period → table: 2024 (the grand total 1,000 only) and 2025 (the full age × sex table). */
  public static Map<String, IndicatorTable> tables() {
    List<IndicatorCell> y2025 = new ArrayList<>();
    VALUES_2025.forEach((age, row) -> row.forEach((sex, v) -> {
      String status = STATUS_2025.getOrDefault(age + "/" + sex, "F");
      y2025.add(cell("2025", age, sex, v == null ? null : BigDecimal.valueOf(v), status));
    }));
    Map<String, IndicatorTable> out = new LinkedHashMap<>();
    out.put("2024", new IndicatorTable(CATALOGUE.outputDimensions(),
        List.of(cell("2024", "_T", "_T", BigDecimal.valueOf(1000), "F"))));
    out.put("2025", new IndicatorTable(CATALOGUE.outputDimensions(), y2025));
    return out;
  }

  /** A cell of any indicator: {@code codes} (dimension → code) set, its other dimensions _T, the rest _Z. */
  public static IndicatorCell cell(String indicator, String period, Map<String, String> codes, Integer value,
      String status) {
    Indicator ind = CATALOGUE.indicator(indicator).orElseThrow();
    List<String> out = new ArrayList<>();
    for (String d : CATALOGUE.outputDimensions()) {
      out.add(codes.containsKey(d) ? codes.get(d)
          : ind.dimensions().contains(d) ? IndicatorTable.TOTAL : IndicatorTable.NOT_APPLICABLE);
    }
    return new IndicatorCell(indicator, period, out, value == null ? null : BigDecimal.valueOf(value), ind.unit(),
        status, 0);
  }

  private static IndicatorCell total(String indicator, String period, int value) {
    return cell(indicator, period, Map.of(), value, "F");
  }

  /**
   * Quarters 2023-Q3 to 2025-Q2 without 2024-Q4. Identified victims: 40 in 2024-Q2, 50 in 2025-Q2
   * (+25.0 %), 30 + q in the other quarters (q = 1..8 along the window); persons reported: 60 in
   * 2024-Q2, confidential (C) in 2025-Q2; referred by the police: 9 in 2024-Q2, 12 in 2025-Q2.
   */
  public static Map<String, IndicatorTable> quarters() {
    Map<String, IndicatorTable> out = new LinkedHashMap<>();
    String[] window = {"2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"};
    for (int i = 0; i < window.length; i++) {
      String q = window[i];
      if (q.equals("2024-Q4")) {
        continue;
      }
      List<IndicatorCell> cells = new ArrayList<>();
      switch (q) {
        case "2024-Q2" -> {
          cells.add(total("VIC_IDENTIFIED", q, 40));
          cells.add(total("VIC_REPORTED", q, 60));
          cells.add(cell("VIC_REPORTED", q, Map.of("REFERRED_BY", "POLICE"), 9, "F"));
        }
        case "2025-Q2" -> {
          cells.add(total("VIC_IDENTIFIED", q, 50));
          cells.add(cell("VIC_REPORTED", q, Map.of(), null, "C"));
          cells.add(cell("VIC_REPORTED", q, Map.of("REFERRED_BY", "POLICE"), 12, "F"));
        }
        default -> {
          cells.add(total("VIC_IDENTIFIED", q, 30 + i + 1));
          cells.add(total("VIC_REPORTED", q, 70));
        }
      }
      out.put(q, new IndicatorTable(CATALOGUE.outputDimensions(), cells));
    }
    return out;
  }

  /**
   * 2025 for the Action Plan: identified victims 70 (target 75, tolerance 10 % → at risk),
   * convicted 25 (target 24 → on track), professionals trained 1,000 (target 1,400, at risk from
   * 1,260 → off track), victims awarded compensation confidential (C); the other indicators with
   * a target have no cell (as in a public file).
   */
  public static Map<String, IndicatorTable> actionPlan() {
    List<IndicatorCell> cells = List.of(total("VIC_IDENTIFIED", "2025", 70), total("CJ_CONVICTED", "2025", 25),
        total("CAP_TRAINED", "2025", 1000), cell("VIC_COMPENSATION_AWARDED", "2025", Map.of(), null, "C"));
    return Map.of("2025", new IndicatorTable(CATALOGUE.outputDimensions(), cells));
  }

  /**
   * {@link #actionPlan()} with the baseline year 2023: identified victims 62 (the catalogue declares
   * 66), persons convicted 20 (as declared), victims awarded compensation protected.
   */
  public static Map<String, IndicatorTable> actionPlanWithBaselineYear() {
    Map<String, IndicatorTable> out = new LinkedHashMap<>();
    out.put("2023", new IndicatorTable(CATALOGUE.outputDimensions(),
        List.of(total("VIC_IDENTIFIED", "2023", 62), total("CJ_CONVICTED", "2023", 20),
            cell("VIC_COMPENSATION_AWARDED", "2023", Map.of(), null, "C"))));
    out.putAll(actionPlan());
    return out;
  }

  /**
   * Eurostat: 2023 and 2025 (no 2024). Registered victims by sex: 2023 total 80 (F 50, M 30),
   * 2025 total 90 (F 61, M 29); by age only in 2025 (children 20), which a public file lacks when
   * {@code withAge} is false. Suspected persons 100 (2023) and 120 (2025), men 85 in 2025.
   */
  public static Map<String, IndicatorTable> eurostat(boolean withAge) {
    Map<String, IndicatorTable> out = new LinkedHashMap<>();
    out.put("2023", new IndicatorTable(CATALOGUE.outputDimensions(), List.of(total("VIC_REGISTERED", "2023", 80),
        cell("VIC_REGISTERED", "2023", Map.of("SEX", "F"), 50, "F"),
        cell("VIC_REGISTERED", "2023", Map.of("SEX", "M"), 30, "F"), total("CJ_SUSPECTED", "2023", 100))));
    List<IndicatorCell> y2025 = new ArrayList<>(List.of(total("VIC_REGISTERED", "2025", 90),
        cell("VIC_REGISTERED", "2025", Map.of("SEX", "F"), 61, "F"),
        cell("VIC_REGISTERED", "2025", Map.of("SEX", "M"), 29, "F"), total("CJ_SUSPECTED", "2025", 120),
        cell("CJ_SUSPECTED", "2025", Map.of("SEX", "M"), 85, "F")));
    if (withAge) {
      y2025.add(cell("VIC_REGISTERED", "2025", Map.of("AGE", "Y_LT18"), 20, "F"));
    }
    out.put("2025", new IndicatorTable(CATALOGUE.outputDimensions(), y2025));
    return out;
  }

  /** Victims: 100 read, 97 accepted, 3 quarantined, 12.5 % of sex unknown; proceedings: 50 read, all accepted. */
  public static DataQuality dataQuality() {
    return new DataQuality(List.of(new DataQuality.TableRows("victims", 100, 97, 3),
        new DataQuality.TableRows("proceedings", 50, 50, 0)),
        Map.of("victims", Map.of("sex", 0.125, "age", 0.0), "proceedings", Map.of()), List.of());
  }

  public static Provenance provenance() {
    return new Provenance(LocalDateTime.of(2026, 1, 15, 9, 30), "0.1.0-test", "ab".repeat(32),
        Map.of("victims.csv", "cd".repeat(32)), Map.of("2025/indicators-public.csv", "ef".repeat(32)));
  }
}
