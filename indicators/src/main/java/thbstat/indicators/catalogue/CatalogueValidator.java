package thbstat.indicators.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.model.Source;

/**
 * Stage 2: cross-references and meaning. Every column an indicator names exists in its source's
 * contract table with a fitting type, every id it names exists, derived indicators form no
 * cycle, and the contract's dimensions keep the contract's codes.
 */
final class CatalogueValidator {
  static final List<String> UNITS =
      List.of("PS", "CASES", "EVENTS", "DAYS", "MONTHS", "HOURS", "PC", "RSD", "RATE_100K", "RATIO");

  /** Column types a dimension cannot code (see {@link #dimension}). */
  private static final List<ColumnType> UNCODABLE = List.of(ColumnType.ID, ColumnType.DATE, ColumnType.DECIMAL);

  private final Catalogue catalogue;
  private final CatalogueParser parsed;
  private final Problems problems;
  private final Map<String, SourceColumns> sourceColumns = new LinkedHashMap<>();
  private final ColumnChecks columns;

  CatalogueValidator(Catalogue catalogue, CatalogueParser parsed, Problems problems) {
    this.catalogue = catalogue;
    this.parsed = parsed;
    this.problems = problems;
    this.columns = new ColumnChecks(problems, parsed.where, parsed.hasForm);
  }

  void validate() {
    catalogue.sources().forEach(this::source);
    catalogue.dimensions().forEach(this::dimension);
    catalogue.indicators().forEach(this::indicator);
    cycles();
    catalogue.tables().forEach(this::table);
    new AlertRuleValidator(catalogue, parsed, problems).validate();
  }

  // ---- sources ------------------------------------------------------------------------------

  private void source(Source s) {
    YamlMap m = parsed.sourceEntries.get(s.id());
    Optional<ExtractTable> table = Extract.table(s.table());
    if (table.isEmpty()) {
      if (!s.table().isEmpty()) {
        problems.at(m.at("table"), "source " + s.id() + ": no input table '" + s.table() + "'"
            + hint(s.table(), Extract.TABLES.stream().map(ExtractTable::name).toList()));
      }
      return;
    }
    if (s.unpivot() != null) {
      Node at = m.at("unpivot");
      for (String col : s.unpivot().columns().values()) {
        Optional<ExtractColumn> c = table.get().column(col);
        if (c.isEmpty()) {
          problems.at(at, "source " + s.id() + ": unpivot column '" + col + "' is not in " + s.table()
              + hint(col, table.get().columnNames()));
        } else if (!SourceColumns.numeric(c.get())) {
          problems.at(at, "source " + s.id() + ": unpivot column '" + col + "' is not numeric");
        }
      }
      for (String made : List.of(s.unpivot().codeColumn(), s.unpivot().valueColumn())) {
        if (table.get().column(made).isPresent()) {
          problems.at(at, "source " + s.id() + ": unpivot column name '" + made + "' hides the column of "
              + s.table() + "; choose another name");
        }
      }
    }
    SourceColumns.of(s).ifPresent(c -> sourceColumns.put(s.id(), c));
  }

  // ---- dimensions ---------------------------------------------------------------------------

