package thbstat.indicators.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.ValueSpec;

/**
 * Parses an indicator's counting rule: its {@code measure} and its {@code filter} conditions
 * (also a share's numerator), remembering the node of each record for later messages.
 */
final class CountingRuleParser {
  static final List<String> MEASURE_KINDS = CatalogueParser.MEASURE_KINDS;

  private final Problems problems;
  private final Map<Object, Node> where;
  private final Map<Condition, Boolean> hasForm;

  CountingRuleParser(Problems problems, Map<Object, Node> where, Map<Condition, Boolean> hasForm) {
    this.problems = problems;
    this.where = where;
    this.hasForm = hasForm;
  }

  Measure measure(String id, YamlMap indicator) {
    Node n = indicator.get("measure");
    String what = "indicator " + id + ".measure";
    if (n instanceof ScalarNode s && s.getValue().equals("records")) {
      Measure r = new Measure.RecordCount();
      where.put(r, n);
      return r;
    }
    if (n instanceof ScalarNode s && !YamlMap.isNull(n)) {
      problems.at(n, what + " must be 'records' or have exactly one of " + String.join(", ", MEASURE_KINDS)
          + ", not '" + s.getValue() + "'" + Suggest.didYouMean(s.getValue(), List.of("records")));
      return new Measure.RecordCount();
    }
    YamlMap m = YamlMap.of(n, problems, what);
    List<String> kinds = m.keys().stream().filter(MEASURE_KINDS::contains).toList();
    if (n != null && kinds.size() != 1) {
      problems.at(n, what + " must be 'records' or have exactly one of " + String.join(", ", MEASURE_KINDS)
          + (m.keys().isEmpty() ? "" : Suggest.didYouMean(m.keys().iterator().next(), MEASURE_KINDS)));
      return new Measure.RecordCount();
    }
    if (n == null) {
      return new Measure.RecordCount();
    }
    Measure measure = switch (kinds.get(0)) {
      case "distinct" -> {
        m.keys(List.of("distinct"), List.of("period_by"));
        String by = m.string("period_by");
        Measure.PeriodBy periodBy = Measure.PeriodBy.ROW;
        if (by != null) {
          try {
            periodBy = Measure.PeriodBy.valueOf(by.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            problems.at(m.get("period_by"), what + ".period_by must be 'row' or 'earliest', not '" + by + "'");
          }
        }
        yield new Measure.DistinctCount(nn(m.string("distinct")), periodBy);
      }
      case "sum" -> {
        m.keys(List.of("sum"), List.of());
        yield new Measure.Sum(value(m.get("sum"), what + ".sum"));
      }
      case "median" -> {
        m.keys(List.of("median"), List.of("key"));
        yield new Measure.Median(value(m.get("median"), what + ".median"), m.string("key"));
      }
      case "share" -> {
        m.keys(List.of("share", "numerator"), List.of());
        yield new Measure.Share(nn(m.string("share")), filter(m.get("numerator"), what + ".numerator"));
      }
      case "ratio" -> {
        m.keys(List.of("ratio"), List.of("scale", "decimals"));
        List<String> pair = m.strings("ratio");
        if (pair.size() != 2) {
          problems.at(m.get("ratio"), what + ".ratio must be [NUMERATOR, DENOMINATOR]");
          pair = List.of("", "");
        }
        Double scale = m.number("scale");
        if (scale != null && scale <= 0) {
          // scale 0 would publish every ratio as 0
          problems.at(m.get("scale"), what + ".scale must be above 0 (1 for a ratio, 100 for a percentage), not "
              + m.string("scale"));
        }
        yield new Measure.Ratio(pair.get(0), pair.get(1), scale == null ? 1 : scale, decimals(m, what));
      }
      default -> {
        m.keys(List.of("rate", "population"), List.of("decimals"));
        yield new Measure.Rate(nn(m.string("rate")), nn(m.string("population")), decimals(m, what));
      }
    };
    where.put(measure, n);
    return measure;
  }

  private int decimals(YamlMap m, String what) {
    Long d = m.integer("decimals");
    if (d != null && (d < 0 || d > 6)) {
      problems.at(m.get("decimals"), what + ".decimals must be 0..6");
    }
    return d == null ? 2 : d.intValue();
  }

  private ValueSpec value(Node n, String what) {
    if (n instanceof ScalarNode s && !YamlMap.isNull(n)) {
      ValueSpec v = new ValueSpec.ColumnValue(s.getValue().trim());
      where.put(v, n);
      return v;
    }
    YamlMap m = YamlMap.of(n, problems, what).keys(List.of("days_between"), List.of());
    List<String> pair = m.strings("days_between");
    if (m.has("days_between") && pair.size() != 2) {
      problems.at(m.get("days_between"), what + ".days_between must be [FROM_DATE, TO_DATE]");
    }
    ValueSpec v = pair.size() == 2 ? new ValueSpec.DaysBetween(pair.get(0), pair.get(1))
        : new ValueSpec.ColumnValue("");
    where.put(v, n);
    return v;
  }

  /**
   * A filter: {@code column: value}, {@code column: [a, b]}, {@code column: true|false|set|unset}
   * or {@code column: {in|not_in|has|gt|ge|lt|le: value, ...}}.
   */
  List<Condition> filter(Node n, String what) {
    List<Condition> out = new ArrayList<>();
    YamlMap m = YamlMap.of(n, problems, what);
    for (NodeTuple t : m.entries().values()) {
      String column = ((ScalarNode) t.getKeyNode()).getValue();
      Node v = t.getValueNode();
      if (v instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
        boolean b = Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
        add(out, new Condition(column, b ? Condition.Op.TRUE : Condition.Op.FALSE, List.of()), t.getKeyNode());
      } else if (v instanceof ScalarNode s && (s.getValue().equals("set") || s.getValue().equals("unset"))) {
        Condition.Op op = s.getValue().equals("set") ? Condition.Op.SET : Condition.Op.UNSET;
        add(out, new Condition(column, op, List.of()), t.getKeyNode());
      } else if (v instanceof ScalarNode || v instanceof SequenceNode) {
        add(out, new Condition(column, Condition.Op.IN, YamlMap.strings(v, problems, what + "." + column)),
            t.getKeyNode());
      } else if (v instanceof MappingNode) {
        YamlMap ops = YamlMap.of(v, problems, what + "." + column)
            .keys(List.of(), List.of("in", "not_in", "has", "gt", "ge", "lt", "le"));
        for (String op : ops.keys()) {
          List<String> values = ops.strings(op);
          Condition.Op o = switch (op) {
            case "in", "has" -> Condition.Op.IN;
            case "not_in" -> Condition.Op.NOT_IN;
            case "gt" -> Condition.Op.GT;
            case "ge" -> Condition.Op.GE;
            case "lt" -> Condition.Op.LT;
            case "le" -> Condition.Op.LE;
            default -> null;
          };
          if (o == null) {
            continue;
          }
          if (o.ordinal() >= Condition.Op.GT.ordinal() && values.size() != 1) {
            problems.at(ops.get(op), what + "." + column + "." + op + " takes one value");
            continue;
          }
          Condition c = new Condition(column, o, values);
          add(out, c, t.getKeyNode());
          if (op.equals("has")) {
            hasForm.put(c, Boolean.TRUE);
          }
        }
      } else {
        problems.at(v, what + "." + column + ": give a value, a list, true/false, set/unset or {op: value}");
      }
    }
    return out;
  }


  private void add(List<Condition> out, Condition c, Node node) {
    out.add(c);
    where.put(c, node);
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
