package thbstat.indicators.catalogue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Population;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.model.Reference;
import thbstat.indicators.model.Source;
import thbstat.indicators.model.Target;
import thbstat.indicators.model.Text;

/**
 * Stage 1: the YAML node tree → model records. Checks the shape of each entry (keys, value
 * kinds, labels); cross-references are {@link CatalogueValidator}'s job. Remembers the node of
 * every record it builds so that later messages point at the right line.
 */
final class CatalogueParser {
  static final List<String> SECTIONS =
      List.of("version", "dimensions", "sources", "populations", "indicators", "tables", "alerts");
  static final List<String> FRAMEWORKS = List.of("GRETA", "AP23", "AP24", "EUROSTAT", "SDG", "GLOTIP", "NRM");
  static final List<String> TEXT_KEYS = List.of("en", "sr-Latn", "sr-Cyrl");
  /** Columns of the indicator table that are not dimensions (CONTRACT.md §3). */
  static final List<String> RESERVED_COLUMNS = List.of("STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION",
      "INDICATOR", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "CONF_STATUS");
  static final List<String> MEASURE_KINDS = List.of("distinct", "sum", "median", "share", "ratio", "rate");

  private final Problems problems;
  /** Record (by identity) → the node it came from. */
  final Map<Object, Node> where = new IdentityHashMap<>();
  /** Indicator id → its entry, for field-level messages. */
  final Map<String, YamlMap> indicatorEntries = new LinkedHashMap<>();
  final Map<String, YamlMap> tableEntries = new LinkedHashMap<>();
  final Map<String, YamlMap> dimensionEntries = new LinkedHashMap<>();
  final Map<String, YamlMap> sourceEntries = new LinkedHashMap<>();
  final Map<String, YamlMap> alertEntries = new LinkedHashMap<>();

  /** Conditions written with {@code has} (list membership), as opposed to {@code in}. */
  final Map<Condition, Boolean> hasForm = new IdentityHashMap<>();
  private final CountingRuleParser rules;

  CatalogueParser(Problems problems) {
    this.problems = problems;
    this.rules = new CountingRuleParser(problems, where, hasForm);
  }

  Catalogue parse(Node root) {
    YamlMap top = YamlMap.of(root, problems, "the catalogue")
        .keys(List.of("version", "dimensions", "sources", "indicators"), List.of("populations", "tables", "alerts"));
    String version = top.string("version");
    if (YamlMap.isNull(top.get("version")) || "".equals(version)) {
      problems.at(top.keyNode("version"), "the catalogue: 'version' is empty; give the catalogue's version, "
          + "e.g. version: \"1.1\"");
    }
    List<Dimension> dimensions = new ArrayList<>();
    each(top, "dimensions", (id, key, value) -> dimensions.add(dimension(id, key, value)));
    List<Source> sources = new ArrayList<>();
    each(top, "sources", (id, key, value) -> sources.add(source(id, key, value)));
    List<Population> populations = new ArrayList<>();
    each(top, "populations", (id, key, value) -> populations.add(population(id, key, value)));
    List<Indicator> indicators = new ArrayList<>();
    each(top, "indicators", (id, key, value) -> indicators.add(indicator(id, key, value)));
    List<PublicationTable> tables = new ArrayList<>();
    each(top, "tables", (id, key, value) -> tables.add(table(id, key, value)));
    List<AlertRule> alerts = new ArrayList<>();
    AlertRuleParser alertParser = new AlertRuleParser(problems, this);
    each(top, "alerts", (id, key, value) -> {
      AlertRule rule = alertParser.parse(id, key, value);
      if (rule != null) {
        alerts.add(rule);
      }
    });
    return new Catalogue(version == null ? "" : version, dimensions, sources, populations, indicators, tables,
        alerts);
  }

  private interface Entry {
    void accept(String id, Node key, Node value);
  }

