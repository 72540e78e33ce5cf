package thbstat.indicators.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.AlertRule.Kind;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Source;

/** Checks the {@code alerts:} section against the indicators, dimensions and sources it names. */
final class AlertRuleValidator {
  static final List<String> COUNT_UNITS = List.of("PS", "CASES", "EVENTS");
  private final Catalogue catalogue;
  private final CatalogueParser parsed;
  private final Problems problems;

  AlertRuleValidator(Catalogue catalogue, CatalogueParser parsed, Problems problems) {
    this.catalogue = catalogue;
    this.parsed = parsed;
    this.problems = problems;
  }

  void validate() {
    catalogue.alerts().forEach(this::rule);
  }

  private void rule(AlertRule r) {
    YamlMap m = parsed.alertEntries.get(r.id());
    String what = "alert " + r.id();
    only(r, m, "threshold", r.kind() == Kind.FIXED);
    only(r, m, "denominator", r.kind() == Kind.SHARE);
    only(r, m, "min_change", r.kind() == Kind.YOY);
    only(r, m, "min_quarters", r.kind() == Kind.SILENCE);
    boolean raw = r.kind() == Kind.NEW_CATEGORY;
    for (String key : List.of("source", "column", "date", "ignore")) {
      only(r, m, key, raw);
    }
    for (String key : List.of("indicator", "cells", "by")) {
      only(r, m, key, !raw);
    }
    if (r.kind() == Kind.FIXED && !m.has("threshold")) {
      problems.at(m.owner(), what + ": a fixed rule needs 'threshold'");
    } else if (r.kind() == Kind.FIXED && r.threshold() != null && r.threshold() <= 0) {
      // every cell reaches 0: the rule would fire on every cell every quarter
      problems.at(m.at("threshold"), what + ".threshold must be above 0, not " + m.string("threshold"));
    }
    if (raw) {
      newCategory(r, m, what);
      return;
    }
    if (r.indicator() == null) {
      problems.at(m.owner(), what + ": missing key 'indicator'");
      return;
    }
    Optional<Indicator> ind = catalogue.indicator(r.indicator());
    if (ind.isEmpty()) {
      problems.at(m.at("indicator"), what + ": no indicator '" + r.indicator() + "'"
          + Suggest.didYouMean(r.indicator(), catalogue.indicators().stream().map(Indicator::id).toList()));
      return;
    }
    dimensions(r, m, what, ind.get(), "indicator");
    if (r.kind().statistical() && !COUNT_UNITS.contains(ind.get().unit())) {
      problems.at(m.at("indicator"), what + ": a " + r.kind().yaml() + " rule tests counts; " + ind.get().id()
          + " is in " + ind.get().unit() + " (use a count in " + String.join(", ", COUNT_UNITS) + ", or kind fixed)");
    }
    if (r.kind() == Kind.SHARE) {
      if (r.denominator() == null) {
        problems.at(m.owner(), what + ": a share rule needs 'denominator' (an indicator)");
      } else if (catalogue.indicator(r.denominator()).isEmpty()) {
        problems.at(m.at("denominator"), what + ": no indicator '" + r.denominator() + "'"
            + Suggest.didYouMean(r.denominator(), catalogue.indicators().stream().map(Indicator::id).toList()));
      } else {
        dimensions(r, m, what, catalogue.indicator(r.denominator()).get(), "denominator");
      }
    }
  }

  private void dimensions(AlertRule r, YamlMap m, String what, Indicator ind, String key) {
    Map<String, Dimension> dims = catalogue.dimensionsById();
    for (Map.Entry<String, String> e : r.cells().entrySet()) {
      Node at = m.at("cells");
      Dimension dim = dims.get(e.getKey()); // null when the indicator names an unknown one, reported there
      if (!ind.dimensions().contains(e.getKey())) {
        problems.at(at, what + ": " + key + " " + ind.id() + " has no dimension " + e.getKey()
            + Suggest.didYouMean(e.getKey(), ind.dimensions()));
      } else if (dim != null && !e.getValue().equals("_T") && !dim.codes().contains(e.getValue())) {
        problems.at(at, what + ": " + e.getValue() + " is not a code of " + e.getKey()
            + Suggest.didYouMean(e.getValue(), dim.codes()));
      }
    }
    for (String by : r.by()) {
      if (!ind.dimensions().contains(by)) {
        problems.at(m.at("by"), what + ": " + key + " " + ind.id() + " has no dimension " + by
            + Suggest.didYouMean(by, ind.dimensions()));
      } else if (r.cells().containsKey(by)) {
        problems.at(m.at("by"), what + ": " + by + " is both fixed in 'cells' and varying in 'by'");
      }
    }
  }

  private void newCategory(AlertRule r, YamlMap m, String what) {
    for (String key : List.of("source", "column", "date")) {
      if (!m.has(key)) {
        problems.at(m.owner(), what + ": a new_category rule needs '" + key + "'");
      }
    }
    if (r.source() == null) {
      return;
    }
    Optional<Source> source = catalogue.source(r.source());
    if (source.isEmpty()) {
      problems.at(m.at("source"), what + ": no source '" + r.source() + "'"
          + Suggest.didYouMean(r.source(), catalogue.sources().stream().map(Source::id).toList()));
      return;
    }
    Optional<SourceColumns> cols = SourceColumns.of(source.get());
    if (cols.isEmpty()) {
      return;
    }
    if (r.column() != null && cols.get().column(r.column()).isEmpty()) {
      problems.at(m.at("column"), what + ": source " + r.source() + " has no column '" + r.column() + "'"
          + Suggest.didYouMean(r.column(), List.copyOf(cols.get().columns().keySet())));
    }
    if (r.date() != null) {
      Optional<ExtractColumn> d = cols.get().column(r.date());
      if (d.isEmpty() || d.get().type() != ColumnType.DATE) {
        problems.at(m.at("date"), what + ": '" + r.date() + "' is not a date column of " + r.source());
      }
    }
  }

  private void only(AlertRule r, YamlMap m, String key, boolean allowed) {
    if (m.has(key) && !allowed) {
      problems.at(m.keyNode(key), "alert " + r.id() + ": '" + key + "' does not apply to kind " + r.kind().yaml());
    }
  }
}
