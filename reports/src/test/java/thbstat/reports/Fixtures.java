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

  public static Provenance provenance() {
    return new Provenance(LocalDateTime.of(2026, 1, 15, 9, 30), "0.1.0-test", "ab".repeat(32),
        Map.of("victims.csv", "cd".repeat(32)), Map.of("2025/indicators-public.csv", "ef".repeat(32)));
  }
}
