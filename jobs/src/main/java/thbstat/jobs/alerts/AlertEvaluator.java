package thbstat.jobs.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.AlertRule.Kind;
import thbstat.indicators.model.AlertRule.Severity;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorTable;

/**
 * Judges one quarter against its history, rule by rule, with no Spark: the indicator cells of
 * the quarter and of the history quarters, and the raw-column counts of new_category rules.
 *
 * <p>Each statistical rule is one family: every watched cell gets a p-value (1 when it holds fewer
 * than {@code min_count} records, so 0 → 1 never fires, but it still counts in the family), and
 * Benjamini–Hochberg at the rule's {@code q} decides which fire. On data where nothing changed,
 * each rule then raises a false alarm in at most a fraction q of the quarters, so a catalogue of R
 * statistical rules at q = 0.05 expects at most 0.05·R per quarter.
 */
public final class AlertEvaluator {
  /** Adjusted p-values at or below these are an alert, a warning; above, info. */
  public static final double ALERT_LEVEL = 0.001;
  public static final double WARNING_LEVEL = 0.01;

  private final Catalogue catalogue;
  private final Explanations explanations;

  public AlertEvaluator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.explanations = new Explanations(catalogue);
  }

  /** The quarters a run for {@code target} needs: the longest history of any rule, then the target. */
  public static List<Period> periodsNeeded(Catalogue catalogue, Period target) {
    int back = catalogue.alerts().stream().mapToInt(AlertRule::history).max().orElse(0);
    List<Period> out = new ArrayList<>();
    Period p = target;
    for (int i = 0; i < back; i++) {
      p = p.previous();
      out.add(0, p);
    }
    out.add(target);
    return out;
  }

  public List<Alert> evaluate(IndicatorTable table, Map<String, CategoryCounts> raw, Period target) {
    List<Alert> out = new ArrayList<>();
    for (AlertRule rule : catalogue.alerts()) {
      List<String> history = history(rule, target);
      if (rule.kind() == Kind.NEW_CATEGORY) {
        out.addAll(newCategory(rule, raw.get(rule.id()), history, target));
      } else if (rule.kind() == Kind.FIXED) {
        out.addAll(fixed(rule, table, target));
      } else {
        out.addAll(statistical(rule, table, history, target));
      }
    }
    out.sort(Comparator.comparing((Alert a) -> a.severity()).reversed()
        .thenComparing(a -> a.rule().id()).thenComparing(Alert::cellText));
    return out.stream().map(a -> a.withExplanation(explanations.of(a, history(a.rule(), target).size()))).toList();
  }

  /** The rule's history quarters, oldest first. */
  static List<String> history(AlertRule rule, Period target) {
    List<String> out = new ArrayList<>();
    Period p = target;
    for (int i = 0; i < rule.history(); i++) {
      p = p.previous();
      out.add(0, p.toString());
    }
    return out;
  }

  /** For yoy: the same quarter in each earlier year the rule's history reaches (history 4 → last year). */
  static List<String> sameQuarters(AlertRule rule, Period target) {
    List<String> out = new ArrayList<>();
    Period p = target;
    for (int back = 4; back <= Math.max(4, rule.history()); back += 4) {
      p = p.yearBefore();
      out.add(p.toString());
    }
    return out;
  }

  private List<Alert> fixed(AlertRule rule, IndicatorTable table, Period target) {
    CellSelector sel = new CellSelector(table.dimensions(), rule);
    Map<Map<String, String>, Double> now =
        CellSelector.values(table, rule.indicator(), sel).getOrDefault(target.toString(), Map.of());
    List<Alert> out = new ArrayList<>();
    now.forEach((key, v) -> {
      if (v >= rule.threshold()) {
        out.add(new Alert(target.toString(), rule, key, v, null, rule.threshold(), null, null, rule.severity(), null));
      }
    });
    return out;
  }

  private List<Alert> newCategory(AlertRule rule, CategoryCounts counts, List<String> history, Period target) {
    List<Alert> out = new ArrayList<>();
    if (counts == null) {
      return out;
    }
    // A value is only "new" against a history that was recorded: most history quarters have records.
    long covered = history.stream().filter(p -> counts.total(p) > 0).count();
    if (covered * 2 < history.size()) {
      return out;
    }
    for (String value : counts.counts().keySet()) {
      if (rule.ignore().contains(value)) {
        continue;
      }
      long now = counts.count(value, target.toString());
      boolean seen = history.stream().anyMatch(p -> counts.count(value, p) > 0);
      if (now >= Math.max(1, rule.minCount()) && !seen) {
        out.add(new Alert(target.toString(), rule, Map.of(rule.column(), value), now, 0.0,
            (double) Math.max(1, rule.minCount()), null, null, rule.severity(), null));
      }
    }
    return out;
  }

  private List<Alert> statistical(AlertRule rule, IndicatorTable table, List<String> history, Period target) {
    CellSelector sel = new CellSelector(table.dimensions(), rule);
    Map<String, Map<Map<String, String>, Double>> values = CellSelector.values(table, rule.indicator(), sel);
    Map<String, Map<Map<String, String>, Double>> denominators = rule.kind() == Kind.SHARE
        ? CellSelector.values(table, rule.denominator(), sel) : Map.of();
    String now = target.toString();
    List<String> all = new ArrayList<>(history);
    all.add(now);
    List<Map<String, String>> keys = CellSelector.keys(rule.kind() == Kind.SHARE ? denominators : values, all);

    List<Map<String, String>> family = new ArrayList<>();
    List<CellTest> tests = new ArrayList<>();
    List<Long> observed = new ArrayList<>();
    for (Map<String, String> key : keys) {
      long x = count(values, now, key);
      long[] h = history.stream().mapToLong(p -> count(values, p, key)).toArray();
      CellTest test;
      switch (rule.kind()) {
        case POISSON:
          test = CellTest.poisson(h);
          break;
        case NEGBIN:
          test = CellTest.negativeBinomial(h);
          break;
        case YOY:
          test = CellTest.yearOnYear(sameQuarters(rule, target).stream().mapToLong(q -> count(values, q, key))
              .toArray());
          break;
        case SHARE:
          long den = count(denominators, now, key);
          if (den == 0) {
            continue;
          }
          test = CellTest.share(h, history.stream().mapToLong(p -> count(denominators, p, key)).toArray(), den);
          break;
        case SILENCE:
          long active = java.util.Arrays.stream(h).filter(v -> v > 0).count();
          if (active < rule.minQuarters()) {
            continue; // not a cell that usually has records: not in the family
          }
          test = CellTest.silence(h);
          break;
        default:
          throw new IllegalStateException("not a statistical rule: " + rule.kind());
      }
      family.add(key);
      tests.add(test);
      observed.add(x);
    }
    double[] p = new double[family.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = eligible(rule, observed.get(i), tests.get(i)) ? tests.get(i).p(observed.get(i)) : 1.0;
    }
    double[] adjusted = BenjaminiHochberg.adjust(p);
    double cutoff = BenjaminiHochberg.cutoff(p, rule.q());
    List<Alert> out = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (adjusted[i] <= rule.q()) {
        out.add(new Alert(now, rule, family.get(i), observed.get(i), tests.get(i).expected(),
            bound(rule, tests.get(i), cutoff), p[i], adjusted[i], severity(adjusted[i]), null));
      }
    }
    return out;
  }

  /** Silence tests the empty quarter; every other rule needs min_count records (and min_change for yoy). */
  private static boolean eligible(AlertRule rule, long x, CellTest test) {
    if (rule.kind() == Kind.SILENCE) {
      return x == 0;
    }
    if (x < rule.minCount()) {
      return false;
    }
    return rule.kind() != Kind.YOY || x >= rule.minChange() * test.expected();
  }

  private static Double bound(AlertRule rule, CellTest test, double cutoff) {
    if (rule.kind() == Kind.SILENCE) {
      return 0.0;
    }
    long min = rule.minCount();
    if (rule.kind() == Kind.YOY) {
      min = Math.max(min, (long) Math.ceil(rule.minChange() * test.expected()));
    }
    long b = test.bound(cutoff, min);
    return b < 0 ? null : (double) b;
  }

  static Severity severity(double adjusted) {
    if (adjusted <= ALERT_LEVEL) {
      return Severity.ALERT;
    }
    return adjusted <= WARNING_LEVEL ? Severity.WARNING : Severity.INFO;
  }

  private static long count(Map<String, Map<Map<String, String>, Double>> values, String period,
      Map<String, String> key) {
    Double v = values.getOrDefault(period, Map.of()).get(key);
    return v == null ? 0 : Math.round(v);
  }
}
