package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.table.IndicatorTable;

/**
 * Indicators whose published cells count the same persons (an indicator's {@code
 * disclosure.linked}): identified child victims are the identified victims under 18, so the
 * children's table by sex repeats the under-18 row of the identified victims' table by sex and
 * age. Such indicators are protected and audited as one table, each shared figure one cell, or a
 * figure suppressed in one table could be read in the other.
 *
 * @param indicator the linking indicator
 * @param linkedTo the indicator it repeats cells of
 * @param where codes of dimensions only one of the two has (the others: {@code _T})
 */
record LinkedCells(String indicator, String linkedTo, Map<String, String> where) {
  LinkedCells {
    where = Map.copyOf(where);
  }

  /** The links between indicators of {@code published}, in catalogue order. */
  static List<LinkedCells> of(Catalogue catalogue, Map<String, IndicatorRule> published) {
    List<LinkedCells> out = new ArrayList<>();
    for (Indicator i : catalogue.indicators()) {
      var link = i.disclosure().linked();
      if (link != null && published.containsKey(i.id()) && published.containsKey(link.indicator())) {
        out.add(new LinkedCells(i.id(), link.indicator(), link.where()));
      }
    }
    return out;
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("indicator", indicator);
    m.put("linked_to", linkedTo);
    m.put("where", new java.util.TreeMap<>(where));
    return m;
  }

  @SuppressWarnings("unchecked")
  static LinkedCells fromMap(Map<String, Object> m) {
    Map<String, String> where = new LinkedHashMap<>();
    ((Map<String, Object>) m.getOrDefault("where", Map.of())).forEach((k, v) -> where.put(k, String.valueOf(v)));
    return new LinkedCells(String.valueOf(m.get("indicator")), String.valueOf(m.get("linked_to")), where);
  }

  /**
   * The other indicator's codes of the cell with codes {@code key} of this one, or null when the
   * cell repeats none of the other's: its codes in dimensions the other lacks must be the
   * {@code where} code or {@code _T}.
   */
  List<String> twinKey(List<String> dims, IndicatorRule mine, IndicatorRule theirs, List<String> key) {
    List<String> out = new ArrayList<>(dims.size());
    for (int p = 0; p < dims.size(); p++) {
      String d = dims.get(p);
      boolean inMine = mine.dimensions().contains(d);
      boolean inTheirs = theirs.dimensions().contains(d);
      if (inMine && !inTheirs && !key.get(p).equals(where.getOrDefault(d, IndicatorTable.TOTAL))) {
        return null;
      }
      out.add(!inTheirs ? IndicatorTable.NOT_APPLICABLE
          : inMine ? key.get(p) : where.getOrDefault(d, IndicatorTable.TOTAL));
    }
    return out;
  }

  /**
   * The groups of indicators to protect together: each linked group in the order of its first
   * indicator in {@code rules}, every other indicator alone.
   */
  static List<List<String>> groups(Iterable<String> rules, List<LinkedCells> links) {
    Map<String, String> parent = new HashMap<>();
    for (LinkedCells l : links) {
      String a = find(parent, l.indicator());
      String b = find(parent, l.linkedTo());
      if (!a.equals(b)) {
        parent.put(b, a);
      }
    }
    Map<String, List<String>> byRoot = new LinkedHashMap<>();
    for (String id : rules) {
      byRoot.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
    }
    return new ArrayList<>(byRoot.values());
  }

  private static String find(Map<String, String> parent, String id) {
    String p = parent.get(id);
    while (p != null) {
      id = p;
      p = parent.get(id);
    }
    return id;
  }

  /**
   * The twin pairs {member, cell, member, cell} among the members' cells ({@code keysOf}, in the
   * order of {@code members}).
   */
  static int[][] twins(List<String> dims, List<IndicatorRule> members, List<List<List<String>>> keysOf,
      List<LinkedCells> links) {
    List<int[]> out = new ArrayList<>();
    List<String> ids = members.stream().map(IndicatorRule::indicator).toList();
    for (LinkedCells l : links) {
      int a = ids.indexOf(l.indicator());
      int b = ids.indexOf(l.linkedTo());
      if (a < 0 || b < 0) {
        continue;
      }
      Map<List<String>, Integer> theirs = new HashMap<>();
      for (int j = 0; j < keysOf.get(b).size(); j++) {
        theirs.put(keysOf.get(b).get(j), j);
      }
      for (int i = 0; i < keysOf.get(a).size(); i++) {
        List<String> k = l.twinKey(dims, members.get(a), members.get(b), keysOf.get(a).get(i));
        Integer j = k == null ? null : theirs.get(k);
        if (j != null) {
          out.add(new int[] {a, i, b, j});
        }
      }
    }
    return out.toArray(int[][]::new);
  }
}
