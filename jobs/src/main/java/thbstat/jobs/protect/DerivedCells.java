package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * A ratio or rate gives away the cells it is computed from (the population is public): where a
 * published cell of a base indicator is suppressed, the derived cell at the same codes is too.
 */
final class DerivedCells {
  private DerivedCells() {}

  /** The published cells with derived cells over a suppressed base cell marked D. */
  static List<IndicatorCell> inherit(List<String> dims, Map<String, IndicatorRule> rules, List<IndicatorCell> cells) {
    Map<List<String>, String> status = statuses(cells);
    List<IndicatorCell> out = new ArrayList<>(cells.size());
    for (IndicatorCell c : cells) {
      IndicatorRule rule = rules.get(c.indicator());
      boolean hide = "F".equals(c.status()) && rule != null && suppressedBase(dims, rules, rule, c, status) != null;
      out.add(hide ? c.withStatus("D", null) : c);
    }
    return out;
  }

  /** The key of a suppressed base cell this derived cell gives away, or null. */
  static List<String> suppressedBase(List<String> dims, Map<String, IndicatorRule> rules, IndicatorRule rule,
      IndicatorCell c, Map<List<String>, String> status) {
    for (String b : rule.basedOn()) {
      IndicatorRule base = rules.get(b);
      if (base == null) {
        continue;
      }
      List<String> key = new ArrayList<>();
      key.add(b);
      key.add(c.period());
      for (int i = 0; i < dims.size(); i++) {
        String code = c.codes().get(i);
        boolean used = base.dimensions().contains(dims.get(i));
        key.add(!used ? IndicatorTable.NOT_APPLICABLE
            : IndicatorTable.NOT_APPLICABLE.equals(code) ? IndicatorTable.TOTAL : code);
      }
      String s = status.get(key);
      if ("C".equals(s) || "D".equals(s)) {
        return key;
      }
    }
    return null;
  }

  static Map<List<String>, String> statuses(List<IndicatorCell> cells) {
    Map<List<String>, String> status = new HashMap<>();
    for (IndicatorCell c : cells) {
      status.put(key(c.indicator(), c.period(), c.codes()), c.status());
    }
    return status;
  }

  /** INDICATOR, TIME_PERIOD, then the codes. */
  static List<String> key(String indicator, String period, List<String> codes) {
    List<String> k = new ArrayList<>(codes.size() + 2);
    k.add(indicator);
    k.add(period);
    k.addAll(codes);
    return k;
  }

  /** {@code VIC 2024 SEX=F REGION=R1}: the codes other than {@code _Z}. */
  static String describe(List<String> dims, List<String> key) {
    StringBuilder sb = new StringBuilder(key.get(0)).append(' ').append(key.get(1));
    for (int i = 0; i < dims.size(); i++) {
      if (!IndicatorTable.NOT_APPLICABLE.equals(key.get(i + 2))) {
        sb.append(' ').append(dims.get(i)).append('=').append(key.get(i + 2));
      }
    }
    return sb.toString();
  }
}
