package thbstat.jobs.protect;

/**
 * What a reader can derive about a suppressed cell: {@code lower ≤ cell ≤ upper} (upper may be
 * infinite); {@code feasible} false when the published cells contradict the relations.
 */
record Interval(double lower, double upper, boolean feasible) {
  static final double EPS = 1e-6;

  static Interval unbounded() {
    return new Interval(0, Double.POSITIVE_INFINITY, true);
  }

  /** Reaches down to 0 (when asked) and up to {@code upper}. */
  boolean wideEnough(boolean reachZero, double reach) {
    return feasible && (!reachZero || lower <= EPS) && upper >= reach - EPS;
  }
}