  private void dimension(Dimension d) {
    Node at = parsed.where.get(d);
    YamlMap m = parsed.dimensionEntries.get(d.id());
    if (d.codes().isEmpty()) {
      problems.at(m.at("codes"), "dimension " + d.id() + ": declare its codes");
    }
    List<ExtractColumn> inputs = sourceColumns.values().stream()
        .flatMap(s -> s.column(d.column()).stream()).toList();
    if (inputs.isEmpty()) {
      if (!d.column().isEmpty()) {
        problems.at(m.at("column"), "dimension " + d.id() + ": column '" + d.column() + "' is in no source"
            + hint(d.column(), allColumns()));
      }
      return;
    }
    boolean list = inputs.stream().anyMatch(c -> c.type() == ColumnType.LIST);
    if (list && !d.multi()) {
      problems.at(m.at("column"), "dimension " + d.id() + ": column '" + d.column()
          + "' is a list; declare 'multi: true'");
    }
    if (!list && d.multi()) {
      problems.at(m.at("multi"), "dimension " + d.id() + ": column '" + d.column() + "' holds one value; multi must be false");
    }
    if (!d.bands().isEmpty() && inputs.stream().noneMatch(c -> c.type() == ColumnType.INTEGER)) {
      problems.at(m.at("codes"), "dimension " + d.id() + ": min/max bands need an integer column");
    }
    Optional<ExtractColumn> uncodable = inputs.stream().filter(c -> UNCODABLE.contains(c.type())).findFirst();
    if (uncodable.isPresent()) {
      // the engine cannot code a date, and an id or amount would publish one undeclared code per value
      problems.at(m.at("column"), "dimension " + d.id() + ": column '" + d.column() + "' is of type "
          + ColumnChecks.name(uncodable.get().type()) + "; a dimension reads codes, a list, a country, "
          + "true/false or a whole number");
      return;
    }
    if (ContractDimensions.isContract(d.id())) {
      ContractDimensions.check(d, problems, at);
      return;
    }
    for (ExtractColumn c : inputs) {
      Set<String> values = new HashSet<>(c.codes());
      for (Map.Entry<String, String> e : d.map().entrySet()) {
        boolean known = c.isCountry() ? Codes.isCountry(e.getKey()) : c.codes().isEmpty() || values.contains(e.getKey());
        if (!known) {
          problems.at(m.at("codes"), "dimension " + d.id() + ": '" + e.getKey() + "' is not a value of column "
              + d.column() + hint(e.getKey(), c.codes()));
        }
      }
      for (String v : c.codes()) {
        String code = d.codeOf(v);
        if (!d.codes().contains(code)) {
          problems.at(m.at("codes"), "dimension " + d.id() + ": value '" + v + "' of column " + d.column()
              + " gets code '" + code + "', which is not among its codes");
        }
      }
      // Values without a list of codes: the first one left without a declared code, if any
      List<String> others = c.isCountry() ? List.copyOf(new TreeSet<>(Codes.countries()))
          : c.type() == ColumnType.BOOLEAN ? List.of("true", "false")
          : c.type() == ColumnType.INTEGER ? wholeNumbersToTry(d, c) : List.of();
      others.stream().filter(v -> !d.codes().contains(d.codeOf(v))).findFirst().ifPresent(v ->
          problems.at(m.at("codes"), "dimension " + d.id() + ": value '" + v + "' of column " + d.column()
              + " gets code '" + d.codeOf(v) + "', which is not among its codes; "
              + (c.type() == ColumnType.INTEGER ? "cover it with a min/max band" : "list it in a 'from'")
              + " or declare an 'other: true' code"));
    }
  }

  /**
   * The whole numbers a column may hold at which a band may start or end: a value's code changes
   * only there, so these are enough to find a gap between bands or past the last one.
   */
  private static List<String> wholeNumbersToTry(Dimension d, ExtractColumn c) {
    long min = c.min() == null ? Integer.MIN_VALUE : (long) Math.ceil(c.min());
    long max = c.max() == null ? Integer.MAX_VALUE : (long) Math.floor(c.max());
    TreeSet<Long> edges = new TreeSet<>(List.of(min, max));
    for (Dimension.Band b : d.bands()) {
      if (b.min() != null) {
        edges.addAll(List.of(b.min() - 1L, (long) b.min()));
      }
      if (b.max() != null) {
        edges.addAll(List.of((long) b.max(), b.max() + 1L));
      }
    }
    return edges.subSet(min, true, max, true).stream().map(Object::toString).toList();
  }

  private List<String> allColumns() {
    return sourceColumns.values().stream().flatMap(s -> s.columns().keySet().stream()).distinct().toList();
  }

  // ---- indicators ---------------------------------------------------------------------------

  private void indicator(Indicator i) {
    YamlMap m = parsed.indicatorEntries.get(i.id());
    String what = "indicator " + i.id();
    if (!i.unit().isEmpty() && !UNITS.contains(i.unit())) {
      problems.at(m.at("unit"), what + ": unit '" + i.unit() + "' is not a UNIT_MEASURE code (" + String.join(" ", UNITS)
          + ")" + Suggest.didYouMean(i.unit(), UNITS));
    }
    unitFitsMeasure(i, m);
    List<String> seen = new ArrayList<>();
    for (String dim : i.dimensions()) {
      if (seen.contains(dim)) {
        problems.at(element(m, "dimensions", dim), what + ": dimension " + dim + " is listed twice");
      }
      seen.add(dim);
      if (catalogue.dimension(dim).isEmpty()) {
        problems.at(element(m, "dimensions", dim), what + ": no dimension '" + dim + "'"
            + hint(dim, catalogue.dimensions().stream().map(Dimension::id).toList()));
      }
    }
    for (String dim : i.additive()) {
      Node at = element(m, "additive", dim);
      if (!i.dimensions().contains(dim)) {
        problems.at(at, what + ": additive dimension " + dim + " is not among its dimensions");
      } else if (catalogue.dimension(dim).map(Dimension::multi).orElse(false)) {
        problems.at(at, what + ": dimension " + dim + " is multi-valued (a person may hold several codes), "
            + "so it cannot be additive");
      }
    }
    if (i.measure().derived()) {
      derived(i, m);
    } else {
      recordBased(i, m);
    }
    for (thbstat.indicators.model.Disclosure.Link link : i.disclosure().linked()) {
      linked(i, link, m.at("disclosure"));
    }
  }

