package thbstat.jobs.protect;

import java.util.List;

/**
 * The interval a reader can derive for one protected cell.
 *
 * @param codes the cell's codes in the table's dimension order
 * @param cell the cell's codes in its indicator's dimensions, for messages ({@code SEX=F AGE=_T})
 * @param status C or D
 * @param lower lowest value consistent with the published cells
 * @param upper highest (infinite when unbounded)
 * @param feasible false when the published cells contradict the relations
 */
public record CellInterval(String indicator, String period, List<String> codes, String cell, String status,
    double lower, double upper, boolean feasible) {
  public CellInterval {
    codes = List.copyOf(codes);
  }

  /** {@code [0, 5]}, {@code [0, ∞)}. */
  public String formatted() {
    if (!feasible) {
      return "infeasible";
    }
    return "[" + num(lower) + ", " + (Double.isInfinite(upper) ? "∞)" : num(upper) + "]");
  }

  public static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
