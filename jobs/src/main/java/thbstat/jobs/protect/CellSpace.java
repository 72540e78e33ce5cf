package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.table.IndicatorTable;

/**
 * The published cells of one indicator in one period — or of several indicators linked by cells
 * that count the same persons ({@link LinkedCells}) — indexed in cell order, and the relations
 * between them that really hold: for a cell at {@code _T} in a dimension whose every code is
 * published beside it, the total-and-parts relation along that dimension. A cell published by two
 * linked indicators is one cell of the space: suppressed in both or in neither.
 */
final class CellSpace {
  private final List<String> outputDims;
  private final List<IndicatorRule> rules;
  /** Per cell: the member (indicator) it was first met in, and its codes there. */
  private final List<Integer> homeOf = new ArrayList<>();
  private final List<List<String>> keys = new ArrayList<>();
  /** Per member: codes → cell. */
  private final List<Map<List<String>, Integer>> index = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<List<Relation>> byCell = new ArrayList<>();
  /** Per cell: no member publishes it (a complement, {@link LinkedCells#complements}). */
  private final List<Boolean> hidden = new ArrayList<>();
  /** Per cell: the grand total of a member that publishes it. */
  private final List<Boolean> grand = new ArrayList<>();

  /** {@code keys} are the cells' codes in {@code outputDims} order, already in cell order. */
  CellSpace(List<String> outputDims, IndicatorRule rule, List<List<String>> keys) {
    this(outputDims, List.of(rule), List.of(keys), new int[] {keys.size()}, new int[0][], new int[0][]);
  }

