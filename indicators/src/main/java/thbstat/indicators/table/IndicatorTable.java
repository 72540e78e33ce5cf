package thbstat.indicators.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The indicator table: its dimension columns and its cells in the contract's order (INDICATOR,
 * TIME_PERIOD, then the dimension columns, in plain character order), so runs compare with diff.
 */
public record IndicatorTable(List<String> dimensions, List<IndicatorCell> cells) {
  public static final String STRUCTURE = "dataflow";
  public static final String STRUCTURE_ID = "THBSTAT:THB_INDICATORS(1.0)";
  public static final String ACTION = "I";
  public static final String TOTAL = "_T";
  public static final String NOT_APPLICABLE = "_Z";

  public IndicatorTable {
    dimensions = List.copyOf(dimensions);
    List<IndicatorCell> sorted = new ArrayList<>(cells);
    sorted.sort(ORDER);
    cells = List.copyOf(sorted);
  }

  public static final Comparator<IndicatorCell> ORDER = (a, b) -> {
    int c = a.indicator().compareTo(b.indicator());
    if (c != 0) {
      return c;
    }
    c = a.period().compareTo(b.period());
    if (c != 0) {
      return c;
    }
    for (int i = 0; i < a.codes().size(); i++) {
      c = a.codes().get(i).compareTo(b.codes().get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  /** The header of the CSV form: fixed columns, dimensions, then value, unit and status. */
  public List<String> header() {
    List<String> h = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "TIME_PERIOD"));
    h.addAll(dimensions);
    h.addAll(List.of("OBS_VALUE", "UNIT_MEASURE", "CONF_STATUS"));
    return h;
  }

  public List<IndicatorCell> cellsOf(String period) {
    return cells.stream().filter(c -> c.period().equals(period)).toList();
  }
}