  /** Each {@code id: {...}} entry of a section; duplicate ids are reported by {@link YamlMap}. */
  private void each(YamlMap top, String section, Entry entry) {
    YamlMap m = YamlMap.of(top.get(section), problems, section);
    for (NodeTuple t : m.entries().values()) {
      String id = ((ScalarNode) t.getKeyNode()).getValue();
      boolean lower = section.equals("sources");
      if (!id.matches(lower ? "[a-z][a-z0-9_]*" : "[A-Z][A-Z0-9_]*")) {
        problems.at(t.getKeyNode(), section + ": id '" + id + "' must be " + (lower ? "lower" : "upper")
            + "-case letters, digits and _");
      } else if (section.equals("dimensions") && RESERVED_COLUMNS.contains(id)) {
        problems.at(t.getKeyNode(), "dimensions: '" + id + "' is a fixed column of the indicator table; choose another id");
      }
      entry.accept(id, t.getKeyNode(), t.getValueNode());
    }
  }

  // ---- dimensions ---------------------------------------------------------------------------

  private Dimension dimension(String id, Node key, Node value) {
    YamlMap m = YamlMap.of(value, problems, "dimension " + id).ownedBy(key)
        .keys(List.of("label", "column", "codes"), List.of("multi"));
    dimensionEntries.put(id, m);
    Text label = text(m, "label");
    String column = m.string("column");
    Boolean multi = m.bool("multi");
    List<String> codes = new ArrayList<>();
    Map<String, String> map = new LinkedHashMap<>();
    List<Dimension.Band> bands = new ArrayList<>();
    Map<String, Text> codeLabels = new LinkedHashMap<>();
    Map<String, Text> codeNotes = new LinkedHashMap<>();
    String other = null;
    String missing = null;
    YamlMap codeMap = YamlMap.of(m.get("codes"), problems, "dimension " + id + ".codes");
    for (NodeTuple t : codeMap.entries().values()) {
      String code = ((ScalarNode) t.getKeyNode()).getValue();
      String what = "code " + id + "." + code;
      if (!code.matches("_?[A-Z0-9][A-Z0-9_]*")) {
        problems.at(t.getKeyNode(), what + ": a code is upper-case letters, digits and _");
      }
      if (code.equals("_T") || code.equals("_Z")) {
        problems.at(t.getKeyNode(), what + ": _T and _Z are added by the engine, do not declare them");
      }
      YamlMap c = YamlMap.of(t.getValueNode(), problems, what)
          .keys(List.of(), List.of("en", "sr-Latn", "sr-Cyrl", "from", "min", "max", "other", "missing", "note"));
      codes.add(code);
      codeLabels.put(code, textOf(c, what));
      if (c.has("note")) {
        codeNotes.put(code, textOf(YamlMap.of(c.get("note"), problems, what + ".note")
            .keys(List.of(), List.of("en", "sr-Latn", "sr-Cyrl")), what + ".note"));
      }
      for (String from : c.strings("from")) {
        String before = map.put(from, code);
        if (before != null) {
          problems.at(c.get("from"), what + ": value '" + from + "' is already mapped to " + before);
        }
      }
      if (c.has("min") || c.has("max")) {
        Integer min = c.smallInteger("min");
        Integer max = c.smallInteger("max");
        if (min != null && max != null && min > max) {
          problems.at(c.node(), what + ": min " + min + " is above max " + max);
        }
        Dimension.Band band = new Dimension.Band(code, min, max);
        for (Dimension.Band earlier : bands) {
          if (overlap(earlier, band)) {
            // the engine takes the first band that holds a value: its code would hang on the order of the codes
            problems.at(c.node(), what + ": band " + range(band) + " overlaps the band of " + earlier.code()
                + " (" + range(earlier) + "); a value has one code");
          }
        }
        bands.add(band);
      }
      if (Boolean.TRUE.equals(c.bool("other"))) {
        if (other != null) {
          problems.at(c.get("other"), what + ": only one code may be 'other' (" + other + " is)");
        }
        other = code;
      }
      if (Boolean.TRUE.equals(c.bool("missing"))) {
        if (missing != null) {
          problems.at(c.get("missing"), what + ": only one code may be 'missing' (" + missing + " is)");
        }
        missing = code;
      }
    }
    Dimension d = new Dimension(id, label, column == null ? "" : column, Boolean.TRUE.equals(multi), codes, map,
        bands, other, missing, codeLabels, codeNotes);
    where.put(d, key);
    return d;
  }

