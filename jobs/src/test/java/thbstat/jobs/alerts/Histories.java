package thbstat.jobs.alerts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.AlertRule.Kind;
import thbstat.indicators.model.AlertRule.Severity;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Text;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/** Hand-built indicator histories: the real catalogue's dimensions and indicators, rules chosen per test. */
final class Histories {
  static final Catalogue REAL = CatalogueLoader.load(CatalogueLocator.locate(null));
  static final Period TARGET = Period.parse("2025-Q2");

  private final List<IndicatorCell> cells = new ArrayList<>();

  static Catalogue with(AlertRule... rules) {
    return new Catalogue(REAL.version(), REAL.dimensions(), REAL.sources(), REAL.populations(), REAL.indicators(),
        REAL.tables(), List.of(rules));
  }

  static AlertRule rule(String id, Kind kind, String indicator, Map<String, String> cells, List<String> by,
      int history) {
    return new AlertRule(id, Text.of(id.toLowerCase(), id.toLowerCase()), kind, indicator, cells, by, null, history,
        kind == Kind.NEW_CATEGORY ? 1 : 3, 0.05, null, 1.0, Math.max(1, history * 3 / 4), null, null, null, List.of(),
        Severity.WARNING, 1);
  }

  static AlertRule share(String id, String indicator, String denominator, int history) {
    return new AlertRule(id, Text.of("share", "udeo"), Kind.SHARE, indicator, Map.of(), List.of(), denominator,
        history, 3, 0.05, null, 1.0, 1, null, null, null, List.of(), Severity.WARNING, 1);
  }

  /** The quarter {@code back} quarters before the target. */
  static String quarter(int back) {
    Period p = TARGET;
    for (int i = 0; i < back; i++) {
      p = p.previous();
    }
    return p.toString();
  }

  /** A cell: all dimensions _T except the given ones. */
  Histories cell(String indicator, String period, long value, String... dimCodes) {
    List<String> dims = REAL.outputDimensions();
    List<String> codes = new ArrayList<>();
    for (String d : dims) {
      String code = "_T";
      for (int i = 0; i < dimCodes.length; i += 2) {
        if (dimCodes[i].equals(d)) {
          code = dimCodes[i + 1];
        }
      }
      codes.add(code);
    }
    cells.add(new IndicatorCell(indicator, period, codes, BigDecimal.valueOf(value), "PS", "F", value));
    return this;
  }

  /** The same value in each of the {@code n} quarters before the target. */
  Histories history(String indicator, int n, long value, String... dimCodes) {
    for (int back = 1; back <= n; back++) {
      if (value > 0) {
        cell(indicator, quarter(back), value, dimCodes);
      }
    }
    return this;
  }

  IndicatorTable table() {
    return new IndicatorTable(REAL.outputDimensions(), cells);
  }
}
