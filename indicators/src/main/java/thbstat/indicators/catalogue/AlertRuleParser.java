package thbstat.indicators.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.AlertRule.Kind;
import thbstat.indicators.model.AlertRule.Severity;
import thbstat.indicators.model.Text;

/** Parses one entry of the {@code alerts:} section; cross-references are checked by {@link AlertRuleValidator}. */
final class AlertRuleParser {
  static final List<String> KEYS = List.of("label", "kind", "indicator", "cells", "by", "denominator", "history",
      "min_count", "q", "threshold", "min_change", "min_quarters", "source", "column", "date", "ignore", "severity");

  private final Problems problems;
  private final CatalogueParser parser;

  AlertRuleParser(Problems problems, CatalogueParser parser) {
    this.problems = problems;
    this.parser = parser;
  }

  AlertRule parse(String id, Node key, Node value) {
    String what = "alert " + id;
    YamlMap m = YamlMap.of(value, problems, what).ownedBy(key).keys(List.of("label", "kind"),
        KEYS.subList(2, KEYS.size()));
    parser.alertEntries.put(id, m);
    Text label = parser.text(m, "label");
    String kindText = m.string("kind");
    Kind kind = kindText == null ? null : Kind.of(kindText);
    if (kindText != null && kind == null) {
      List<String> kinds = java.util.Arrays.stream(Kind.values()).map(Kind::yaml).toList();
      problems.at(m.get("kind"), what + ": kind '" + kindText + "' is not one of " + String.join(", ", kinds)
          + Suggest.didYouMean(kindText, kinds));
    }
    Map<String, String> cells = new LinkedHashMap<>();
    YamlMap c = YamlMap.of(m.get("cells"), problems, what + ".cells");
    for (String dim : c.keys()) {
      String code = c.string(dim);
      if (code != null) {
        cells.put(dim, code);
      }
    }
    int history = whole(m, "history", kind == Kind.YOY ? 4 : 12, 1, 40, what);
    int minCount = whole(m, "min_count", kind == Kind.NEW_CATEGORY ? 1 : 3, 0, 1_000_000, what);
    int minQuarters = whole(m, "min_quarters", Math.max(1, history * 3 / 4), 1, history, what);
    Double q = m.number("q");
    if (q != null && !(q > 0 && q < 1)) {
      problems.at(m.get("q"), what + ".q is a false discovery rate above 0 and below 1 (0.05 = 5%)");
    }
    Double minChange = m.number("min_change");
    if (minChange != null && minChange < 1) {
      problems.at(m.get("min_change"), what + ".min_change is a ratio of at least 1 (1.5 = +50%)");
    }
    String sev = m.string("severity");
    Severity severity = sev == null ? Severity.WARNING : Severity.of(sev);
    if (severity == null) {
      problems.at(m.get("severity"), what + ".severity must be info, warning or alert, not '" + sev + "'");
      severity = Severity.WARNING;
    }
    AlertRule rule = new AlertRule(id, label, kind == null ? Kind.FIXED : kind, m.string("indicator"), cells,
        m.strings("by"), m.string("denominator"), history, minCount, q == null ? 0.05 : q, m.number("threshold"),
        minChange == null ? 1.0 : minChange, minQuarters, m.string("source"), m.string("column"), m.string("date"),
        m.strings("ignore"), severity, key.getStartMark().getLine() + 1);
    parser.where.put(rule, key);
    return kind == null ? null : rule;
  }

  private int whole(YamlMap m, String key, int fallback, int min, int max, String what) {
    Long v = m.integer(key);
    if (v == null) {
      return Math.max(min, Math.min(max, fallback));
    }
    if (v < min || v > max) {
      problems.at(m.get(key), what + "." + key + " must lie in " + min + ".." + max + ", not " + v);
      return Math.max(min, Math.min(max, v.intValue()));
    }
    return v.intValue();
  }
}
