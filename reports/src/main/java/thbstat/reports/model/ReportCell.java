package thbstat.reports.model;

import java.math.BigDecimal;
import thbstat.indicators.table.IndicatorCell;

/**
 * One number of a report table, or the symbol that stands in its place.
 *
 * @param value the number, or null when a symbol is shown
 * @param symbol {@link #CONFIDENTIAL}, {@link #SECONDARY} or {@link #NO_DATA} when value is null
 * @param decimals digits after the decimal mark
 */
public record ReportCell(BigDecimal value, String symbol, int decimals) {
  /** A primary confidential cell (CONF_STATUS C). */
  public static final String CONFIDENTIAL = "x";
  /** A cell suppressed to protect another one (CONF_STATUS D). */
  public static final String SECONDARY = "(x)";
  /** No cell in the indicator table. */
  public static final String NO_DATA = "–";

  public ReportCell {
    if ((value == null) == (symbol == null)) {
      throw new IllegalArgumentException("a report cell holds a value or a symbol, not both or neither");
    }
  }

  public static ReportCell of(BigDecimal value, int decimals) {
    return new ReportCell(value, null, decimals);
  }

  /** The cell of the indicator table as published: its value, or the symbol of its status. */
  public static ReportCell of(IndicatorCell cell, int decimals) {
    if (cell == null) {
      return new ReportCell(null, NO_DATA, decimals);
    }
    if (cell.value() != null) {
      return new ReportCell(cell.value(), null, decimals);
    }
    return new ReportCell(null, switch (cell.status()) {
      case "C" -> CONFIDENTIAL;
      case "D" -> SECONDARY;
      default -> NO_DATA;
    }, decimals);
  }

  public boolean isSymbol() {
    return symbol != null;
  }
}