  /** Whether two bands hold a common value; an inverted band (min above max, reported) holds none. */
  private static boolean overlap(Dimension.Band a, Dimension.Band b) {
    long aMin = a.min() == null ? Long.MIN_VALUE : a.min();
    long aMax = a.max() == null ? Long.MAX_VALUE : a.max();
    long bMin = b.min() == null ? Long.MIN_VALUE : b.min();
    long bMax = b.max() == null ? Long.MAX_VALUE : b.max();
    return aMin <= aMax && bMin <= bMax && aMin <= bMax && bMin <= aMax;
  }

  private static String range(Dimension.Band b) {
    return (b.min() == null ? "" : b.min()) + ".." + (b.max() == null ? "" : b.max());
  }

  // ---- sources, populations -----------------------------------------------------------------

  private Source source(String id, Node key, Node value) {
    YamlMap m = YamlMap.of(value, problems, "source " + id).ownedBy(key).keys(List.of("table"),
        List.of("unpivot", "provider"));
    sourceEntries.put(id, m);
    Source.Unpivot unpivot = null;
    if (m.has("unpivot")) {
      YamlMap u = YamlMap.of(m.get("unpivot"), problems, "source " + id + ".unpivot")
          .keys(List.of("code_column", "value_column", "columns"), List.of());
      Map<String, String> columns = new LinkedHashMap<>();
      YamlMap cols = YamlMap.of(u.get("columns"), problems, "source " + id + ".unpivot.columns");
      for (String code : cols.keys()) {
        String col = cols.string(code);
        if (col != null) {
          columns.put(code, col);
        }
      }
      String code = u.string("code_column");
      String val = u.string("value_column");
      unpivot = new Source.Unpivot(code == null ? "" : code, val == null ? "" : val, columns);
    }
    String table = m.string("table");
    Source s = new Source(id, table == null ? "" : table, unpivot, m.has("provider") ? text(m, "provider") : null);
    where.put(s, key);
    return s;
  }

  private Population population(String id, Node key, Node value) {
    YamlMap m = YamlMap.of(value, problems, "population " + id).ownedBy(key)
        .keys(List.of("label", "source", "by_year"), List.of());
    Map<Integer, Long> byYear = new LinkedHashMap<>();
    YamlMap years = YamlMap.of(m.get("by_year"), problems, "population " + id + ".by_year");
    for (NodeTuple t : years.entries().values()) {
      String y = ((ScalarNode) t.getKeyNode()).getValue();
      Long persons = years.integer(y);
      Integer year = year(y, t.getKeyNode(), "population " + id);
      if (year != null && persons != null) {
        if (persons <= 0) {
          problems.at(t.getValueNode(), "population " + id + " " + y + ": must be above 0");
        }
        byYear.put(year, persons);
      }
    }
    Population p = new Population(id, text(m, "label"), m.string("source"), byYear);
    where.put(p, key);
    return p;
  }

  // ---- indicators ---------------------------------------------------------------------------

  private Indicator indicator(String id, Node key, Node value) {
    YamlMap m = YamlMap.of(value, problems, "indicator " + id).ownedBy(key).keys(
        List.of("label", "definition", "measure", "unit", "disclosure"),
        List.of("source", "filter", "date", "dimensions", "additive", "references", "target"));
    indicatorEntries.put(id, m);
    Measure measure = rules.measure(id, m);
    List<Condition> filter = rules.filter(m.get("filter"), "indicator " + id + ".filter");
    List<Reference> references = references(id, m);
    String unit = m.string("unit");
    Indicator i = new Indicator(id, text(m, "label"), text(m, "definition"), m.string("source"), measure, filter,
        m.string("date"), m.strings("dimensions"), m.strings("additive"), unit == null ? "" : unit, references,
        disclosure(id, m), target(id, m), key.getStartMark().getLine() + 1);
    where.put(i, key);
    return i;
  }

