package thbstat.jobs.protect;

import java.util.List;

/**
 * What a reader knows about a total and its parts along one dimension: {@code total = Σ parts}
 * when additive ({@code eq}); otherwise each part ≤ total and, by {@code sum}, Σ parts ≥ total
 * ({@code ge}, multi-valued), Σ parts ≤ total ({@code le}) or nothing more ({@code none}).
 */
record Relation(String dimension, int total, List<Integer> parts, String sum) {
  boolean additive() {
    return "eq".equals(sum);
  }

  Relation {
    parts = List.copyOf(parts);
  }

  boolean contains(int cell) {
    return total == cell || parts.contains(cell);
  }

  /** The total, then the parts. */
  List<Integer> members() {
    List<Integer> m = new java.util.ArrayList<>(parts.size() + 1);
    m.add(total);
    m.addAll(parts);
    return m;
  }
}