  /**
   * A link names other counted indicators with the same threshold and unit, and codes their
   * dimensions have.
   */
  private void linked(Indicator i, thbstat.indicators.model.Disclosure.Link link, Node at) {
    String what = "indicator " + i.id() + ": disclosure.linked";
    List<Indicator> others = new ArrayList<>();
    for (String id : link.plus() == null ? List.of(link.indicator()) : List.of(link.indicator(), link.plus())) {
      Optional<Indicator> found = catalogue.indicator(id);
      if (id.equals(i.id())) {
        problems.at(at, what + ": " + id + " is this indicator; name the other indicator whose cells it repeats");
        return;
      }
      if (found.isEmpty()) {
        problems.at(at, what + ": no other indicator '" + id + "'"
            + hint(id, catalogue.indicators().stream().map(Indicator::id).toList()));
        return;
      }
      others.add(found.get());
    }
    for (Indicator other : others) {
      if (!linkable(i) || !linkable(other)) {
        problems.at(at, what + ": only counts and sums can be linked (a cell of one is a cell of the other)");
      }
      if (other.disclosure().threshold() != i.disclosure().threshold() || !other.unit().equals(i.unit())) {
        problems.at(at, what + ": " + other.id() + " must have the same unit and disclosure threshold ("
            + other.unit() + ", " + other.disclosure().threshold() + " against " + i.unit() + ", "
            + i.disclosure().threshold() + ")");
      }
    }
    link.where().forEach((dim, code) -> {
      boolean mine = i.dimensions().contains(dim);
      boolean theirs = others.stream().anyMatch(o -> o.dimensions().contains(dim));
      if (mine && theirs) {
        problems.at(at, what + ": where " + dim + ": name a dimension of only one side (a shared dimension has the"
            + " same code in both)");
      } else if (!mine && !theirs) {
        problems.at(at, what + ": where " + dim + ": no such dimension in " + i.id() + " or " + link.indicator());
      } else {
        checkCode(at, what + ": where " + dim, dim, code);
      }
    });
    link.same().forEach((mine, theirs) -> {
      String[] a = mine.split("=", 2);
      String[] b = theirs.split("=", 2);
      if (a.length == 1 && b.length == 1) {
        grouping(i, others, at, what, mine, theirs);
      } else if (a.length != 2 || b.length != 2 || !i.dimensions().contains(a[0])
          || !others.stream().allMatch(o -> o.dimensions().contains(b[0]))) {
        problems.at(at, what + ": same " + mine + ": give 'DIM=CODE: DIM=CODE', a dimension of " + i.id()
            + " and one of " + others.stream().map(Indicator::id).collect(java.util.stream.Collectors.joining(" and ")));
      } else {
        checkCode(at, what + ": same " + mine, a[0], a[1]);
        checkCode(at, what + ": same " + mine, b[0], b[1]);
      }
    });
  }

  /**
   * {@code same: {DIM: DIM2}}: each code of this indicator's DIM is a group of the others' DIM2
   * codes (EXPLOITATION_GROUP of EXPLOITATION): both dimensions of one column.
   */
  private void grouping(Indicator i, List<Indicator> others, Node at, String what, String mine, String theirs) {
    Optional<Dimension> coarse = catalogue.dimension(mine);
    Optional<Dimension> fine = catalogue.dimension(theirs);
    if (!i.dimensions().contains(mine) || !others.stream().allMatch(o -> o.dimensions().contains(theirs))
        || coarse.isEmpty() || fine.isEmpty()) {
      problems.at(at, what + ": same " + mine + ": give 'DIM: DIM2', a dimension of " + i.id() + " whose codes group"
          + " the codes of DIM2, a dimension of " + others.stream().map(Indicator::id)
          .collect(java.util.stream.Collectors.joining(" and ")) + " (or 'DIM=CODE: DIM2=CODE')");
      return;
    }
    try {
      coarse.get().groupsOf(fine.get());
    } catch (IllegalArgumentException e) {
      problems.at(at, what + ": same " + mine + ": " + theirs + ": " + e.getMessage());
    }
  }