  /**
   * The cells of several indicators' published cells, one member each; {@code twins} are pairs of
   * {member, cell, member, cell} (cell: index in its member's keys) that are the same figure.
   * Cells are numbered member by member, a twin taking the number of the first of its pair met.
   * {@code sums} are {member, cell, member, cell, member, cell}: the first is the sum of the other
   * two (a relation along no dimension, {@link LinkedCells#RELATION}). The first {@code
   * published[m]} keys of member m are published; a cell none of whose keys is published is hidden.
   */
  CellSpace(List<String> outputDims, List<IndicatorRule> rules, List<List<List<String>>> keysOf, int[] published,
      int[][] twins, int[][] sums) {
    this.outputDims = List.copyOf(outputDims);
    this.rules = List.copyOf(rules);
    Map<Long, Long> same = new HashMap<>();
    for (int[] t : twins) {
      long a = pack(t[0], t[1]);
      long b = pack(t[2], t[3]);
      long ra = LinkedCells.root(same, a);
      long rb = LinkedCells.root(same, b);
      if (ra != rb) {
        same.put(Math.max(ra, rb), Math.min(ra, rb));
      }
    }
    Map<Long, Integer> numberOfRoot = new HashMap<>();
    for (int m = 0; m < keysOf.size(); m++) {
      List<List<String>> keys = keysOf.get(m);
      Map<List<String>, Integer> idx = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        long r = LinkedCells.root(same, pack(m, i));
        Integer n = numberOfRoot.get(r);
        if (n == null) {
          n = this.keys.size();
          numberOfRoot.put(r, n);
          this.keys.add(List.copyOf(keys.get(i)));
          homeOf.add(m);
          byCell.add(new ArrayList<>());
          hidden.add(true);
          grand.add(false);
        }
        if (i < published[m]) {
          hidden.set(n, false);
          if (allTotal(outputDims, rules.get(m), keys.get(i))) {
            grand.set(n, true);
          }
        }
        idx.put(keys.get(i), n);
      }
      index.add(idx);
    }
    for (int m = 0; m < keysOf.size(); m++) {
      if (rules.get(m).related()) {
        buildRelations(rules.get(m), keysOf.get(m), index.get(m));
      }
    }
    for (int[] sum : sums) {
      List<Integer> parts = new ArrayList<>();
      for (int k = 2; k < sum.length; k += 2) {
        parts.add(index.get(sum[k]).get(keysOf.get(sum[k]).get(sum[k + 1])));
      }
      Relation r = new Relation(LinkedCells.RELATION, index.get(sum[0]).get(keysOf.get(sum[0]).get(sum[1])), parts,
          "eq");
      relations.add(r);
      r.members().forEach(m -> byCell.get(m).add(r));
    }
  }

  /**
   * Adds a relation that no member's dimensions give: a year's cell and the same cell of its
   * quarters ({@link PeriodFamily}).
   */
  void relate(Relation r) {
    relations.add(r);
    r.members().forEach(m -> byCell.get(m).add(r));
  }

  private static long pack(int member, int cell) {
    return ((long) member << 32) | cell;
  }


  private void buildRelations(IndicatorRule rule, List<List<String>> keys, Map<List<String>, Integer> idx) {
    for (List<String> key : keys) {
      for (String d : rule.dimensions()) {
        int pos = outputDims.indexOf(d);
        List<String> codes = rule.codes().getOrDefault(d, List.of());
        if (pos < 0 || codes.isEmpty() || !IndicatorTable.TOTAL.equals(key.get(pos))) {
          continue;
        }
        List<Integer> parts = new ArrayList<>();
        for (String code : codes) {
          List<String> k = new ArrayList<>(key);
          k.set(pos, code);
          Integer j = idx.get(k);
          if (j == null) {
            parts = null;
            break;
          }
          parts.add(j);
        }
        if (parts != null) {
          Relation r = new Relation(d, idx.get(key), parts, rule.sum(d));
          relations.add(r);
          r.members().forEach(m -> byCell.get(m).add(r));
        }
      }
    }
  }

  int size() {
    return keys.size();
  }

  /** The output dimensions the cells' codes are in. */
  List<String> dimensions() {
    return outputDims;
  }

  /** Whether no table publishes the cell: unknown to every reader, never suppressed or released. */
  boolean hidden(int cell) {
    return hidden.get(cell);
  }

  /** Whether the cells are of more than one indicator (linked indicators). */
  boolean linked() {
    return rules.stream().map(IndicatorRule::indicator).distinct().count() > 1;
  }

  /** The cell's codes in the indicator it was first met in. */
  List<String> key(int i) {
    return keys.get(i);
  }

  /** The cell with these codes in the indicator of cell {@code near}, or null. */
  Integer indexOf(int near, List<String> key) {
    return index.get(homeOf.get(near)).get(key);
  }

  /** Cell numbers of member {@code m}'s cells, in the order its keys were given. */
  int[] cellsOf(int m, List<List<String>> keys) {
    int[] out = new int[keys.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = index.get(m).get(keys.get(i));
    }
    return out;
  }

  /** The cell with these codes in member m, or null. */
  Integer cellOf(int m, List<String> key) {
    return index.get(m).get(key);
  }

  /** The member (indicator) the cell was first met in. */
  int home(int cell) {
    return homeOf.get(cell);
  }

  int position(String dimension) {
    return outputDims.indexOf(dimension);
  }

  /** The rule of the first indicator: linked indicators share their threshold and unit. */
  IndicatorRule rule() {
    return rules.get(0);
  }

  List<Relation> relations() {
    return relations;
  }

  List<Relation> relationsOf(int cell) {
    return byCell.get(cell);
  }

  /** How many of its indicator's dimensions the cell is a total over: margins cost more. */
  int totalness(int cell) {
    IndicatorRule rule = rules.get(homeOf.get(cell));
    int n = 0;
    for (String d : rule.dimensions()) {
      int pos = outputDims.indexOf(d);
      if (pos >= 0 && IndicatorTable.TOTAL.equals(keys.get(cell).get(pos))) {
        n++;
      }
    }
    return n;
  }

  /** Whether the cell is {@code _T} in every dimension of an indicator that publishes it: a grand total. */
  boolean grandTotal(int cell) {
    return grand.get(cell);
  }

  private static boolean allTotal(List<String> outputDims, IndicatorRule rule, List<String> key) {
    for (String d : rule.dimensions()) {
      int pos = outputDims.indexOf(d);
      if (pos >= 0 && !IndicatorTable.TOTAL.equals(key.get(pos))) {
        return false;
      }
    }
    return true;
  }

  /** The indicator the cell was first met in. */
  String indicator(int cell) {
    return rules.get(homeOf.get(cell)).indicator();
  }

  /** The cell's codes in the dimensions of {@link #indicator}: {@code SEX=F AGE≠Y_LT18}. */
  String codes(int cell) {
    return describe(outputDims, rules.get(homeOf.get(cell)), keys.get(cell));
  }

  /** The cell's codes in its indicator's dimensions, for messages: {@code SEX=F AGE=_T}. */
  String describe(int cell) {
    IndicatorRule rule = rules.get(homeOf.get(cell));
    String codes = describe(outputDims, rule, keys.get(cell));
    return (rules.size() > 1 ? rule.indicator() + " " + codes : codes) + (hidden(cell) ? " (unpublished)" : "");
  }

  /** Codes {@code key} (in {@code outputDims} order) in the rule's dimensions: {@code SEX=F AGE=_T}. */
  static String describe(List<String> outputDims, IndicatorRule rule, List<String> key) {
    StringBuilder sb = new StringBuilder();
    for (String d : rule.dimensions()) {
      int pos = outputDims.indexOf(d);
      if (pos >= 0) {
        String code = key.get(pos);
        sb.append(sb.length() == 0 ? "" : " ").append(d).append(code.startsWith(LinkedCells.NOT) ? "" : "=").append(code);
      }
    }
    return sb.length() == 0 ? "(no dimensions)" : sb.toString();
  }
}
