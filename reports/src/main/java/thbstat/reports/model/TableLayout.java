package thbstat.reports.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
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
