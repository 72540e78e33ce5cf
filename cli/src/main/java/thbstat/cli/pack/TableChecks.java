package thbstat.cli.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.protect.AuditReport;
import thbstat.jobs.protect.DisclosureAudit;
import thbstat.jobs.protect.IndicatorRule;

/**
 * The checks of a pack's indicator tables that need nothing but the tables, the catalogue and the
 * manifest's disclosure rules: internal consistency, the disclosure rule of every free cell, and
 * the LP audit of the protected ones.
 */
final class TableChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Set<String> STATUSES = Set.of("F", "C", "D");

  private TableChecks() {}

  /** Shape, statuses and ranges of every cell, and the relations of totals to their parts. */
  static Counts consistency(PackTable t, String period, Catalogue catalogue, Map<String, IndicatorRule> rules,
      List<String> failures) {
    Counts n = new Counts();
    List<String> header = t.table().header();
    for (int i = 0; i < t.cells().size(); i++) {
      IndicatorCell c = t.cells().get(i);
      n.cells++;
      if (!c.period().equals(period)) {
        failures.add(t.where(i) + ": TIME_PERIOD " + c.period() + " in the table of " + period);
      }
      if (!STATUSES.contains(c.status())) {
        failures.add(t.where(i) + ": CONF_STATUS '" + c.status() + "' is not F, C or D");
      } else if ("F".equals(c.status()) != (c.value() != null)) {
        failures.add(t.where(i) + ": CONF_STATUS " + c.status() + (c.value() == null
            ? " with no OBS_VALUE (a free cell must be published)"
            : " with OBS_VALUE " + c.formattedValue() + " (a protected cell must be empty)"));
      }
      if (c.value() != null && c.value().signum() < 0) {
        failures.add(t.where(i) + ": negative value " + c.formattedValue());
      }
      if (c.value() != null && "PC".equals(c.unit())) {
        n.shares++;
        if (c.value().compareTo(HUNDRED) > 0 || c.value().signum() < 0) {
          failures.add(t.where(i) + ": share " + c.formattedValue() + " is not between 0 and 100");
        }
      }
    }
    checkHeader(t, header, failures);
    relations(t, catalogue, rules, failures, n);
    return n;
  }

  private static void checkHeader(PackTable t, List<String> header, List<String> failures) {
    List<String> fixed = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "TIME_PERIOD");
    List<String> tail = List.of("OBS_VALUE", "UNIT_MEASURE", "CONF_STATUS");
    if (!header.subList(0, fixed.size()).equals(fixed)
        || !header.subList(header.size() - tail.size(), header.size()).equals(tail)) {
      failures.add(t.entry() + " line 1: header is not the SDMX-CSV 2.0 indicator table of CONTRACT §3: " + header);
    }
  }

  /**
   * Along a dimension the catalogue declares additive, {@code _T} is the sum of its codes; along a
   * multi-valued one it is at most that sum; every part is at most its total. Only relations whose
   * cells are all published are checked; the manifest's rule may record a relation weakened where
   * the data refuted it (persons under no listed code), and then the weaker one is checked.
   */
  private static void relations(PackTable t, Catalogue catalogue, Map<String, IndicatorRule> rules,
      List<String> failures, Counts n) {
    List<String> dims = t.table().dimensions();
    for (int i = 0; i < t.cells().size(); i++) {
      IndicatorCell total = t.cells().get(i);
      IndicatorRule rule = rules.get(total.indicator());
      Indicator ind = catalogue.indicator(total.indicator()).orElse(null);
      if (ind == null) {
        failures.add(t.where(i) + ": indicator not in the pack's indicators.yaml");
        continue;
      }
      if (total.value() == null || rule == null
          || !(IndicatorRule.COUNT.equals(rule.kind()) || IndicatorRule.SUM.equals(rule.kind()))) {
        continue;
      }
      for (String d : ind.dimensions()) {
        int di = dims.indexOf(d);
        Dimension dim = catalogue.dimension(d).orElse(null);
        if (di < 0 || dim == null || !IndicatorTable.TOTAL.equals(total.codes().get(di))) {
          continue;
        }
        String relation = relation(ind, dim, rule);
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        boolean any = false;
        for (String code : dim.codes()) {
          List<String> codes = new ArrayList<>(total.codes());
          codes.set(di, code);
          int p = t.find(total.indicator(), total.period(), codes);
          IndicatorCell part = p < 0 ? null : t.cells().get(p);
          if (part == null || part.value() == null) {
            complete = false;
            continue;
          }
          any = true;
          sum = sum.add(part.value());
          if (part.value().compareTo(total.value()) > 0) {
            failures.add(t.where(p) + ": part " + part.formattedValue() + " is more than its total "
                + total.formattedValue() + " (line " + t.line(i) + ")");
          }
        }
        if (!complete || !any) {
          continue;
        }
        n.relations++;
        int cmp = sum.compareTo(total.value());
        String s = IndicatorCell.format(sum);
        if ("eq".equals(relation) && cmp != 0) {
          failures.add(t.where(i) + ": total " + total.formattedValue() + " is not the sum " + s + " of its " + d
              + " codes (" + d + " is additive)");
        } else if ("ge".equals(relation) && cmp < 0) {
          failures.add(t.where(i) + ": total " + total.formattedValue() + " is more than the sum " + s + " of its "
              + d + " codes");
        } else if ("le".equals(relation) && cmp > 0) {
          failures.add(t.where(i) + ": total " + total.formattedValue() + " is less than the sum " + s + " of its "
              + d + " codes");
        }
      }
    }
  }

  /** The catalogue's relation (eq additive, ge multi-valued), or the manifest's where it is weaker. */
  static String relation(Indicator ind, Dimension dim, IndicatorRule rule) {
    String declared = ind.additive().contains(dim.id()) && !dim.multi() ? "eq" : "ge";
    String recorded = rule.dimensions().contains(dim.id()) ? rule.sum(dim.id()) : declared;
    if ("eq".equals(declared)) {
      return recorded;
    }
    return "ge".equals(recorded) ? "ge" : "none";
  }

  /** Every free count cell against the threshold of its indicator's rule in the manifest. */
  static int disclosure(PackTable t, Map<String, IndicatorRule> rules, List<String> failures) {
    int checked = 0;
    for (int i = 0; i < t.cells().size(); i++) {
      IndicatorCell c = t.cells().get(i);
      IndicatorRule rule = rules.get(c.indicator());
      if (rule == null) {
        failures.add(t.where(i) + ": no disclosure rule for " + c.indicator() + " in manifest.json");
        continue;
      }
      if (!"F".equals(c.status()) || c.value() == null) {
        continue;
      }
      checked++;
      if (rule.protects() && IndicatorRule.COUNT.equals(rule.kind()) && c.value().signum() > 0
          && c.value().compareTo(BigDecimal.valueOf(rule.threshold())) < 0) {
        failures.add(t.where(i) + ": published value " + c.formattedValue() + " is below the threshold "
            + rule.threshold() + " of the disclosure rule of " + c.indicator());
      }
    }
    return checked;
  }

  /** The LP audit of the protected cells, as {@code thbstat audit} runs it. */
  /** The LP audit of one table: {protected cells, complements of published subsets} checked. */
  static int[] audit(PackTable t, Map<String, Object> disclosure, List<String> failures) {
    AuditReport report = DisclosureAudit.audit(t.table(), disclosure);
    report.failures().forEach(f -> failures.add(t.entry() + ": " + f));
    return new int[] {report.intervals().size(), report.complements().size()};
  }

  /** What the consistency checks covered, for the summary line. */
  static final class Counts {
    int cells;
    int relations;
    int shares;

    void add(Counts o) {
      cells += o.cells;
      relations += o.relations;
      shares += o.shares;
    }
  }
}
