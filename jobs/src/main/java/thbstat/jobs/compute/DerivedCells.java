package thbstat.jobs.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Population;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Ratios and rates, computed from other indicators' cells (never from the data). A derived cell
 * exists for each cell of the base (denominator) indicator whose dimensions outside the derived
 * indicator's own are at {@code _T}.
 */
final class DerivedCells {
  private final List<String> outputDimensions;
  private final Map<String, List<IndicatorCell>> byIndicator;

  DerivedCells(List<String> outputDimensions, Map<String, List<IndicatorCell>> byIndicator) {
    this.outputDimensions = outputDimensions;
    this.byIndicator = byIndicator;
  }

  List<IndicatorCell> ratio(Indicator indicator, Measure.Ratio ratio) {
    Map<List<String>, IndicatorCell> numerator = restricted(ratio.numerator(), indicator);
    Map<List<String>, IndicatorCell> denominator = restricted(ratio.denominator(), indicator);
    List<IndicatorCell> out = new ArrayList<>();
    for (Map.Entry<List<String>, IndicatorCell> d : denominator.entrySet()) {
      BigDecimal den = d.getValue().value();
      if (den.signum() <= 0) {
        continue;
      }
      IndicatorCell num = numerator.get(d.getKey());
      BigDecimal n = num == null ? BigDecimal.ZERO : num.value();
      BigDecimal v = n.multiply(BigDecimal.valueOf(ratio.scale())).divide(den, ratio.decimals(), RoundingMode.HALF_UP);
      out.add(cell(indicator, d.getKey(), v, d.getValue().units()));
    }
    return out;
  }

  List<IndicatorCell> rate(Indicator indicator, Measure.Rate rate, Population population) {
    List<IndicatorCell> out = new ArrayList<>();
    for (Map.Entry<List<String>, IndicatorCell> c : restricted(rate.indicator(), indicator).entrySet()) {
      int year = Period.parse(c.getKey().get(0)).year();
      Long people = population.byYear().get(year);
      if (people == null || people <= 0) {
        continue;
      }
      BigDecimal v = c.getValue().value().multiply(BigDecimal.valueOf(100_000))
          .divide(BigDecimal.valueOf(people), rate.decimals(), RoundingMode.HALF_UP);
      out.add(cell(indicator, c.getKey(), v, c.getValue().units()));
    }
    return out;
  }

  /**
   * The base indicator's cells keyed by period and the derived indicator's dimension codes, for
   * the cells whose other dimensions are totals.
   */
  private Map<List<String>, IndicatorCell> restricted(String baseId, Indicator derived) {
    Map<List<String>, IndicatorCell> out = new HashMap<>();
    for (IndicatorCell c : byIndicator.getOrDefault(baseId, List.of())) {
      List<String> key = new ArrayList<>();
      key.add(c.period());
      boolean others = true;
      for (int i = 0; i < outputDimensions.size(); i++) {
        String code = c.codes().get(i);
        if (derived.dimensions().contains(outputDimensions.get(i))) {
          key.add(code);
        } else if (!code.equals(IndicatorTable.TOTAL) && !code.equals(IndicatorTable.NOT_APPLICABLE)) {
          others = false;
        }
      }
      if (others) {
        out.put(key, c);
      }
    }
    return out;
  }

  private IndicatorCell cell(Indicator indicator, List<String> key, BigDecimal value, long units) {
    List<String> codes = new ArrayList<>();
    int k = 1;
    for (String dim : outputDimensions) {
      codes.add(indicator.dimensions().contains(dim) ? key.get(k++) : IndicatorTable.NOT_APPLICABLE);
    }
    return new IndicatorCell(indicator.id(), key.get(0), codes, value, indicator.unit(), "F", units);
  }
}
