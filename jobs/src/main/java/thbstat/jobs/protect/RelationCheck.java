package thbstat.jobs.protect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps only relations that really hold: checks each dimension's declared relation of codes to
 * {@code _T} against the period's true values and weakens it where it fails (an additive dimension
 * with persons under a code the catalogue does not list: Σ codes ≤ total; one whose codes overlap:
 * Σ ≥ total; else only part ≤ total). Published, the weakened rule is what the audit uses.
 */
final class RelationCheck {
  private static final double EPS = 1e-9;

  private RelationCheck() {}

  static IndicatorRule weaken(CellSpace space, double[] values) {
    IndicatorRule rule = space.rule();
    Map<String, String> sums = new LinkedHashMap<>();
    boolean changed = false;
    for (String d : rule.dimensions()) {
      boolean eq = true;
      boolean ge = true;
      boolean le = true;
      for (Relation r : space.relations()) {
        if (!r.dimension().equals(d)) {
          continue;
        }
        double s = 0;
        for (int p : r.parts()) {
          s += values[p];
        }
        double t = values[r.total()];
        eq &= Math.abs(s - t) < EPS;
        ge &= s >= t - EPS;
        le &= s <= t + EPS;
      }
      String declared = rule.sum(d);
      String holds = switch (declared) {
        case "eq" -> eq ? "eq" : ge ? "ge" : le ? "le" : "none";
        case "ge" -> ge ? "ge" : "none";
        case "le" -> le ? "le" : "none";
        default -> "none";
      };
      changed |= !holds.equals(declared);
      sums.put(d, holds);
    }
    return changed ? rule.withSums(sums) : rule;
  }
}
