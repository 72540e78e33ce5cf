package thbstat.jobs.ingest;

import java.util.List;
import java.util.Locale;

/** The value spellings of CONTRACT.md §1, shared by the Spark expressions and their unit tests. */
public final class Values {
  private Values() {}

  public static final List<String> TRUE_WORDS = List.of("true", "1", "da", "yes");
  public static final List<String> FALSE_WORDS = List.of("false", "0", "ne", "no");
  /** Spellings that count as "unknown" in the data-quality report (besides empty). */
  public static final List<String> UNKNOWN_WORDS = List.of("unknown", "u", "XXX");

  // \\z, not $: $ also matches before a final line terminator (U+2028, U+0085), which a number must not hold
  public static final String INTEGER_PATTERN = "^[+-]?[0-9]{1,9}\\z";
  public static final String DECIMAL_PATTERN = "^[+-]?([0-9]{1,16}(\\.[0-9]*)?|\\.[0-9]+)\\z";

  /** A boolean spelling, any case, surrounding spaces ignored; null when it is not one. */
  public static Boolean parseBoolean(String s) {
    if (s == null) {
      return null;
    }
    String v = s.trim().toLowerCase(Locale.ROOT);
    if (TRUE_WORDS.contains(v)) {
      return Boolean.TRUE;
    }
    return FALSE_WORDS.contains(v) ? Boolean.FALSE : null;
  }
}