  /**
   * Each reference is "FRAMEWORK item", or {en: "FRAMEWORK item", sr-Latn: "FRAMEWORK stavka"} to
   * word it in Serbian too; the framework is the same in both.
   */
  private List<Reference> references(String id, YamlMap m) {
    List<Reference> out = new ArrayList<>();
    Node list = m.get("references");
    List<Node> entries = list instanceof SequenceNode seq ? seq.getValue()
        : list == null || YamlMap.isNull(list) ? List.of() : List.of(list);
    for (Node e : entries) {
      Text words = null;
      String r;
      if (e instanceof MappingNode) {
        words = textOf(YamlMap.of(e, problems, "indicator " + id + ".references").keys(List.of("en", "sr-Latn"),
            List.of("sr-Cyrl")), "indicator " + id + ".references");
        r = words.en().trim();
      } else if (e instanceof ScalarNode scalar) {
        r = scalar.getValue().trim();
      } else {
        problems.at(e, "indicator " + id + ".references: each element must be \"FRAMEWORK item\" or {en: .., sr-Latn: ..}");
        continue;
      }
      int space = r.indexOf(' ');
      String framework = space < 0 ? r : r.substring(0, space);
      String item = space < 0 ? "" : r.substring(space + 1).trim();
      if (FRAMEWORKS.contains(framework) && item.isEmpty()) {
        problems.at(e, "indicator " + id + ": reference '" + r + "' names no item; write 'FRAMEWORK item', e.g. '"
            + framework + " " + (framework.equals("SDG") ? "16.2.2" : "statistics") + "'");
      } else if (!FRAMEWORKS.contains(framework) || item.isEmpty()) {
        problems.at(e, "indicator " + id + ": reference '" + r
            + "' must be 'FRAMEWORK item' with FRAMEWORK one of " + String.join(", ", FRAMEWORKS)
            + Suggest.didYouMean(framework, FRAMEWORKS));
      } else if (words != null && !words.srLatn().startsWith(framework + " ")) {
        problems.at(e, "indicator " + id + ": reference '" + r + "': its sr-Latn text must start with the same "
            + "framework, '" + framework + " '");
      }
      out.add(new Reference(framework, item, words));
    }
    return out;
  }

  private Disclosure disclosure(String id, YamlMap indicator) {
    Node n = indicator.get("disclosure");
    if (n instanceof ScalarNode s && s.getValue().trim().equals("public")) {
      return Disclosure.PUBLIC;
    }
    if (n instanceof ScalarNode s && !YamlMap.isNull(n)) {
      problems.at(n, "indicator " + id + ".disclosure must be 'public' or {threshold: n, note: why}, not '"
          + s.getValue() + "'" + Suggest.didYouMean(s.getValue().trim(), List.of("public")));
      return Disclosure.PUBLIC;
    }
    YamlMap m = YamlMap.of(n, problems, "indicator " + id + ".disclosure")
        .keys(List.of("threshold", "note"), List.of("linked"));
    Integer threshold = m.smallInteger("threshold");
    if (threshold != null && threshold < 0) {
      problems.at(m.get("threshold"), "indicator " + id + ": disclosure threshold must be 0 or more, not " + threshold);
      threshold = 0;
    }
    String note = m.string("note");
    List<Disclosure.Link> linked = new ArrayList<>();
    if (m.has("linked")) {
      String what = "indicator " + id + ".disclosure.linked";
      Node ln = m.get("linked");
      List<Node> entries = ln instanceof org.yaml.snakeyaml.nodes.SequenceNode seq ? seq.getValue() : List.of(ln);
      for (Node e : entries) {
        YamlMap l = YamlMap.of(e, problems, what)
            .keys(List.of("indicator"), List.of("plus", "where", "same", "within"));
        String other = l.string("indicator");
        Boolean within = l.has("within") ? l.bool("within") : Boolean.FALSE;
        if (other != null) {
          linked.add(new Disclosure.Link(other, l.string("plus"), codes(l, "where", what), codes(l, "same", what),
              Boolean.TRUE.equals(within)));
        }
      }
    }
    return new Disclosure(threshold == null ? 0 : threshold, note == null ? "" : note, linked);
  }

  /** A map of plain strings under {@code key} (empty when absent). */
  private Map<String, String> codes(YamlMap m, String key, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    if (m.has(key)) {
      YamlMap w = YamlMap.of(m.get(key), problems, what + "." + key);
      for (String k : w.entries().keySet()) {
        String v = w.string(k);
        if (v != null) {
          out.put(k, v);
        }
      }
    }
    return out;
  }

