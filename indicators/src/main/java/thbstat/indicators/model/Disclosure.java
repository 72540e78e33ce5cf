package thbstat.indicators.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure rule of an indicator's published cells.
 *
 * @param threshold a count (or the persons behind a median or share) below this and above 0 is
 *     primary confidential; 0 or 1 disables primary suppression (public figures)
 * @param note why, for the methodology annex
 * @param linked the indicators whose cells count the same persons as some of this one's
 */
public record Disclosure(int threshold, String note, List<Link> linked) {
  public static final Disclosure PUBLIC = new Disclosure(0, "public figure");

  /**
   * This indicator's cells are the same persons as {@code indicator}'s (or, with {@code plus},
   * as {@code indicator}'s and {@code plus}'s together, two disjoint groups): where they share a
   * dimension they have the same code; a dimension only some of them have takes the code {@code
   * where} gives it, or {@code _T}; {@code same} pairs a code of a dimension of this indicator
   * with a code of another dimension of the others ({@code EXPLOITATION_GROUP=SEXUAL →
   * EXPLOITATION=SEXUAL}) that counts the same persons. The published cells of all of them are
   * then protected as one table: a figure suppressed in one must not be read from the others.
   * With {@code within}, this indicator's cells count some of the persons of {@code indicator}'s
   * matching cells, never more (victims assisted are among the victims registered).
   */
  public record Link(String indicator, String plus, Map<String, String> where, Map<String, String> same,
      boolean within) {
    public Link {
      where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
      same = Collections.unmodifiableMap(new LinkedHashMap<>(same));
    }

    public Link(String indicator, String plus, Map<String, String> where, Map<String, String> same) {
      this(indicator, plus, where, same, false);
    }

    public Link(String indicator, Map<String, String> where) {
      this(indicator, null, where, Map.of());
    }
  }

  public Disclosure {
    if (threshold < 0) {
      throw new IllegalArgumentException("threshold must be ≥ 0");
    }
    linked = List.copyOf(linked);
  }

  public Disclosure(int threshold, String note) {
    this(threshold, note, List.of());
  }

  public boolean protects() {
    return threshold > 1;
  }
}
