package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import thbstat.indicators.table.IndicatorCell;

/**
 * A year and its four quarters as one system of cells, for one group of linked indicators: each
 * period's cells joined as {@link LinkedCells#join} joins them, and for each indicator whose
 * quarters add up to its year ({@link PeriodLinks#kindOf}) a relation between each year cell and
 * the same cell of the four quarters — {@code eq}: the year is the quarters added up; {@code ge}:
 * each quarter is at most the year and the quarters add up to at least it. A reader who has the
 * year's and the quarters' public tables can work out exactly what this space's LPs give: every
 * table's own relations and the year's with its quarters at once. A quarter without a table counts
 * as one whose every cell is unknown ({@link CellSpace#hidden}).
 *
 * <p>Member {@code p * group + m} of the space is indicator m of period p (0 the year, 1–4 the
 * quarters).
 */
final class PeriodFamily {
  /** The dimension named by a relation between a year's cell and its quarters' (no dimension of a table). */
  static final String PERIOD = "period";

  private final CellSpace space;
  private final List<String> periods;
  private final int group;
  private final List<List<int[]>> numbers;
  private final List<int[][]> complements;
  private final List<int[]> complementCells;

  private PeriodFamily(CellSpace space, List<String> periods, int group, List<List<int[]>> numbers,
      List<int[][]> complements, List<int[]> complementCells) {
    this.space = space;
    this.periods = periods;
    this.group = group;
    this.numbers = numbers;
    this.complements = complements;
    this.complementCells = complementCells;
  }

  /**
   * {@code cellsOf.get(p).get(m)}: indicator m's cells in period p (the year first, then its four
   * quarters in order), or {@code cellsOf.get(p) == null} for a quarter without a table, whose
   * cells are then the year's codes, all unknown. {@code kinds}: indicator → {@code eq} or {@code
   * ge}; an indicator without one is not related across periods.
   */
  static PeriodFamily of(List<String> dims, List<IndicatorRule> members, List<String> periods,
      List<List<List<IndicatorCell>>> cellsOf, Map<String, String> kinds, List<LinkedCells> links) {
    int g = members.size();
    List<List<List<String>>> yearKeys = keys(cellsOf.get(0));
    List<IndicatorRule> rules = new ArrayList<>();
    List<List<List<String>>> keysOf = new ArrayList<>();
    List<Integer> published = new ArrayList<>();
    List<int[]> twins = new ArrayList<>();
    List<int[]> sums = new ArrayList<>();
    List<int[][]> complements = new ArrayList<>();
    List<int[][]> within = new ArrayList<>();
    List<int[][]> unions = new ArrayList<>();
    List<List<List<String>>> publishedKeys = new ArrayList<>();
    for (int p = 0; p < periods.size(); p++) {
      boolean has = cellsOf.get(p) != null;
      List<List<List<String>>> keys = has ? keys(cellsOf.get(p)) : yearKeys;
      LinkedCells.Pieces pieces = LinkedCells.pieces(dims, members, keys, links);
      int offset = p * g;
      rules.addAll(members);
      keysOf.addAll(pieces.keysOf());
      publishedKeys.addAll(keys);
      for (int m = 0; m < g; m++) {
        published.add(has ? pieces.published()[m] : 0);
      }
      for (int[] t : pieces.twins()) {
        twins.add(shifted(t, offset));
      }
      for (int[] s : pieces.sums()) {
        sums.add(shifted(s, offset));
      }
      complements.add(pieces.complements());
      within.add(pieces.within());
      unions.add(pieces.unions());
    }
    CellSpace space = new CellSpace(dims, rules, keysOf, published.stream().mapToInt(Integer::intValue).toArray(),
        twins.toArray(int[][]::new), sums.toArray(int[][]::new));
    for (int p = 0; p < periods.size(); p++) {
      LinkedCells.bound(space, keysOf, within.get(p), p * g);
      LinkedCells.unite(space, keysOf, unions.get(p), p * g);
    }
    List<List<int[]>> numbers = new ArrayList<>();
    List<int[]> complementCells = new ArrayList<>();
    for (int p = 0; p < periods.size(); p++) {
      List<int[]> ofPeriod = new ArrayList<>();
      for (int m = 0; m < g; m++) {
        ofPeriod.add(space.cellsOf(p * g + m, publishedKeys.get(p * g + m)));
      }
      numbers.add(ofPeriod);
      int[][] cs = complements.get(p);
      int[] cells = new int[cs.length];
      for (int k = 0; k < cs.length; k++) {
        int m = p * g + cs[k][4];
        cells[k] = space.cellsOf(m, List.of(keysOf.get(m).get(cs[k][5])))[0];
      }
      complementCells.add(cells);
    }
    // the year's published cells and the same cells of its quarters (a complement follows from them)
    Set<Integer> related = new HashSet<>();
    for (int m = 0; m < g; m++) {
      String kind = kinds.get(members.get(m).indicator());
      if (kind == null || !members.get(m).related()) {
        continue;
      }
      for (List<String> key : yearKeys.get(m)) {
        Integer year = space.cellOf(m, key);
        if (year == null || !related.add(year)) {
          continue;
        }
        List<Integer> quarters = new ArrayList<>();
        for (int p = 1; p < periods.size(); p++) {
          Integer q = space.cellOf(p * g + m, key);
          if (q == null) {
            quarters = null;
            break;
          }
          quarters.add(q);
        }
        if (quarters != null) {
          space.relate(new Relation(PERIOD, year, quarters, kind));
        }
      }
    }
    return new PeriodFamily(space, List.copyOf(periods), g, numbers, complements, complementCells);
  }

  private static List<List<List<String>>> keys(List<List<IndicatorCell>> cellsOf) {
    return cellsOf.stream().map(cs -> cs.stream().map(IndicatorCell::codes).toList()).toList();
  }

  /** A twin or sum of one period's members with the member numbers moved to the period's. */
  private static int[] shifted(int[] members, int offset) {
    int[] out = members.clone();
    for (int k = 0; k < out.length; k += 2) {
      out[k] += offset;
    }
    return out;
  }

  CellSpace space() {
    return space;
  }

  /** The period of a cell of the space. */
  String period(int cell) {
    return periods.get(space.home(cell) / group);
  }

  /** The space's cells of indicator m's cells in period p, in the order they were given. */
  int[] numbers(int p, int m) {
    return numbers.get(p).get(m);
  }

  /** Period p's complements of published subsets ({@link LinkedCells#complements}, members within the period). */
  int[][] complements(int p) {
    return complements.get(p);
  }

  /** The space's cell of period p's k-th complement. */
  int complementCell(int p, int k) {
    return complementCells.get(p)[k];
  }

  /** The cell as a reader finds it: indicator, period and codes. */
  String describe(int cell) {
    return space.indicator(cell) + " " + period(cell) + " " + space.codes(cell) + (space.hidden(cell) ? " (unpublished)" : "");
  }
}
