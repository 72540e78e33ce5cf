package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.table.IndicatorTable;

/**
 * Indicators whose published cells count the same persons (an indicator's {@code
 * disclosure.linked}). Identified child victims are the identified victims under 18, so the
 * children's table by sex repeats the under-18 row of the identified victims' table by sex and
 * age; registered victims are the identified and the presumed ones, so a registered figure minus
 * an identified one gives a presumed one. Such indicators are protected and audited as one table
 * — a repeated figure one cell, a sum a relation between cells — or a figure suppressed in one
 * table could be read from another.
 *
 * @param indicator the linking indicator
 * @param linkedTo the indicator it repeats cells of (with {@code plus}: the first of two disjoint parts)
 * @param plus the second part, or null
 * @param where codes of dimensions only one side has (the others: {@code _T})
 * @param same {@code DIM=CODE} of this indicator → {@code DIM=CODE} of the others that counts the same persons
 * @param within its cells count some of the persons of the matching cells of {@code linkedTo}, never more
 * @param unions {@code DIM=CODE} of this indicator → the {@code DIM2=CODE2} of {@code linkedTo} whose
 *     persons together it counts (a person may have several): EXPLOITATION_GROUP=LABOUR is the victims
 *     of EXPLOITATION=LABOUR or DOMESTIC_SERVITUDE; each of them is at most the union, and the union
 *     at most their sum
 */
