package thbstat.reports.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/** The cells of one period, found by indicator and codes (one per output dimension). */
final class CellIndex {
  private final List<String> dimensions;
  private final Map<String, IndicatorCell> cells = new HashMap<>();

  CellIndex(List<String> dimensions, List<IndicatorCell> periodCells) {
    this.dimensions = List.copyOf(dimensions);
    for (IndicatorCell c : periodCells) {
      cells.put(key(c.indicator(), c.codes()), c);
    }
  }

  /**
   * The cell of {@code indicator} with {@code codes} (dimension → code) set; every other
   * dimension of the indicator at {@code _T}, every dimension it does not have at {@code _Z}.
   */
  IndicatorCell find(String indicator, List<String> indicatorDimensions, Map<String, String> codes) {
    String[] k = new String[dimensions.size()];
    for (int i = 0; i < k.length; i++) {
      String d = dimensions.get(i);
      String code = codes.get(d);
      k[i] = code != null ? code
          : indicatorDimensions.contains(d) ? IndicatorTable.TOTAL : IndicatorTable.NOT_APPLICABLE;
    }
    return cells.get(key(indicator, List.of(k)));
  }

  private static String key(String indicator, List<String> codes) {
    return indicator + '\u0000' + String.join("\u0000", codes);
  }
}