  private static boolean linkable(Indicator i) {
    return !i.measure().derived() && !(i.measure() instanceof Measure.Median) && !(i.measure() instanceof Measure.Share);
  }

  private void checkCode(Node at, String what, String dim, String code) {
    List<String> codes = catalogue.dimension(dim).map(Dimension::codes).orElse(List.of());
    if (!code.equals("_T") && !codes.contains(code)) {
      problems.at(at, what + ": no code '" + code + "' (one of " + String.join(" ", codes) + " or _T)"
          + Suggest.didYouMean(code, codes));
    }
  }

  private void unitFitsMeasure(Indicator i, YamlMap m) {
    String want = i.measure() instanceof Measure.Share ? "PC"
        : i.measure() instanceof Measure.Rate ? "RATE_100K" : null;
    if (want != null && !i.unit().isEmpty() && !want.equals(i.unit())) {
      problems.at(m.at("unit"), "indicator " + i.id() + ": a " + kind(i.measure()) + " has unit " + want);
    }
    if (i.measure() instanceof Measure.Ratio && !i.unit().isEmpty() && !List.of("RATIO", "PC").contains(i.unit())) {
      problems.at(m.at("unit"), "indicator " + i.id() + ": a ratio has unit RATIO (or PC with scale 100)");
    }
  }

