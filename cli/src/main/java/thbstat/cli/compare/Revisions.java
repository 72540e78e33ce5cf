package thbstat.cli.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * The cells in which two indicator tables differ: what a new extract revised in figures already
 * published. Cells are matched by indicator, period and the codes of the dimensions they use (by
 * dimension name, so tables of two catalogue versions still line up).
 */
public final class Revisions {
  /** How a cell changed. */
  public enum Kind {
    /** Published in both, with another value. */
    REVISED("revised"),
    /** Published before, protected (or not available) now. */
    NEWLY_PROTECTED("newly protected"),
    /** Protected before, published now. */
    NEWLY_PUBLISHED("newly published"),
    /** Protected in both, for another reason (C and D). */
    STATUS("protection changed"),
    ONLY_OLD("only in the old table"),
    ONLY_NEW("only in the new table");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /**
   * One changed cell.
   *
   * @param codes dimension name → code, the dimensions the cell uses (not {@code _Z})
   * @param before the old table's cell, or null
   * @param after the new table's cell, or null
   */
  public record Change(Kind kind, String indicator, String period, Map<String, String> codes, IndicatorCell before,
      IndicatorCell after) {
    public Change {
      codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    /** New value minus old, where both are published. */
    public BigDecimal difference() {
      return kind == Kind.REVISED ? after.value().subtract(before.value()) : null;
    }

    /** The difference in percent of the old value, one decimal; null when the old value is 0. */
    public BigDecimal percent() {
      BigDecimal d = difference();
      return d == null || before.value().signum() == 0 ? null
          : d.multiply(BigDecimal.valueOf(100)).divide(before.value().abs(), 1, RoundingMode.HALF_UP);
    }
  }

  private final List<String> dimensions;
  private final List<Change> changes;
  private final int compared;
  private final Map<String, Integer> cellsPerIndicator;

  private Revisions(List<String> dimensions, List<Change> changes, int compared, Map<String, Integer> cells) {
    this.dimensions = List.copyOf(dimensions);
    this.changes = List.copyOf(changes);
    this.compared = compared;
    this.cellsPerIndicator = cells;
  }

  /** Compares {@code after} with {@code before}; changes in the new table's order, then cells only in the old. */
  public static Revisions of(IndicatorTable before, IndicatorTable after) {
    Map<String, IndicatorCell> old = new LinkedHashMap<>();
    for (IndicatorCell c : before.cells()) {
      old.put(key(c, before.dimensions()), c);
    }
    Set<String> dims = new LinkedHashSet<>(after.dimensions());
    dims.addAll(before.dimensions());
    List<Change> changes = new ArrayList<>();
    Map<String, Integer> cells = new TreeMap<>();
    int compared = 0;
    for (IndicatorCell c : after.cells()) {
      cells.merge(c.indicator(), 1, Integer::sum);
      IndicatorCell o = old.remove(key(c, after.dimensions()));
      Kind kind;
      if (o == null) {
        kind = Kind.ONLY_NEW;
      } else {
        compared++;
        kind = change(o, c);
      }
      if (kind != null) {
        changes.add(new Change(kind, c.indicator(), c.period(), used(c, after.dimensions()), o, c));
      }
    }
    for (IndicatorCell o : old.values()) {
      cells.putIfAbsent(o.indicator(), 0);
      changes.add(new Change(Kind.ONLY_OLD, o.indicator(), o.period(), used(o, before.dimensions()), o, null));
    }
    return new Revisions(List.copyOf(dims), changes, compared, cells);
  }

  /** How a matched cell changed, or null when it did not. */
  private static Kind change(IndicatorCell before, IndicatorCell after) {
    BigDecimal a = before.value();
    BigDecimal b = after.value();
    if (a != null && b != null) {
      return a.compareTo(b) == 0 ? null : Kind.REVISED;
    }
    if (a != null) {
      return Kind.NEWLY_PROTECTED;
    }
    if (b != null) {
      return Kind.NEWLY_PUBLISHED;
    }
    return before.status().equals(after.status()) ? null : Kind.STATUS;
  }

  /** The dimensions of either table, the new one's first: the columns of the revisions file. */
  public List<String> dimensions() {
    return dimensions;
  }

  public List<Change> changes() {
    return changes;
  }

  /** Cells found in both tables. */
  public int compared() {
    return compared;
  }

  /** Indicator → its cells in the new table (0 for an indicator only the old one has), sorted. */
  public Map<String, Integer> cellsPerIndicator() {
    return cellsPerIndicator;
  }

  /**
   * {@code 542 cells in both: 53 revised, 0 newly protected, 0 newly published, 0 protection
   * changed; 0 only in the old table, 0 only in the new}.
   */
  public String summary() {
    Map<Kind, Integer> n = tally(changes);
    return String.format("%,d " + (compared == 1 ? "cell" : "cells") + " in both: %,d revised, %,d newly protected, %,d newly published, %,d protection"
        + " changed; %,d only in the old table, %,d only in the new", compared, n.get(Kind.REVISED),
        n.get(Kind.NEWLY_PROTECTED), n.get(Kind.NEWLY_PUBLISHED), n.get(Kind.STATUS), n.get(Kind.ONLY_OLD),
        n.get(Kind.ONLY_NEW));
  }

  /** How many changes of each kind, every kind present (0 when none), in the kinds' order. */
  public static Map<Kind, Integer> tally(List<Change> changes) {
    Map<Kind, Integer> n = new java.util.EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      n.put(k, 0);
    }
    changes.forEach(c -> n.merge(c.kind(), 1, Integer::sum));
    return n;
  }

  public boolean identical() {
    return changes.isEmpty();
  }

  private static Map<String, String> used(IndicatorCell c, List<String> dimensions) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int d = 0; d < dimensions.size(); d++) {
      if (!IndicatorTable.NOT_APPLICABLE.equals(c.codes().get(d))) {
        out.put(dimensions.get(d), c.codes().get(d));
      }
    }
    return out;
  }

  private static String key(IndicatorCell c, List<String> dimensions) {
    return c.indicator() + '\u0000' + c.period() + '\u0000' + new TreeMap<>(used(c, dimensions));
  }
}
