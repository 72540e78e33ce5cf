package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.table.IndicatorTable;

/**
 * The published cells of one indicator in one period, indexed in cell order, and the relations
 * between them that really hold: for a cell at {@code _T} in a dimension whose every code is
 * published beside it, the total-and-parts relation along that dimension.
 */
final class CellSpace {
  private final List<String> outputDims;
  private final IndicatorRule rule;
  private final List<List<String>> keys;
  private final Map<List<String>, Integer> index = new HashMap<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<List<Relation>> byCell = new ArrayList<>();

  /** {@code keys} are the cells' codes in {@code outputDims} order, already in cell order. */
  CellSpace(List<String> outputDims, IndicatorRule rule, List<List<String>> keys) {
    this.outputDims = List.copyOf(outputDims);
    this.rule = rule;
    this.keys = List.copyOf(keys);
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
      byCell.add(new ArrayList<>());
    }
    if (rule.related()) {
      buildRelations();
    }
  }

  private void buildRelations() {
    for (int i = 0; i < keys.size(); i++) {
      for (String d : rule.dimensions()) {
        int pos = outputDims.indexOf(d);
        List<String> codes = rule.codes().getOrDefault(d, List.of());
        if (pos < 0 || codes.isEmpty() || !IndicatorTable.TOTAL.equals(keys.get(i).get(pos))) {
          continue;
        }
        List<Integer> parts = new ArrayList<>();
        for (String code : codes) {
          List<String> k = new ArrayList<>(keys.get(i));
          k.set(pos, code);
          Integer j = index.get(k);
          if (j == null) {
            parts = null;
            break;
          }
          parts.add(j);
        }
        if (parts != null) {
          Relation r = new Relation(d, i, parts, rule.sum(d));
          relations.add(r);
          r.members().forEach(m -> byCell.get(m).add(r));
        }
      }
    }
  }

  int size() {
    return keys.size();
  }

  List<String> key(int i) {
    return keys.get(i);
  }

  Integer indexOf(List<String> key) {
    return index.get(key);
  }

  int position(String dimension) {
    return outputDims.indexOf(dimension);
  }

  IndicatorRule rule() {
    return rule;
  }

  List<Relation> relations() {
    return relations;
  }

  List<Relation> relationsOf(int cell) {
    return byCell.get(cell);
  }

  /** How many of the indicator's dimensions the cell is a total over: margins cost more. */
  int totalness(int cell) {
    int n = 0;
    for (String d : rule.dimensions()) {
      int pos = outputDims.indexOf(d);
      if (pos >= 0 && IndicatorTable.TOTAL.equals(keys.get(cell).get(pos))) {
        n++;
      }
    }
    return n;
  }

  /** The cell's codes in the indicator's dimensions, for messages: {@code SEX=F AGE=_T}. */
  String describe(int cell) {
    StringBuilder sb = new StringBuilder();
    for (String d : rule.dimensions()) {
      int pos = outputDims.indexOf(d);
      if (pos >= 0) {
        sb.append(sb.length() == 0 ? "" : " ").append(d).append('=').append(keys.get(cell).get(pos));
      }
    }
    return sb.length() == 0 ? "(no dimensions)" : sb.toString();
  }
}
