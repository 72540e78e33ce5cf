package thbstat.jobs.protect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The disclosure rule of one indicator, as recorded in {@code manifest.json} so that the audit
 * works from the files alone.
 *
 * @param indicator INDICATOR code
 * @param kind {@code count} (value-based threshold, additive relations), {@code sum} (threshold on
 *     the persons behind the value, additive relations) or {@code value} (median, share, ratio,
 *     rate: threshold on the persons behind it, no relations between cells)
 * @param threshold a value (count) or a number of persons (others) below this and above 0 is
 *     primary confidential; ≤ 1 means public
 * @param unit UNIT_MEASURE
 * @param dimensions the indicator's dimensions
 * @param additive dimensions along which the codes sum to {@code _T}
 * @param multi dimensions along which a unit may hold several codes: each code ≤ {@code _T},
 *     their sum ≥ {@code _T} (every dimension not additive is treated this way)
 * @param sums per dimension, what the sum of the codes is to {@code _T} in the published cells:
 *     {@code eq} (additive), {@code ge} (multi-valued), {@code le} (some units have no listed
 *     code) or {@code none}; each code ≤ {@code _T} always holds. Declared by the catalogue,
 *     weakened to what the period's true values satisfy ({@link #SUMS})
 * @param codes every code of each dimension (without {@code _T})
 * @param tables publication table id → its row and column dimensions
 * @param basedOn for a ratio or rate, the indicators it is computed from: a cell of theirs that is
 *     suppressed must not be given away by this one
 * @param reachZero whether a primary cell's interval must reach down to 0
 * @param reachUpper the value a primary cell's interval must reach up to (the threshold by default)
 */
public record IndicatorRule(String indicator, String kind, int threshold, String unit, List<String> dimensions,
    List<String> additive, List<String> multi, Map<String, String> sums, Map<String, List<String>> codes,
    Map<String, List<List<String>>> tables, List<String> basedOn, boolean reachZero, double reachUpper) {

  public static final String COUNT = "count";
  public static final String SUM = "sum";
  public static final String VALUE = "value";
  /** The relations of a dimension's codes to its total, strongest first. */
  public static final List<String> SUMS = List.of("eq", "ge", "le", "none");

  public IndicatorRule {
    Objects.requireNonNull(indicator);
    if (!List.of(COUNT, SUM, VALUE).contains(kind)) {
      throw new IllegalArgumentException(indicator + ": unknown kind " + kind);
    }
    dimensions = List.copyOf(dimensions);
    additive = List.copyOf(additive);
    multi = List.copyOf(multi);
    sums = Map.copyOf(sums);
    for (String v : sums.values()) {
      if (!SUMS.contains(v)) {
        throw new IllegalArgumentException(indicator + ": unknown relation " + v);
      }
    }
    codes = Map.copyOf(codes);
    tables = Map.copyOf(tables);
    basedOn = List.copyOf(basedOn);
  }

  /** Whether primary suppression applies at all. */
  public boolean protects() {
    return threshold > 1;
  }

  /**
   * Whether no table publishes the indicator: its cells take part in the protection of the
   * indicators it is linked with as unknowns, like the complements of published subsets
   * ({@link LinkedCells}), and are never published.
   */
  public boolean hidden() {
    return tables.isEmpty();
  }

  /**
   * Every cell of the indicator in codes of {@code outputDims}: each code and {@code _T} of its
   * dimensions, {@code _Z} in the others.
   */
  List<List<String>> allKeys(List<String> outputDims) {
    return keys(outputDims, d -> {
      if (!dimensions.contains(d)) {
        return List.of(thbstat.indicators.table.IndicatorTable.NOT_APPLICABLE);
      }
      List<String> here = new ArrayList<>(codes.getOrDefault(d, List.of()));
      here.add(thbstat.indicators.table.IndicatorTable.TOTAL);
      return here;
    });
  }

  /** Every combination of {@code codesOf} each of {@code dims}, in their order: the cells' keys. */
  static List<List<String>> keys(List<String> dims, java.util.function.Function<String, List<String>> codesOf) {
    List<List<String>> keys = new ArrayList<>();
    keys.add(List.of());
    for (String d : dims) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> k : keys) {
        for (String c : codesOf.apply(d)) {
          List<String> n = new ArrayList<>(k);
          n.add(c);
          next.add(n);
        }
      }
      keys = next;
    }
    return keys.stream().map(List::copyOf).toList();
  }

  /** Whether cells of this indicator are bound by additive / part-of relations. */
  public boolean related() {
    return !kind.equals(VALUE);
  }

  /** What Σ codes is to {@code _T} along the dimension: eq, ge, le or none. */
  public String sum(String dimension) {
    return sums.getOrDefault(dimension, additive.contains(dimension) && !multi.contains(dimension) ? "eq" : "ge");
  }

  public IndicatorRule withSums(Map<String, String> newSums) {
    return new IndicatorRule(indicator, kind, threshold, unit, dimensions, additive, multi, newSums, codes, tables,
        basedOn, reachZero, reachUpper);
  }

  /** Plain maps, lists, strings and numbers, for JSON. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("threshold", threshold);
    m.put("unit", unit);
    m.put("dimensions", dimensions);
    m.put("additive", additive);
    m.put("multi", multi);
    Map<String, Object> sm = new LinkedHashMap<>();
    dimensions.forEach(d -> sm.put(d, sum(d)));
    m.put("sums", sm);
    Map<String, Object> c = new LinkedHashMap<>();
    dimensions.forEach(d -> c.put(d, codes.getOrDefault(d, List.of())));
    m.put("codes", c);
    Map<String, Object> t = new LinkedHashMap<>();
    tables.keySet().stream().sorted().forEach(id -> {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("rows", tables.get(id).get(0));
      tm.put("columns", tables.get(id).get(1));
      t.put(id, tm);
    });
    m.put("tables", t);
    m.put("based_on", basedOn);
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("reach_zero", reachZero);
    audit.put("reach_upper", reachUpper);
    m.put("audit", audit);
    return m;
  }

  /** Reads what {@link #toMap} wrote (after a JSON round trip: numbers may be any Number). */
  @SuppressWarnings("unchecked")
  public static IndicatorRule fromMap(String indicator, Map<String, Object> m) {
    int threshold = ((Number) m.getOrDefault("threshold", 0)).intValue();
    Map<String, List<String>> codes = new LinkedHashMap<>();
    ((Map<String, Object>) m.getOrDefault("codes", Map.of()))
        .forEach((k, v) -> codes.put(k, strings(v)));
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    ((Map<String, Object>) m.getOrDefault("tables", Map.of())).forEach((k, v) -> {
      Map<String, Object> tm = (Map<String, Object>) v;
      tables.put(k, List.of(strings(tm.get("rows")), strings(tm.get("columns"))));
    });
    Map<String, String> sums = new LinkedHashMap<>();
    ((Map<String, Object>) m.getOrDefault("sums", Map.of())).forEach((k, v) -> sums.put(k, String.valueOf(v)));
    Map<String, Object> audit = (Map<String, Object>) m.getOrDefault("audit", Map.of());
    boolean reachZero = (Boolean) audit.getOrDefault("reach_zero", Boolean.TRUE);
    double reachUpper = ((Number) audit.getOrDefault("reach_upper", threshold)).doubleValue();
    return new IndicatorRule(indicator, (String) m.getOrDefault("kind", COUNT), threshold,
        (String) m.getOrDefault("unit", ""), strings(m.get("dimensions")), strings(m.get("additive")),
        strings(m.get("multi")), sums, codes, tables, strings(m.get("based_on")), reachZero, reachUpper);
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }
}
