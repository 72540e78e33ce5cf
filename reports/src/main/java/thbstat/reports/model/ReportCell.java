package thbstat.reports.model;

import java.math.BigDecimal;
import thbstat.indicators.table.IndicatorCell;

/**
 * One entry of a report table: a number, the symbol that stands in its place, or a word (a
 * status, a year, a source).
 *
 * @param value the number, or null when a symbol or text is shown
 * @param symbol {@link #CONFIDENTIAL}, {@link #NO_DATA}, {@link #NOT_AVAILABLE}
 *     or {@link #NOT_PUBLISHED} when there is no value
 * @param decimals digits after the decimal mark
 * @param text a word shown as it is, when neither value nor symbol; beside a value, the way the
 *     value is written (a year: 2023, never 2,023)
 */
public record ReportCell(BigDecimal value, String symbol, int decimals, String text) {
  /**
   * A protected cell, primary (CONF_STATUS C) or secondary (D) alike: with two symbols a reader
   * would know which cells hold 1 or 2 persons, and could solve a row from that.
   */
  public static final String CONFIDENTIAL = "x";
  /** No cell in the indicator table. */
  public static final String NO_DATA = "–";
  /** The period has no indicator table in the run output (Eurostat's symbol). */
  public static final String NOT_AVAILABLE = ":";
  /** The cell exists but is in no publication table, so only the internal edition shows it. */
  public static final String NOT_PUBLISHED = "..";

  public ReportCell {
    int present = (value == null ? 0 : 1) + (symbol == null ? 0 : 1) + (text == null ? 0 : 1);
    boolean written = value != null && text != null && symbol == null;
    if (present != 1 && !written) {
      throw new IllegalArgumentException("a report cell holds exactly one of a value, a symbol or a text");
    }
  }

  /** A number or a symbol. */
  public ReportCell(BigDecimal value, String symbol, int decimals) {
    this(value, symbol, decimals, null);
  }

  public static ReportCell of(BigDecimal value, int decimals) {
    return new ReportCell(value, null, decimals);
  }

  public static ReportCell symbol(String symbol) {
    return new ReportCell(null, symbol, 0);
  }

  public static ReportCell text(String text) {
    return new ReportCell(null, null, 0, text);
  }

  /** A year: a number to a spreadsheet, printed as it is written, without a thousands separator. */
  public static ReportCell year(int year) {
    return new ReportCell(BigDecimal.valueOf(year), null, 0, String.valueOf(year));
  }

  /** The cell of the indicator table as published: its value, or the symbol of its status. */
  public static ReportCell of(IndicatorCell cell, int decimals) {
    if (cell == null) {
      return new ReportCell(null, NO_DATA, decimals);
    }
    if (cell.value() != null) {
      return new ReportCell(cell.value(), null, decimals);
    }
    return new ReportCell(null, "C".equals(cell.status()) || "D".equals(cell.status()) ? CONFIDENTIAL : NO_DATA,
        decimals);
  }

  public boolean isSymbol() {
    return symbol != null;
  }

  /** Whether the cell is printed as its text (a word, or a year). */
  public boolean isText() {
    return text != null;
  }

  /** Whether a value is hidden by disclosure control. */
  public boolean isProtected() {
    return CONFIDENTIAL.equals(symbol);
  }
}
