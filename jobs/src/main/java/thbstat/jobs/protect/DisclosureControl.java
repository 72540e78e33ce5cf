package thbstat.jobs.protect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Disclosure control of the publication tables: primary suppression by each indicator's
 * threshold, secondary suppression ({@link SecondarySuppression}) over all the published tables
 * of an indicator together (they share margins and the grand total), then the LP audit, which the
 * result always passes.
 */
public final class DisclosureControl {
  private final Catalogue catalogue;
  private final Map<String, IndicatorRule> rules;
  private final List<LinkedCells> links;

  public DisclosureControl(Catalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue);
    this.rules = DisclosureRules.of(catalogue);
    this.links = LinkedCells.of(catalogue, rules);
  }

  /** Linear programs solved so far in this JVM by suppression and audit (a min or a max each). */
  public static long lpSolves() {
    return IntervalSolver.solves();
  }

  /**
   * Protects the publication tables of one period: returns the public cells (every cell of every
   * published table, zeros included, protected ones with value null and status C/D), plus a
   * per-table summary. Also returns the internal table's cells with CONF_STATUS set to the status
   * the cell has in the public file (F for cells not published).
   */
  public Protection protect(IndicatorTable internal, String period) {
    List<String> dims = internal.dimensions();
    Map<List<String>, IndicatorCell> internalCells = new HashMap<>();
    for (IndicatorCell c : internal.cellsOf(period)) {
      internalCells.put(key(c.indicator(), c.codes()), c);
    }
    List<IndicatorCell> published = new ArrayList<>();
    Map<String, List<List<String>>> tables = new HashMap<>();
    Map<String, IndicatorRule> applied = new LinkedHashMap<>();
    Map<String, List<IndicatorCell>> cellsOf = new HashMap<>();
    for (IndicatorRule rule : rules.values()) {
      Map<String, List<List<String>>> tableCells = tableCells(rule, dims);
      Set<List<String>> all = new LinkedHashSet<>();
      tableCells.values().forEach(all::addAll);
      List<IndicatorCell> cells = new ArrayList<>();
      for (List<String> codes : all) {
        IndicatorCell c = internalCells.get(key(rule.indicator(), codes));
        cells.add(c != null ? c : emptyCell(rule, period, codes));
      }
      cells.sort(IndicatorTable.ORDER);
      applied.put(rule.indicator(), checked(dims, rule, cells));
      cellsOf.put(rule.indicator(), cells);
      tableCells.forEach((id, codes) -> tables.put(id, codes));
    }
    for (List<String> group : LinkedCells.groups(applied.keySet(), links)) {
      published.addAll(protect(dims, group.stream().map(applied::get).toList(),
          group.stream().map(cellsOf::get).toList()));
    }
    published = DerivedCells.inherit(dims, applied, published);
    Map<List<String>, String> statusOf = DerivedCells.statuses(published);
    List<TableProtection> summary = new ArrayList<>();
    for (PublicationTable t : catalogue.tables()) {
      List<List<String>> codes = tables.get(t.id());
      if (codes != null) {
        List<String> st = codes.stream().map(k -> statusOf.get(DerivedCells.key(t.indicator(), period, k))).toList();
        summary.add(new TableProtection(t.id(), t.indicator(), codes.size(),
            (int) st.stream().filter("C"::equals).count(), (int) st.stream().filter("D"::equals).count()));
      }
    }
    // The period's cells only: a run of several periods writes each period's table on its own, the
    // same as a run of that period alone.
    List<IndicatorCell> withStatus = new ArrayList<>();
    for (IndicatorCell c : internal.cellsOf(period)) {
      withStatus.add(c.withStatus(statusOf.getOrDefault(DerivedCells.key(c.indicator(), period, c.codes()), "F"),
          c.value()));
    }
    IndicatorTable publicTable = new IndicatorTable(dims, published);
    Map<String, Object> manifest = DisclosureRules.toManifest(applied, links);
    manifest.put("weakened", weakened(applied, period));
    AuditReport audit = DisclosureAudit.audit(publicTable, manifest);
    if (!audit.passed()) {
      List<Problem> problems = new ArrayList<>();
      audit.failures().forEach(f -> problems.add(Problem.of("indicators-public.csv", "disclosure audit: " + f)));
      throw new ThbstatException(ThbstatException.Kind.DATA, problems);
    }
    return new Protection(publicTable, new IndicatorTable(dims, withStatus), summary, manifest);
  }

  /** Where the period's values did not satisfy a declared relation, for the manifest. */
  private List<String> weakened(Map<String, IndicatorRule> applied, String period) {
    List<String> out = new ArrayList<>();
    applied.forEach((id, r) -> r.dimensions().forEach(d -> {
      if (!r.sum(d).equals(rules.get(id).sum(d))) {
        out.add(id + " " + period + ": " + d + " declared '" + rules.get(id).sum(d) + "' but its codes and _T only"
            + " satisfy '" + r.sum(d) + "'");
      }
    }));
    return out;
  }

  /** The rule with each dimension's relation weakened to what the true values satisfy. */
  private static IndicatorRule checked(List<String> dims, IndicatorRule rule, List<IndicatorCell> cells) {
    if (!rule.related()) {
      return rule;
    }
    return RelationCheck.weaken(new CellSpace(dims, rule, cells.stream().map(IndicatorCell::codes).toList()),
        values(cells));
  }

  private static double[] values(List<IndicatorCell> cells) {
    double[] values = new double[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      values[i] = cells.get(i).value() == null ? 0 : cells.get(i).value().doubleValue();
    }
    return values;
  }

  /**
   * Protects the published cells of a group of linked indicators (most groups: one indicator)
   * together: a figure they share is one cell, primary when it is primary in either. The
   * complements of published subsets ({@link LinkedCells#complements}) take part with their true
   * values: never published, they must still not be narrowed to 1 or 2 persons.
   */
  private List<IndicatorCell> protect(List<String> dims, List<IndicatorRule> group, List<List<IndicatorCell>> cellsOf) {
    LinkedCells.Joined joined = LinkedCells.join(dims, group, cellsOf, links);
    checkLinks(dims, cellsOf, joined.twins(), joined.sums());
    CellSpace space = joined.space();
    double[] values = new double[space.size()];
    boolean[] primary = new boolean[space.size()];
    for (int m = 0; m < group.size(); m++) {
      int[] n = joined.numbers().get(m);
      double[] v = values(cellsOf.get(m));
      for (int i = 0; i < n.length; i++) {
        values[n[i]] = v[i];
        primary[n[i]] |= PrimaryRule.isPrimary(group.get(m), cellsOf.get(m).get(i));
      }
    }
    for (int k = 0; k < joined.complements().length; k++) {
      int[] c = joined.complements()[k];
      // total = subset + complement
      IndicatorCell total = cellsOf.get(c[0]).get(c[1]);
      IndicatorCell subset = cellsOf.get(c[2]).get(c[3]);
      double complement = value(total) - value(subset);
      if (complement < 0) {
        throw linkFails(subset.indicator() + ": disclosure.linked says its cell " + describe(dims, subset)
            + " counts some of the persons of " + describe(dims, total) + ", but " + subset.formattedValue() + " > "
            + total.formattedValue());
      }
      int n = joined.complementCells()[k];
      values[n] = complement;
      primary[n] = complement > 0 && complement < group.get(c[4]).threshold();
    }
    boolean[] suppressed = primary;
    if (space.rule().related() && space.rule().protects()) {
      suppressed = SecondarySuppression.run(space, values, primary);
    }
    List<IndicatorCell> out = new ArrayList<>();
    for (int m = 0; m < group.size(); m++) {
      int[] n = joined.numbers().get(m);
      for (int i = 0; i < n.length; i++) {
        IndicatorCell c = cellsOf.get(m).get(i);
        out.add(primary[n[i]] ? c.withStatus("C", null)
            : suppressed[n[i]] ? c.withStatus("D", null) : c.withStatus("F", c.value()));
      }
    }
    return out;
  }

  /** Stops the run when the period's values do not bear a declared link out: the link is wrong. */
  private static void checkLinks(List<String> dims, List<List<IndicatorCell>> cellsOf, int[][] twins, int[][] sums) {
    for (int[] t : twins) {
      IndicatorCell a = cellsOf.get(t[0]).get(t[1]);
      IndicatorCell b = cellsOf.get(t[2]).get(t[3]);
      if (value(a) != value(b)) {
        throw linkFails(a.indicator() + ": disclosure.linked says its cell " + describe(dims, a)
            + " counts the same persons as " + describe(dims, b) + ", but they are " + a.formattedValue() + " and "
            + b.formattedValue());
      }
    }
    for (int[] t : sums) {
      IndicatorCell total = cellsOf.get(t[0]).get(t[1]);
      IndicatorCell a = cellsOf.get(t[2]).get(t[3]);
      IndicatorCell b = cellsOf.get(t[4]).get(t[5]);
      if (value(total) != value(a) + value(b)) {
        throw linkFails(total.indicator() + ": disclosure.linked says its cell " + describe(dims, total)
            + " counts the persons of " + describe(dims, a) + " and of " + describe(dims, b) + ", but "
            + total.formattedValue() + " ≠ " + a.formattedValue() + " + " + b.formattedValue());
      }
    }
  }

  private static ThbstatException linkFails(String message) {
    return new ThbstatException(ThbstatException.Kind.DATA,
        List.of(Problem.of("indicators.yaml", message + "; correct or remove the link")));
  }

  /** A cell's value for the relations: an empty count is 0. */
  private static double value(IndicatorCell c) {
    return c.value() == null ? 0 : c.value().doubleValue();
  }

  private static String describe(List<String> dims, IndicatorCell c) {
    return DerivedCells.describe(dims, DerivedCells.key(c.indicator(), c.period(), c.codes()));
  }

  /** A published cell with nothing behind it: 0 for counts and sums; no value for medians and shares. */
  private static IndicatorCell emptyCell(IndicatorRule rule, String period, List<String> codes) {
    BigDecimal v = rule.related() ? BigDecimal.ZERO : null;
    return new IndicatorCell(rule.indicator(), period, codes, v, rule.unit(), "F", 0);
  }

  /** Every cell of each of the indicator's publication tables, in output-dimension codes. */
  private Map<String, List<List<String>>> tableCells(IndicatorRule rule, List<String> dims) {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    for (PublicationTable t : catalogue.tables()) {
      if (!t.indicator().equals(rule.indicator())) {
        continue;
      }
      List<List<String>> keys = new ArrayList<>();
      keys.add(new ArrayList<>());
      for (String d : dims) {
        List<List<String>> next = new ArrayList<>();
        List<String> codes = codesIn(rule, t, d);
        for (List<String> k : keys) {
          for (String code : codes) {
            List<String> n = new ArrayList<>(k);
            n.add(code);
            next.add(n);
          }
        }
        keys = next;
      }
      out.put(t.id(), keys.stream().map(List::copyOf).toList());
    }
    return out;
  }

  private static List<String> codesIn(IndicatorRule rule, PublicationTable t, String dim) {
    if (!rule.dimensions().contains(dim)) {
      return List.of(IndicatorTable.NOT_APPLICABLE);
    }
    if (!t.dimensions().contains(dim)) {
      return List.of(IndicatorTable.TOTAL);
    }
    List<String> codes = new ArrayList<>(rule.codes().getOrDefault(dim, List.of()));
    codes.add(IndicatorTable.TOTAL);
    return codes;
  }

  private static List<String> key(String indicator, List<String> codes) {
    List<String> k = new ArrayList<>(codes.size() + 1);
    k.add(indicator);
    k.addAll(codes);
    return k;
  }
}
