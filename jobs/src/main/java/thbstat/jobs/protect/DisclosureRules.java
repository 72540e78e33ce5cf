package thbstat.jobs.protect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.PublicationTable;

/** The disclosure rules of a catalogue's published indicators, and their manifest form. */
public final class DisclosureRules {
  static final String METHOD = "primary: threshold rule per indicator; secondary: hypercube (cheapest rectangle"
      + " per primary cell in each 2-D view), then every additive relation with a suppressed cell gets a second"
      + " one (a third when the two are both primary: singleton rule), then LP audit (min and max of each"
      + " suppressed cell) adding the next cheapest cell until every primary interval reaches 0 and the"
      + " threshold; unneeded complements released; linked tables of an indicator protected together, and with them the"
      + " tables of indicators that count the same persons (linked), where the difference between a published cell and"
      + " a published subset of it (identified minus child victims) is an unknown protected like a primary cell;"
      + " a ratio or rate"
      + " cell is suppressed (D) where a cell it is computed from is suppressed";

  private DisclosureRules() {}

  /**
   * Rules of every indicator that has at least one publication table, and of every other one
   * linked with one of those ({@code disclosure.linked}, either way: its cells are then unknowns of
   * their protection, {@link IndicatorRule#hidden}), in catalogue order.
   */
  public static Map<String, IndicatorRule> of(Catalogue catalogue) {
    Map<String, Dimension> dims = catalogue.dimensionsById();
    java.util.Set<String> published = new java.util.HashSet<>();
    catalogue.tables().forEach(t -> published.add(t.indicator()));
    java.util.Set<String> linkedToPublished = new java.util.HashSet<>();
    for (Indicator ind : catalogue.indicators()) {
      for (thbstat.indicators.model.Disclosure.Link l : ind.disclosure().linked()) {
        List<String> named = l.plus() == null ? List.of(l.indicator()) : List.of(l.indicator(), l.plus());
        if (published.contains(ind.id())) {
          linkedToPublished.addAll(named);
        } else if (named.stream().anyMatch(published::contains)) {
          linkedToPublished.add(ind.id());
        }
      }
    }
    Map<String, IndicatorRule> out = new LinkedHashMap<>();
    for (Indicator ind : catalogue.indicators()) {
      List<PublicationTable> tables =
          catalogue.tables().stream().filter(t -> t.indicator().equals(ind.id())).toList();
      if (tables.isEmpty() && !linkedToPublished.contains(ind.id())) {
        continue;
      }
      Map<String, List<String>> codes = new LinkedHashMap<>();
      List<String> multi = new java.util.ArrayList<>();
      for (String d : ind.dimensions()) {
        Dimension dim = dims.get(d);
        codes.put(d, dim == null ? List.of() : dim.codes());
        if (dim == null || dim.multi() || !ind.additive().contains(d)) {
          multi.add(d);
        }
      }
      Map<String, List<List<String>>> t = new LinkedHashMap<>();
      tables.forEach(pt -> t.put(pt.id(), List.of(pt.rows(), pt.columns())));
      List<String> additive = ind.dimensions().stream().filter(d -> !multi.contains(d)).toList();
      Map<String, String> sums = new LinkedHashMap<>();
      ind.dimensions().forEach(d -> sums.put(d, multi.contains(d) ? "ge" : "eq"));
      int threshold = ind.disclosure().threshold();
      String kind = kindOf(ind);
      // a primary count must be able to be 0 and the threshold; a primary sum (RSD) must be able to be 0
      double reachUpper = kind.equals(IndicatorRule.SUM) ? 0 : threshold;
      out.put(ind.id(), new IndicatorRule(ind.id(), kind, threshold, ind.unit(), ind.dimensions(),
          additive, multi, sums, codes, t, basedOn(ind), true, reachUpper));
    }
    return out;
  }

  private static List<String> basedOn(Indicator ind) {
    if (ind.measure() instanceof Measure.Ratio r) {
      return List.of(r.numerator(), r.denominator());
    }
    if (ind.measure() instanceof Measure.Rate r) {
      return List.of(r.indicator());
    }
    return List.of();
  }

  static String kindOf(Indicator ind) {
    Measure m = ind.measure();
    if (m instanceof Measure.DistinctCount || m instanceof Measure.RecordCount) {
      return IndicatorRule.COUNT;
    }
    if (m instanceof Measure.Sum) {
      return List.of("PS", "CASES", "EVENTS").contains(ind.unit()) ? IndicatorRule.COUNT : IndicatorRule.SUM;
    }
    return IndicatorRule.VALUE;
  }

  /**
   * {@code byIndicator} (a period's public cells by indicator) with the cells of each hidden
   * indicator of {@code rules} ({@link IndicatorRule#hidden}) added after them, every one unknown:
   * a reader knows they exist and how they relate, not their values.
   */
  static Map<String, List<thbstat.indicators.table.IndicatorCell>> withHidden(
      Map<String, List<thbstat.indicators.table.IndicatorCell>> byIndicator, Map<String, IndicatorRule> rules,
      List<String> dims, String period) {
    Map<String, List<thbstat.indicators.table.IndicatorCell>> out = new LinkedHashMap<>(byIndicator);
    rules.forEach((id, r) -> {
      if (r.hidden() && !out.containsKey(id)) {
        List<thbstat.indicators.table.IndicatorCell> cells = new java.util.ArrayList<>();
        for (List<String> k : r.allKeys(dims)) {
          cells.add(new thbstat.indicators.table.IndicatorCell(id, period, k, null, r.unit(), "D", 0));
        }
        cells.sort(thbstat.indicators.table.IndicatorTable.ORDER);
        out.put(id, cells);
      }
    });
    return out;
  }

  /** The manifest's {@code disclosure} entry: plain maps, lists, strings and numbers. */
  public static Map<String, Object> toManifest(Map<String, IndicatorRule> rules) {
    return toManifest(rules, List.of());
  }

  static Map<String, Object> toManifest(Map<String, IndicatorRule> rules, List<LinkedCells> links) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", METHOD);
    m.put("primary", "count: 0 < value < threshold is C; sum, median, share, ratio, rate: fewer persons than"
        + " the threshold behind it is C; zeros are published; threshold ≤ 1: public");
    Map<String, Object> ind = new LinkedHashMap<>();
    rules.forEach((id, r) -> ind.put(id, r.toMap()));
    m.put("indicators", ind);
    if (!links.isEmpty()) {
      m.put("linked", links.stream().map(LinkedCells::toMap).toList());
    }
    m.put("weakened", List.of());
    return m;
  }

  /** The manifest's links between indicators that count the same persons ({@link LinkedCells}). */
  @SuppressWarnings("unchecked")
  static List<LinkedCells> linksFromManifest(Map<String, Object> manifest) {
    Object l = manifest == null ? null : manifest.get("linked");
    if (!(l instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(x -> LinkedCells.fromMap((Map<String, Object>) x)).toList();
  }

  /** Reads the manifest's {@code disclosure} entry back. */
  @SuppressWarnings("unchecked")
  public static Map<String, IndicatorRule> fromManifest(Map<String, Object> manifest) {
    Map<String, IndicatorRule> out = new LinkedHashMap<>();
    Object ind = manifest == null ? null : manifest.get("indicators");
    if (!(ind instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("disclosure rules have no 'indicators' entry");
    }
    ((Map<String, Object>) ind).forEach((id, r) -> out.put(id, IndicatorRule.fromMap(id, (Map<String, Object>) r)));
    return out;
  }
}