  private Target target(String id, YamlMap indicator) {
    if (!indicator.has("target")) {
      return null;
    }
    String what = "indicator " + id + ".target";
    YamlMap m = YamlMap.of(indicator.get("target"), problems, what)
        .keys(List.of("baseline", "targets", "direction"), List.of("tolerance", "provisional"));
    YamlMap base = YamlMap.of(m.get("baseline"), problems, what + ".baseline").keys(List.of("year", "value"), List.of());
    Long baseYear = base.integer("year");
    Double baseValue = base.number("value");
    Integer by = baseYear == null ? null : year(baseYear.toString(), base.get("year"), what + ".baseline");
    Map<Integer, Double> targets = new LinkedHashMap<>();
    YamlMap ts = YamlMap.of(m.get("targets"), problems, what + ".targets");
    for (NodeTuple t : ts.entries().values()) {
      String y = ((ScalarNode) t.getKeyNode()).getValue();
      Integer year = year(y, t.getKeyNode(), what);
      Double v = ts.number(y);
      if (year != null && by != null && year <= by) {
        problems.at(t.getKeyNode(), what + ": target year " + year + " is not after the baseline year " + by);
      }
      if (year != null && v != null) {
        targets.put(year, v);
      }
    }
    if (m.has("targets") && targets.isEmpty()) {
      problems.at(m.get("targets"), what + ": give at least one 'YEAR: value' target");
    }
    String dir = m.string("direction");
    Target.Direction direction = Target.Direction.UP;
    if (dir != null && !dir.equals("up") && !dir.equals("down")) {
      problems.at(m.get("direction"), what + ".direction must be 'up' or 'down', not '" + dir + "'");
    } else if ("down".equals(dir)) {
      direction = Target.Direction.DOWN;
    }
    Double tolerance = m.number("tolerance");
    if (tolerance != null && (tolerance < 0 || tolerance >= 1)) {
      problems.at(m.get("tolerance"), what + ".tolerance is a fraction from 0 to below 1 (0.1 = 10%)");
    }
    return new Target(by == null ? 0 : by, baseValue == null ? 0 : baseValue, targets, direction,
        tolerance == null ? 0 : tolerance, Boolean.TRUE.equals(m.bool("provisional")));
  }

  private Integer year(String text, Node node, String what) {
    try {
      int y = Integer.parseInt(text);
      if (y < 2000 || y > 2100) {
        problems.at(node, what + ": year " + y + " is outside 2000..2100");
        return null;
      }
      return y;
    } catch (NumberFormatException e) {
      problems.at(node, what + ": '" + text + "' is not a year");
      return null;
    }
  }

  // ---- tables -------------------------------------------------------------------------------

  private PublicationTable table(String id, Node key, Node value) {
    YamlMap m = YamlMap.of(value, problems, "table " + id).ownedBy(key)
        .keys(List.of("title", "indicator", "rows"), List.of("columns"));
    tableEntries.put(id, m);
    PublicationTable t = new PublicationTable(id, text(m, "title"), nn(m.string("indicator")), m.strings("rows"),
        m.strings("columns"));
    where.put(t, key);
    return t;
  }

  // ---- texts --------------------------------------------------------------------------------

  Text text(YamlMap parent, String key) {
    Node n = parent.get(key);
    if (n instanceof ScalarNode s && !YamlMap.isNull(n)) {
      problems.at(n, parent.what() + "." + key + " must be {en: ..., sr-Latn: ...}, not the single text '"
          + s.getValue() + "'");
      return Text.of("", "");
    }
    return textOf(YamlMap.of(parent.get(key), problems, parent.what() + "." + key).keys(List.of(), TEXT_KEYS),
        parent.what() + "." + key, parent.has(key) ? null : parent);
  }

  private Text textOf(YamlMap m, String what) {
    return textOf(m, what, null);
  }

  /** en and sr-Latn are required; sr-Cyrl is derived when absent. */
  private Text textOf(YamlMap m, String what, YamlMap absentFrom) {
    if (absentFrom != null) {
      return Text.of("", "");
    }
    String en = m.string("en");
    String latn = m.string("sr-Latn");
    if (en == null || en.isEmpty()) {
      problems.at(m.node(), what + ": missing the English text 'en'");
    }
    if (latn == null || latn.isEmpty()) {
      problems.at(m.node(), what + ": missing the Serbian Latin text 'sr-Latn'");
    } else if (latn.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
      // the Latin edition would print it as it is, and the Cyrillic one is derived from it
      problems.at(m.at("sr-Latn"), what + ": the sr-Latn text has Cyrillic letters; write it in Latin letters");
    }
    return new Text(en == null ? "" : en, latn == null ? "" : latn, m.string("sr-Cyrl"));
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
