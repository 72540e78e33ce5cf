package thbstat.indicators.model;

/**
 * The disclosure rule of an indicator's published cells.
 *
 * @param threshold a count (or the persons behind a median or share) below this and above 0 is
 *     primary confidential; 0 or 1 disables primary suppression (public figures)
 * @param note why, for the methodology annex
 */
public record Disclosure(int threshold, String note) {
  public static final Disclosure PUBLIC = new Disclosure(0, "public figure");

  public Disclosure {
    if (threshold < 0) {
      throw new IllegalArgumentException("threshold must be ≥ 0");
    }
  }

  public boolean protects() {
    return threshold > 1;
  }
}