  private static String kind(Measure measure) {
    return measure.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  private void recordBased(Indicator i, YamlMap m) {
    String what = "indicator " + i.id();
    if (i.source() == null) {
      problems.at(m.owner(), what + ": missing key 'source'");
      return;
    }
    if (i.date() == null) {
      problems.at(m.owner(), what + ": missing key 'date' (the date column that places a record in a period)");
    }
    Optional<Source> source = catalogue.source(i.source());
    if (source.isEmpty()) {
      problems.at(m.at("source"), what + ": no source '" + i.source() + "'"
          + hint(i.source(), catalogue.sources().stream().map(Source::id).toList()));
      return;
    }
    SourceColumns cols = sourceColumns.get(i.source());
    if (cols == null) {
      return;
    }
    if (i.date() != null) {
      columns.column(cols, i.date(), m.at("date"), what + ".date").ifPresent(c -> {
        if (c.type() != ColumnType.DATE) {
          problems.at(m.at("date"), what + ": date column '" + i.date() + "' is a " + ColumnChecks.name(c.type())
              + " column, not a date");
        }
      });
    }
    for (Condition c : i.filter()) {
      columns.condition(cols, c, what + ".filter");
    }
    Node mAt = parsed.where.getOrDefault(i.measure(), m.at("measure"));
    Measure measure = i.measure();
    if (measure instanceof Measure.DistinctCount d) {
        columns.column(cols, d.key(), mAt, what + ".measure");
        ExtractTable table = Extract.table(source.get().table()).orElseThrow();
        boolean unique = table.key().equals(List.of(d.key())) && source.get().unpivot() == null;
        if (!unique) {
          for (String dim : i.additive()) {
            problems.at(element(m, "additive", dim), what + ": " + d.key() + " may have several "
                + source.get().table() + " rows with different codes, so " + dim + " cannot be additive");
          }
        }
    } else if (measure instanceof Measure.Sum s) {
      columns.numericValue(cols, s.value(), what + ".measure.sum", mAt);
    } else if (measure instanceof Measure.Median md) {
        columns.numericValue(cols, md.value(), what + ".measure.median", mAt);
        if (md.key() != null) {
          columns.column(cols, md.key(), mAt, what + ".measure.key");
        }
        notAdditive(i, m, "a median");
    } else if (measure instanceof Measure.Share sh) {
        columns.column(cols, sh.key(), mAt, what + ".measure.share");
        sh.numerator().forEach(c -> columns.condition(cols, c, what + ".measure.numerator"));
        if (sh.numerator().isEmpty()) {
          problems.at(mAt, what + ": a share needs a numerator condition");
        }
        notAdditive(i, m, "a share");
    }
    for (String dim : i.dimensions()) {
      catalogue.dimension(dim).ifPresent(d -> {
        if (cols.column(d.column()).isEmpty()) {
          problems.at(element(m, "dimensions", dim), what + ": dimension " + dim + " reads column '" + d.column()
              + "', which source " + i.source() + " does not have");
        }
      });
    }
  }

  private void notAdditive(Indicator i, YamlMap m, String kind) {
    for (String dim : i.additive()) {
      problems.at(element(m, "additive", dim), "indicator " + i.id() + ": " + kind + " is never additive");
    }
  }

  private void derived(Indicator i, YamlMap m) {
    String what = "indicator " + i.id();
    for (String key : List.of("source", "date", "filter")) {
      if (m.has(key)) {
        problems.at(m.keyNode(key), what + ": a ratio or rate is computed from other indicators; remove '" + key + "'");
      }
    }
    Node at = parsed.where.getOrDefault(i.measure(), m.at("measure"));
    List<String> refs = references(i.measure());
    for (String ref : refs) {
      if (ref.isEmpty()) {
        continue; // a ratio without its pair, reported by the parser
      }
      Optional<Indicator> other = catalogue.indicator(ref);
      if (other.isEmpty()) {
        problems.at(at, what + ": no indicator '" + ref + "'"
            + hint(ref, catalogue.indicators().stream().map(Indicator::id).toList()));
        continue;
      }
      for (String dim : i.dimensions()) {
        if (!other.get().dimensions().contains(dim)) {
          problems.at(element(m, "dimensions", dim), what + ": dimension " + dim + " is not a dimension of " + ref);
        }
      }
    }
    if (i.measure() instanceof Measure.Rate r && catalogue.population(r.population()).isEmpty()) {
      problems.at(at, what + ": no population '" + r.population() + "'"
          + hint(r.population(), catalogue.populations().stream().map(p -> p.id()).toList()));
    }
    notAdditive(i, m, "a ratio or rate");
  }

  private static List<String> references(Measure measure) {
    if (measure instanceof Measure.Ratio r) {
      return List.of(r.numerator(), r.denominator());
    }
    if (measure instanceof Measure.Rate r) {
      return List.of(r.indicator());
    }
    return List.of();
  }

  /** Derived indicators must not refer to themselves, directly or through others. */
  private void cycles() {
    Set<String> done = new HashSet<>();
    for (Indicator i : catalogue.indicators()) {
      List<String> path = new ArrayList<>();
      if (cycleFrom(i.id(), path, done)) {
        Indicator first = catalogue.indicator(path.get(0)).orElseThrow();
        problems.at(parsed.where.getOrDefault(first.measure(), parsed.where.get(first)),
            "indicator " + first.id() + ": derived indicators form a cycle: " + String.join(" → ", path));
      }
    }
  }

  private boolean cycleFrom(String id, List<String> path, Set<String> done) {
    if (path.contains(id)) {
      path.subList(0, path.indexOf(id)).clear();
      path.add(id);
      return true;
    }
    if (done.contains(id)) {
      return false;
    }
    Optional<Indicator> i = catalogue.indicator(id);
    if (i.isEmpty()) {
      return false;
    }
    path.add(id);
    for (String ref : references(i.get().measure())) {
      if (cycleFrom(ref, path, done)) {
        for (String p : path) {
          done.add(p);
        }
        return true;
      }
    }
    path.remove(path.size() - 1);
    done.add(id);
    return false;
  }

  // ---- tables -------------------------------------------------------------------------------

  private void table(PublicationTable t) {
    YamlMap m = parsed.tableEntries.get(t.id());
    Optional<Indicator> i = catalogue.indicator(t.indicator());
    if (i.isEmpty()) {
      if (!t.indicator().isEmpty()) {
        problems.at(m.at("indicator"), "table " + t.id() + ": no indicator '" + t.indicator() + "'"
            + hint(t.indicator(), catalogue.indicators().stream().map(Indicator::id).toList()));
      }
      return;
    }
    List<String> seen = new ArrayList<>();
    for (String key : List.of("rows", "columns")) {
      for (String dim : key.equals("rows") ? t.rows() : t.columns()) {
        if (seen.contains(dim)) {
          problems.at(element(m, key, dim), "table " + t.id() + ": dimension " + dim + " is used twice");
        }
        seen.add(dim);
        if (!i.get().dimensions().contains(dim)) {
          problems.at(element(m, key, dim), "table " + t.id() + ": indicator " + t.indicator()
              + " has no dimension " + dim + " (it has: "
              + (i.get().dimensions().isEmpty() ? "none" : String.join(", ", i.get().dimensions())) + ")");
        }
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The node of {@code value} inside the list at {@code key}, or the key's value node. */
  private static Node element(YamlMap m, String key, String value) {
    Node n = m.get(key);
    if (n instanceof SequenceNode seq) {
      for (Node e : seq.getValue()) {
        if (e instanceof ScalarNode s && s.getValue().trim().equals(value)) {
          return e;
        }
      }
    }
    return m.at(key);
  }

  private static String hint(String wrong, List<String> candidates) {
    return Suggest.didYouMean(wrong, candidates);
  }
}