record LinkedCells(String indicator, String linkedTo, String plus, Map<String, String> where,
    Map<String, String> same, boolean within, Map<String, List<String>> unions) {
  /** The dimension named by a relation between linked indicators' cells (no dimension of a table). */
  static final String RELATION = "linked";

  LinkedCells {
    where = Map.copyOf(where);
    same = Map.copyOf(same);
    Map<String, List<String>> u = new TreeMap<>();
    unions.forEach((k, v) -> u.put(k, List.copyOf(v)));
    unions = java.util.Collections.unmodifiableMap(u);
  }

  LinkedCells(String indicator, String linkedTo, Map<String, String> where) {
    this(indicator, linkedTo, null, where, Map.of(), false, Map.of());
  }

  /**
   * The links between indicators of {@code published}, in catalogue order. A {@code same} of two
   * dimensions ({@code EXPLOITATION_GROUP: EXPLOITATION}) becomes code pairs for the groups of one
   * code and {@link #unions} for the others.
   */
  static List<LinkedCells> of(Catalogue catalogue, Map<String, IndicatorRule> published) {
    List<LinkedCells> out = new ArrayList<>();
    for (Indicator i : catalogue.indicators()) {
      for (Disclosure.Link link : i.disclosure().linked()) {
        if (published.containsKey(i.id()) && published.containsKey(link.indicator())
            && (link.plus() == null || published.containsKey(link.plus()))) {
          Map<String, String> same = new LinkedHashMap<>();
          Map<String, List<String>> unions = new LinkedHashMap<>();
          link.same().forEach((mine, theirs) -> {
            if (mine.contains("=")) {
              same.put(mine, theirs);
              return;
            }
            Map<String, List<String>> groups = catalogue.dimension(mine).orElseThrow()
                .groupsOf(catalogue.dimension(theirs).orElseThrow());
            groups.forEach((code, parts) -> {
              if (parts.size() == 1) {
                same.put(mine + "=" + code, theirs + "=" + parts.get(0));
              } else if (parts.size() > 1) {
                unions.put(mine + "=" + code, parts.stream().map(p -> theirs + "=" + p).toList());
              }
            });
          });
          out.add(new LinkedCells(i.id(), link.indicator(), link.plus(), link.where(), same, link.within(), unions));
        }
      }
    }
    return out;
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("indicator", indicator);
    m.put("linked_to", linkedTo);
    if (plus != null) {
      m.put("plus", plus);
    }
    m.put("where", new TreeMap<>(where));
    if (!same.isEmpty()) {
      m.put("same", new TreeMap<>(same));
    }
    if (within) {
      m.put("within", true);
    }
    if (!unions.isEmpty()) {
      m.put("unions", new TreeMap<>(unions));
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  static LinkedCells fromMap(Map<String, Object> m) {
    return new LinkedCells(String.valueOf(m.get("indicator")), String.valueOf(m.get("linked_to")),
        m.get("plus") == null ? null : String.valueOf(m.get("plus")), strings(m.get("where")), strings(m.get("same")),
        Boolean.TRUE.equals(m.get("within")), lists(m.get("unions")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> lists(Object o) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (o instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).forEach((k, v) -> out.put(k,
          v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(v))));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> strings(Object o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).forEach((k, v) -> out.put(k, String.valueOf(v)));
    }
    return out;
  }

  /**
   * The codes, in indicator {@code part}'s dimensions, of the cell that counts the same persons as
   * this indicator's cell {@code key} (or its part of them), or null when there is none: a code of
   * a dimension the part lacks must be the {@code where} code, {@code _T}, or one {@code same} maps.
   */
  List<String> partKey(List<String> dims, IndicatorRule mine, IndicatorRule part, List<String> key) {
    List<String> out = new ArrayList<>(dims.size());
    for (int p = 0; p < dims.size(); p++) {
      String d = dims.get(p);
      boolean inMine = mine.dimensions().contains(d);
      boolean inPart = part.dimensions().contains(d);
      out.add(!inPart ? IndicatorTable.NOT_APPLICABLE
          : inMine ? key.get(p) : where.getOrDefault(d, IndicatorTable.TOTAL));
    }
    for (int p = 0; p < dims.size(); p++) {
      String d = dims.get(p);
      if (!mine.dimensions().contains(d) || part.dimensions().contains(d)
          || key.get(p).equals(where.getOrDefault(d, IndicatorTable.TOTAL))) {
        continue;
      }
      String[] to = same.getOrDefault(d + "=" + key.get(p), "").split("=", 2);
      int at = dims.indexOf(to[0]);
      if (to.length != 2 || at < 0 || !out.get(at).equals(where.getOrDefault(to[0], IndicatorTable.TOTAL))) {
        return null;
      }
      out.set(at, to[1]);
    }
    return out;
  }

  /** The mark of a complement's code: {@code AGE=≠Y_LT18} is every code of AGE but Y_LT18. */
  static final String NOT = "≠";

  /**
   * A group's published cells joined into one cell space: the twins and sums found among them,
   * {@code numbers.get(m)[i]}, the space's cell of member m's i-th published cell, and the
   * {@link #complements} as sums ({@code {member, total, member, subset, member, complement}}),
   * {@code complementCells[k]} the space's cell of the k-th one's complement.
   */
  record Joined(CellSpace space, int[][] twins, int[][] sums, int[][] complements, List<int[]> numbers,
      int[] complementCells, int[][] within, int[][] unions) {}

  /**
   * What a group's cells are made of before they are numbered: per member its keys (the published
   * ones first, {@code published[m]} of them, then its {@link #complements}), the twins, and the
   * sums with the complements' sums after them ({@code complements} are the last of {@code sums}).
   */
  record Pieces(List<List<List<String>>> keysOf, int[] published, int[][] twins, int[][] sums, int[][] complements,
      int[][] within, int[][] unions) {}

  /**
   * The pieces of the members' cells (in cell order each), joined by the links between them. The
   * cells of a member no table publishes ({@link IndicatorRule#hidden}) are all unpublished.
   */
  static Pieces pieces(List<String> dims, List<IndicatorRule> members, List<List<List<String>>> published,
      List<LinkedCells> links) {
    List<List<List<String>>> unpublished = new ArrayList<>();
    members.forEach(m -> unpublished.add(new ArrayList<>()));
    int[][] complements = complements(dims, members, published, links, unpublished);
    List<List<List<String>>> keysOf = new ArrayList<>();
    int[] publishedCount = new int[members.size()];
    for (int m = 0; m < members.size(); m++) {
      List<List<String>> keys = new ArrayList<>(published.get(m));
      keys.addAll(unpublished.get(m));
      keysOf.add(keys);
      publishedCount[m] = members.get(m).hidden() ? 0 : published.get(m).size();
    }
    int[][] twins = twins(dims, members, published, links);
    int[][] sums = sums(dims, members, published, links);
    int[][] allSums = java.util.Arrays.copyOf(sums, sums.length + complements.length);
    System.arraycopy(complements, 0, allSums, sums.length, complements.length);
    List<int[]> within = new ArrayList<>();
    List<int[]> unions = new ArrayList<>();
    for (LinkedCells l : links) {
      if (l.within()) {
        l.matches(dims, members, published, List.of(l.linkedTo()), within);
      }
      if (!l.unions().isEmpty() && l.plus() == null) {
        l.unions(dims, members, published, unions);
      }
    }
    return new Pieces(keysOf, publishedCount, twins, allSums, complements, within.toArray(int[][]::new),
        unions.toArray(int[][]::new));
  }

  /** Joins the members' cells (in cell order each) by the links between them. */
  static Joined join(List<String> dims, List<IndicatorRule> members,
      List<List<thbstat.indicators.table.IndicatorCell>> cellsOf, List<LinkedCells> links) {
    List<List<List<String>>> published =
        cellsOf.stream().map(cs -> cs.stream().map(thbstat.indicators.table.IndicatorCell::codes).toList()).toList();
    Pieces p = pieces(dims, members, published, links);
    CellSpace space = new CellSpace(dims, members, p.keysOf(), p.published(), p.twins(), p.sums());
    bound(space, p.keysOf(), p.within(), 0);
    unite(space, p.keysOf(), p.unions(), 0);
    List<int[]> numbers = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      numbers.add(space.cellsOf(m, published.get(m)));
    }
    int[][] complements = p.complements();
    int[] complementCells = new int[complements.length];
    for (int k = 0; k < complements.length; k++) {
      int m = complements[k][4];
      complementCells[k] = space.cellsOf(m, List.of(p.keysOf().get(m).get(complements[k][5])))[0];
    }
    int[][] sums = java.util.Arrays.copyOf(p.sums(), p.sums().length - complements.length);
    return new Joined(space, p.twins(), sums, complements, numbers, complementCells, p.within(), p.unions());
  }

  /**
   * Relates each union {member, cell, member, part, member, part, …} of {@code unions} (members
   * numbered from {@code offset} in the space): each part is at most the union, the union at most
   * their sum ({@code ge}).
   */
  static void unite(CellSpace space, List<List<List<String>>> keysOf, int[][] unions, int offset) {
    for (int[] u : unions) {
      int union = space.cellOf(u[0] + offset, keysOf.get(u[0] + offset).get(u[1]));
      List<Integer> parts = new ArrayList<>();
      for (int k = 2; k < u.length; k += 2) {
        parts.add(space.cellOf(u[k] + offset, keysOf.get(u[k] + offset).get(u[k + 1])));
      }
      space.relate(new Relation(RELATION, union, parts, "ge"));
    }
  }

  /**
   * For each cell of this indicator at a code of {@link #unions} whose every part has a cell in
   * {@code linkedTo}: {member, cell, member, part, …}.
   */
  private void unions(List<String> dims, List<IndicatorRule> members, List<List<List<String>>> keysOf,
      List<int[]> out) {
    List<String> ids = members.stream().map(IndicatorRule::indicator).toList();
    int a = ids.indexOf(indicator);
    int b = ids.indexOf(linkedTo);
    if (a < 0 || b < 0) {
      return;
    }
    Map<List<String>, Integer> idx = new HashMap<>();
    for (int j = 0; j < keysOf.get(b).size(); j++) {
      idx.put(keysOf.get(b).get(j), j);
    }
    for (int i = 0; i < keysOf.get(a).size(); i++) {
      List<String> key = keysOf.get(a).get(i);
      for (Map.Entry<String, List<String>> u : unions.entrySet()) {
        String[] code = u.getKey().split("=", 2);
        int pos = dims.indexOf(code[0]);
        if (pos < 0 || !key.get(pos).equals(code[1])) {
          continue;
        }
        int[] match = new int[2 + 2 * u.getValue().size()];
        match[0] = a;
        match[1] = i;
        boolean all = true;
        for (int k = 0; k < u.getValue().size() && all; k++) {
          Map<String, String> one = new HashMap<>(same);
          one.put(u.getKey(), u.getValue().get(k));
          List<String> at = new LinkedCells(indicator, linkedTo, null, where, one, false, Map.of())
              .partKey(dims, members.get(a), members.get(b), key);
          Integer j = at == null ? null : idx.get(at);
          all = j != null;
          match[2 + 2 * k] = b;
          match[3 + 2 * k] = all ? j : -1;
        }
        if (all) {
          out.add(match);
        }
      }
    }
  }

  /**
   * Relates each pair {member, cell, member, cell} of {@code within} (its members numbered from
   * {@code offset} in the space): the first cell is at most the second.
   */
  static void bound(CellSpace space, List<List<List<String>>> keysOf, int[][] within, int offset) {
    for (int[] w : within) {
      int part = space.cellOf(w[0] + offset, keysOf.get(w[0] + offset).get(w[1]));
      int total = space.cellOf(w[2] + offset, keysOf.get(w[2] + offset).get(w[3]));
      if (part != total) {
        space.relate(new Relation(RELATION, total, List.of(part), "none"));
      }
    }
  }

  /**
   * The complements of published subsets: where a subset indicator's published cell counts the
   * persons of a cell of the indicator it is linked to at a {@code where} code that no table of
   * that indicator publishes (child victims of a form of exploitation are its identified victims
   * under 18, and no table shows identified victims by form and age), while that indicator's cell
   * at {@code _T} there is published, the difference is a figure a reader can work out: the adults
   * and the unknown ages together. Each becomes an unpublished cell ({@code AGE=≠Y_LT18}) of the
   * linked-to indicator, added to {@code unpublished}, with the sum {total = subset + complement};
   * as an unknown of the LPs it is protected like a published cell.
   */
  static int[][] complements(List<String> dims, List<IndicatorRule> members, List<List<List<String>>> published,
      List<LinkedCells> links, List<List<List<String>>> unpublished) {
    List<String> ids = members.stream().map(IndicatorRule::indicator).toList();
    List<Map<List<String>, Integer>> indexOf = new ArrayList<>();
    for (List<List<String>> keys : published) {
      Map<List<String>, Integer> idx = new HashMap<>();
      for (int j = 0; j < keys.size(); j++) {
        idx.put(keys.get(j), j);
      }
      indexOf.add(idx);
    }
    List<int[]> out = new ArrayList<>();
    for (LinkedCells l : links) {
      int a = ids.indexOf(l.indicator());
      int b = ids.indexOf(l.linkedTo());
      if (l.plus() != null || l.within() || a < 0 || b < 0) {
        continue;
      }
      IndicatorRule mine = members.get(a);
      IndicatorRule part = members.get(b);
      for (int i = 0; i < published.get(a).size(); i++) {
        List<String> at = l.partKey(dims, mine, part, published.get(a).get(i));
        if (at == null) {
          continue; // no such cell
        }
        // A published twin's complement is known (identified men minus child men: the adult and
        // unknown-age men of T03), but as a cell it is the total the forms' complements are parts
        // of: each form's adults and unknown ages are at most it, and add up to at least it.
        List<String> total = new ArrayList<>(at);
        List<String> complement = new ArrayList<>(at);
        boolean subset = false;
        for (String d : part.dimensions()) {
          int pos = dims.indexOf(d);
          if (!mine.dimensions().contains(d) && pos >= 0 && !IndicatorTable.TOTAL.equals(at.get(pos))) {
            total.set(pos, IndicatorTable.TOTAL);
            complement.set(pos, NOT + at.get(pos));
            subset = true;
          }
        }
        Integer t = indexOf.get(b).get(total);
        if (!subset || t == null) {
          continue;
        }
        int c = unpublished.get(b).indexOf(complement);
        if (c < 0) {
          c = unpublished.get(b).size();
          unpublished.get(b).add(List.copyOf(complement));
        }
        out.add(new int[] {b, t, a, i, b, published.get(b).size() + c});
      }
    }
    return out.toArray(int[][]::new);
  }

  /**
   * The groups of indicators to protect together: each linked group in the order of its first
   * indicator in {@code rules}, every other indicator alone.
   */
  static List<List<String>> groups(Iterable<String> rules, List<LinkedCells> links) {
    Map<String, String> parent = new HashMap<>();
    for (LinkedCells l : links) {
      union(parent, l.indicator(), l.linkedTo());
      if (l.plus() != null) {
        union(parent, l.indicator(), l.plus());
      }
    }
    Map<String, List<String>> byRoot = new LinkedHashMap<>();
    for (String id : rules) {
      byRoot.computeIfAbsent(root(parent, id), k -> new ArrayList<>()).add(id);
    }
    return new ArrayList<>(byRoot.values());
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }

  /** The root of {@code x} in a union-find forest kept as child → parent (roots have no entry). */
  static <T> T root(Map<T, T> parent, T x) {
    T p = parent.get(x);
    while (p != null) {
      x = p;
      p = parent.get(x);
    }
    return x;
  }

  /**
   * The twin pairs {member, cell, member, cell} among the members' cells ({@code keysOf}, in the
   * order of {@code members}): the same figure in two indicators.
   */
  static int[][] twins(List<String> dims, List<IndicatorRule> members, List<List<List<String>>> keysOf,
      List<LinkedCells> links) {
    List<int[]> out = new ArrayList<>();
    for (LinkedCells l : links) {
      if (l.plus() == null && !l.within()) {
        l.matches(dims, members, keysOf, List.of(l.linkedTo()), out);
      }
    }
    return out.toArray(int[][]::new);
  }

  /**
   * The sums {member, cell, member, cell, member, cell}: the first cell counts the persons of the
   * other two, which count none in common.
   */
  static int[][] sums(List<String> dims, List<IndicatorRule> members, List<List<List<String>>> keysOf,
      List<LinkedCells> links) {
    List<int[]> out = new ArrayList<>();
    for (LinkedCells l : links) {
      if (l.plus() != null) {
        l.matches(dims, members, keysOf, List.of(l.linkedTo(), l.plus()), out);
      }
    }
    return out.toArray(int[][]::new);
  }

  /** For each cell of this indicator with a cell in every one of {@code parts}: {member, cell} of each. */
  private void matches(List<String> dims, List<IndicatorRule> members, List<List<List<String>>> keysOf,
      List<String> parts, List<int[]> out) {
    List<String> ids = members.stream().map(IndicatorRule::indicator).toList();
    int a = ids.indexOf(indicator);
    int[] b = parts.stream().mapToInt(ids::indexOf).toArray();
    if (a < 0 || java.util.Arrays.stream(b).anyMatch(x -> x < 0)) {
      return;
    }
    List<Map<List<String>, Integer>> indexOf = new ArrayList<>();
    for (int m : b) {
      Map<List<String>, Integer> idx = new HashMap<>();
      for (int j = 0; j < keysOf.get(m).size(); j++) {
        idx.put(keysOf.get(m).get(j), j);
      }
      indexOf.add(idx);
    }
    for (int i = 0; i < keysOf.get(a).size(); i++) {
      int[] match = new int[2 + 2 * b.length];
      match[0] = a;
      match[1] = i;
      boolean all = true;
      for (int k = 0; k < b.length && all; k++) {
        List<String> key = partKey(dims, members.get(a), members.get(b[k]), keysOf.get(a).get(i));
        Integer j = key == null ? null : indexOf.get(k).get(key);
        all = j != null;
        match[2 + 2 * k] = b[k];
        match[3 + 2 * k] = all ? j : -1;
      }
      if (all) {
        out.add(match);
      }
    }
  }
}
