package thbstat.indicators.model;

import java.util.Map;

/**
 * The disclosure rule of an indicator's published cells.
 *
 * @param threshold a count (or the persons behind a median or share) below this and above 0 is
 *     primary confidential; 0 or 1 disables primary suppression (public figures)
 * @param note why, for the methodology annex
 * @param linked the indicator whose cells count the same persons as some of this one's, or null
 */
public record Disclosure(int threshold, String note, Link linked) {
  public static final Disclosure PUBLIC = new Disclosure(0, "public figure");

  /**
   * This indicator's cells are the same persons as {@code indicator}'s: where the two share a
   * dimension they have the same code, a dimension only one of them has takes the code {@code
   * where} gives it, or {@code _T}. The published cells of both are then protected as one table:
   * a figure suppressed in one must not be read from the other.
   */
  public record Link(String indicator, Map<String, String> where) {
    public Link {
      where = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(where));
    }
  }

  public Disclosure {
    if (threshold < 0) {
      throw new IllegalArgumentException("threshold must be ≥ 0");
    }
  }

  public Disclosure(int threshold, String note) {
    this(threshold, note, null);
  }

  public boolean protects() {
    return threshold > 1;
  }
}
