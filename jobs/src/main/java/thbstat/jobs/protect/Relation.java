package thbstat.jobs.protect;

import java.util.List;

/**
 * What a reader knows about a total and its parts along one dimension: {@code total = Σ parts}
 * when additive; otherwise (multi-valued) each part ≤ total and Σ parts ≥ total.
 */
record Relation(String dimension, int total, List<Integer> parts, boolean additive) {
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
