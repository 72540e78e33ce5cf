package thbstat.jobs.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Which cells of an indicator a rule watches: the rule's fixed codes on the dimensions it fixes,
 * any real code (not {@code _T}) on its {@code by} dimensions, the total ({@code _T}, or
 * {@code _Z} where the indicator does not use the dimension) everywhere else.
 */
final class CellSelector {
  private final List<String> dimensions;
  private final AlertRule rule;

  CellSelector(List<String> dimensions, AlertRule rule) {
    this.dimensions = dimensions;
    this.rule = rule;
  }

  /** The watched cell's key (fixed dimensions in name order, then the by dimensions), or null. */
  Map<String, String> key(IndicatorCell cell) {
    Map<String, String> fixed = new TreeMap<>();
    Map<String, String> varying = new LinkedHashMap<>();
    for (int d = 0; d < dimensions.size(); d++) {
      String dim = dimensions.get(d);
      String code = cell.codes().get(d);
      String want = rule.cells().get(dim);
      if (want != null) {
        if (!want.equals(code)) {
          return null;
        }
        fixed.put(dim, code);
      } else if (rule.by().contains(dim)) {
        if (code.equals(IndicatorTable.TOTAL) || code.equals(IndicatorTable.NOT_APPLICABLE)) {
          return null;
        }
        varying.put(dim, code);
      } else if (!code.equals(IndicatorTable.TOTAL) && !code.equals(IndicatorTable.NOT_APPLICABLE)) {
        return null;
      }
    }
    Map<String, String> key = new LinkedHashMap<>(fixed);
    for (String dim : rule.by()) {
      key.put(dim, varying.get(dim));
    }
    return key;
  }

  /** indicator's watched cells: period → key → value. */
  static Map<String, Map<Map<String, String>, Double>> values(IndicatorTable table, String indicator,
      CellSelector selector) {
    Map<String, Map<Map<String, String>, Double>> out = new TreeMap<>();
    for (IndicatorCell c : table.cells()) {
      if (!c.indicator().equals(indicator) || c.value() == null) {
        continue;
      }
      Map<String, String> key = selector.key(c);
      if (key != null) {
        out.computeIfAbsent(c.period(), p -> new LinkedHashMap<>()).put(key, c.value().doubleValue());
      }
    }
    return out;
  }

  static List<Map<String, String>> keys(Map<String, Map<Map<String, String>, Double>> values, List<String> periods) {
    List<Map<String, String>> keys = new ArrayList<>();
    for (String p : periods) {
      for (Map<String, String> k : values.getOrDefault(p, Map.of()).keySet()) {
        if (!keys.contains(k)) {
          keys.add(k);
        }
      }
    }
    keys.sort((a, b) -> a.toString().compareTo(b.toString()));
    return keys;
  }
}
