package thbstat.reports.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.table.IndicatorTable;

/**
 * How a publication table is laid out in every report: its short id and the order of its row
 * and column codes. Public so that {@code thbstat verify} finds the cell behind a report cell the
 * same way the reports put it there.
 */
public final class TableLayout {
  private TableLayout() {}

  /** T03 for T03_VIC_IDENTIFIED_SEX_AGE: the id a sheet and a table heading carry. */
  public static String shortId(String id) {
    int u = id.indexOf('_');
    return u > 0 ? id.substring(0, u) : id;
  }

  /**
   * {@link #combinations(Catalogue, List)} without the codes the indicator's own filter rules out:
   * persons suspected of trafficking are filtered to offences 388–390, so a column for CC Art. 350
   * would be 0 by construction, which a reader takes for "no smuggling suspects".
   */
  public static List<Map<String, String>> combinations(Catalogue catalogue, Indicator indicator, List<String> dims) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> codes : combinations(catalogue, dims)) {
      boolean possible = true;
      for (Map.Entry<String, String> e : codes.entrySet()) {
        possible &= IndicatorTable.TOTAL.equals(e.getValue())
            || reachable(catalogue, catalogue.dimension(e.getKey()).orElseThrow(), indicator).contains(e.getValue());
      }
      if (possible) {
        out.add(codes);
      }
    }
    return out;
  }

  /**
   * The codes of {@code dim} a counted unit can have: where the filter keeps only some values of
   * the dimension's own column (one value per row, not a list), the codes of those values; where
   * the indicator's source makes the column by unpivoting (participants by sex from
   * participants_f and participants_m), the codes of its entries.
   */
  static java.util.Set<String> reachable(Catalogue catalogue, Dimension dim, Indicator indicator) {
    java.util.Set<String> codes = new java.util.LinkedHashSet<>(dim.codes());
    if (dim.multi()) {
      return codes;
    }
    thbstat.indicators.model.Source source = indicator.source() == null ? null
        : catalogue.source(indicator.source()).orElse(null);
    if (source != null && source.unpivot() != null && source.unpivot().codeColumn().equals(dim.column())) {
      codes.retainAll(source.unpivot().columns().keySet().stream().map(dim::codeOf).toList());
    }
    for (Condition c : indicator.filter()) {
      if (!c.column().equals(dim.column())) {
        continue;
      }
      if (c.op() == Condition.Op.IN) {
        codes.retainAll(c.values().stream().map(dim::codeOf).toList());
      } else if (c.op() == Condition.Op.NOT_IN) {
        java.util.Set<String> excluded = new java.util.HashSet<>();
        c.values().forEach(v -> excluded.add(v.toLowerCase(java.util.Locale.ROOT)));
        codes.removeIf(code -> {
          java.util.Set<String> from = valuesOf(dim, code);
          return from != null && excluded.containsAll(from);
        });
      }
    }
    return codes;
  }

  /**
   * The input values (lower case) whose code is {@code code}, or null when they cannot be listed:
   * the code of every other value, a band of numbers, the code of an empty value.
   */
  private static java.util.Set<String> valuesOf(Dimension dim, String code) {
    if (code.equals(dim.other()) || code.equals(dim.missing()) || dim.bands().stream().anyMatch(b -> b.code().equals(code))) {
      return null;
    }
    java.util.Set<String> from = new java.util.HashSet<>();
    dim.map().forEach((value, target) -> {
      if (target.equals(code)) {
        from.add(value.toLowerCase(java.util.Locale.ROOT));
      }
    });
    if (from.isEmpty()) {
      from.add(code.toLowerCase(java.util.Locale.ROOT));
    }
    return from;
  }

  /** Every combination of the dimensions' codes, the total first in each dimension. */
  public static List<Map<String, String>> combinations(Catalogue catalogue, List<String> dims) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (String d : dims) {
      Dimension dim = catalogue.dimension(d).orElseThrow(() -> new IllegalArgumentException("no dimension " + d));
      List<String> codes = new ArrayList<>();
      codes.add(IndicatorTable.TOTAL);
      codes.addAll(dim.codes());
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> prefix : out) {
        for (String code : codes) {
          Map<String, String> m = new LinkedHashMap<>(prefix);
          m.put(d, code);
          next.add(m);
        }
      }
      out = next;
    }
    return out;
  }
}
