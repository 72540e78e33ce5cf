package thbstat.indicators.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dimension of the indicator table and the rule that derives its code from a clean column.
 *
 * <p>The code of a value {@code v} (trimmed; lists element by element) is, in this order:
 * {@link #missing} when {@code v} is empty; {@code map.get(v)} when mapped; the first band that
 * holds a numeric {@code v}; {@link #other} when set; else {@code v} upper cased.
 *
 * @param id the column name in the output (SEX, AGE, …, TOPIC)
 * @param label what a reader sees
 * @param column the clean column it derives from (same name in every source that has it)
 * @param multi whether the column is a list: a person may hold several codes
 * @param codes every output code, in display order (without {@code _T}); the public tables use
 *     exactly these
 * @param map input value → code
 * @param bands numeric ranges → code, for integer columns such as age
 * @param other code of every value not mapped, or null for "upper-cased value"
 * @param missing code of an empty value, or null when empty values have no code (the person
 *     then appears only in the {@code _T} total of this dimension)
 * @param codeLabels label of each code
 * @param codeNotes a footnote of a code, printed under every table that shows the code (the
 *     designation of Kosovo*), or none
 */
public record Dimension(
    String id,
    Text label,
    String column,
    boolean multi,
    List<String> codes,
    Map<String, String> map,
    List<Band> bands,
    String other,
    String missing,
    Map<String, Text> codeLabels,
    Map<String, Text> codeNotes) implements Serializable {

  /** A dimension whose codes have no footnotes. */
  public Dimension(String id, Text label, String column, boolean multi, List<String> codes, Map<String, String> map,
      List<Band> bands, String other, String missing, Map<String, Text> codeLabels) {
    this(id, label, column, multi, codes, map, bands, other, missing, codeLabels, Map.of());
  }

  public Dimension {
    Objects.requireNonNull(id);
    Objects.requireNonNull(label);
    Objects.requireNonNull(column);
    codes = List.copyOf(codes);
    map = Map.copyOf(map);
    bands = List.copyOf(bands);
    codeLabels = Map.copyOf(codeLabels);
    codeNotes = Map.copyOf(codeNotes);
  }

  /** A numeric range {@code [min, max]} (either end may be null = open) and its code. */
  public record Band(String code, Integer min, Integer max) implements Serializable {
    public Band {
      Objects.requireNonNull(code);
    }

    public boolean contains(int value) {
      return (min == null || value >= min) && (max == null || value <= max);
    }
  }

  /** The code of one input value, as the class comment describes. */
  public String codeOf(String value) {
    if (value == null || value.isBlank()) {
      return missing;
    }
    String v = value.trim();
    String mapped = map.get(v);
    if (mapped != null) {
      return mapped;
    }
    if (!bands.isEmpty()) {
      try {
        int n = Integer.parseInt(v);
        for (Band b : bands) {
          if (b.contains(n)) {
            return b.code();
          }
        }
      } catch (NumberFormatException e) {
        // not a number: falls through to other / upper case
      }
    }
    return other != null ? other : v.toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * How this dimension's codes group the codes of {@code finer}, a dimension of the same column
   * (EXPLOITATION_GROUP LABOUR = EXPLOITATION LABOUR and DOMESTIC_SERVITUDE): each of this
   * dimension's codes → the finer codes whose every value it takes, in the finer's order.
   *
   * @throws IllegalArgumentException when a finer code's values fall in several of these codes,
   *     or in none, or either dimension has bands: then the codes are no grouping
   */
  public java.util.Map<String, List<String>> groupsOf(Dimension finer) {
    if (!column.equals(finer.column()) || !bands.isEmpty() || !finer.bands().isEmpty()) {
      throw new IllegalArgumentException(finer.id() + " and " + id + " must both group the values of one column,"
          + " without bands");
    }
    java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    codes.forEach(c -> out.put(c, new java.util.ArrayList<>()));
    for (String code : finer.codes()) {
      java.util.Set<String> mine = new java.util.TreeSet<>();
      if (code.equals(finer.missing())) {
        mine.add(String.valueOf(missing));
      }
      if (code.equals(finer.other())) {
        // every value finer maps to no other code: here too it must map to one code, its 'other'
        if (other == null || !finer.map().keySet().containsAll(map.keySet())) {
          throw new IllegalArgumentException(finer.id() + " " + code + " takes every other value, which " + id
              + " does not put in one code");
        }
        mine.add(other);
      }
      finer.map().forEach((value, c) -> {
        if (c.equals(code)) {
          mine.add(String.valueOf(codeOf(value)));
        }
      });
      String plain = code.toLowerCase(java.util.Locale.ROOT);
      if (finer.codeOf(plain).equals(code)) {
        mine.add(String.valueOf(codeOf(plain)));
      }
      if (mine.size() != 1 || !out.containsKey(mine.iterator().next())) {
        throw new IllegalArgumentException(finer.id() + " " + code + " falls in " + (mine.isEmpty() ? "no code"
            : String.join(" and ", mine)) + " of " + id + ", not in exactly one of " + String.join(" ", codes));
      }
      out.get(mine.iterator().next()).add(code);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  public Text labelOf(String code) {
    Text t = codeLabels.get(code);
    return t != null ? t : Text.of(code, code);
  }
}
