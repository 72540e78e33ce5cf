package thbstat.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Reference;
import thbstat.indicators.model.Target;
import thbstat.indicators.table.IndicatorCell;
import thbstat.reports.i18n.Messages;

/**
 * The Chapter 23/24 Action Plan progress table: one line per indicator with a {@code target:} in
 * the catalogue — baseline, the value expected in the year, the actual {@code _T} cell, the status
 * by {@link Target#status} and the Action Plan items it answers.
 */
final class ActionPlanTable {
  static final String ID = "A1";

  private final Catalogue catalogue;
  private final Messages m;
  private final boolean internal;

  ActionPlanTable(Catalogue catalogue, Messages messages, boolean internal) {
    this.catalogue = catalogue;
    this.m = messages;
    this.internal = internal;
  }

  /**
   * @param cells period → its cells: the year's (absent when the run output lacks it) and, where the
   *     folder holds them, the baseline years', to check each declared baseline against the extract
   */
  ReportTable build(int year, Map<String, CellIndex> cells) {
    CellIndex index = cells.get(String.valueOf(year));
    List<ColumnHeading> cols = List.of(
        new ColumnHeading(m.get("ap.baseline"), m.get("year")),
        new ColumnHeading(m.get("ap.baseline"), m.get("ap.value")),
        new ColumnHeading(String.valueOf(year), m.get("ap.target")),
        new ColumnHeading(String.valueOf(year), m.get("ap.actual")),
        new ColumnHeading(String.valueOf(year), m.get("ap.status")),
        new ColumnHeading("", m.get("ap.tolerance")),
        new ColumnHeading("", m.get("ap.source")));
    List<ReportRow> rows = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    List<String> revised = new ArrayList<>();
    Set<String> yearsNotHeld = new java.util.TreeSet<>();
    List<String> notShown = new ArrayList<>();
    boolean baselineHidden = false;
    for (Indicator ind : catalogue.indicators()) {
      Target t = ind.target();
      if (t == null) {
        continue;
      }
      ids.add(ind.id());
      indicators.add(ind);
      ReportCell actual = actual(index, ind);
      if (actual.isSymbol()) {
        symbols.add(actual.symbol());
      }
      ReportCell expected = t.expected(year).map(v -> number(ind, v)).orElse(ReportCell.symbol(ReportCell.NO_DATA));
      if (expected.isSymbol()) {
        symbols.add(ReportCell.NO_DATA);
      }
      String status = actual.isSymbol() ? m.get("status.none")
          : t.status(year, actual.value().doubleValue()).map(s -> m.get("status." + s.name().toLowerCase(java.util.Locale.ROOT)))
              .orElse(m.get("status.none"));
      ReportCell baseline = number(ind, t.baseline());
      if (!internal && belowThreshold(ind, t.baseline())) {
        baseline = ReportCell.symbol(ReportCell.CONFIDENTIAL);
        baselineHidden = true;
      }
      String label = m.text(ind.label()) + " (" + m.unit(ind).toLowerCase(m.language().locale()) + ")";
      String baselineYear = String.valueOf(t.baselineYear());
      BaselineCheck check = check(cells.get(baselineYear), ind, t);
      if (check instanceof BaselineCheck.Differs d) {
        revised.add(m.text(ind.label()) + " " + baselineYear + ": " + new thbstat.reports.i18n.NumberStyle(m.language())
            .format(d.computed(), Decimals.of(ind, Decimals.fraction(d.computed()))));
      } else if (check instanceof BaselineCheck.YearNotHeld) {
        yearsNotHeld.add(baselineYear);
      } else if (check instanceof BaselineCheck.NotShown) {
        notShown.add(m.text(ind.label()) + " " + baselineYear);
      }
      rows.add(new ReportRow(label,
          false, List.of(
              ReportCell.year(t.baselineYear()),
              baseline,
              expected,
              actual,
              ReportCell.text(status),
              ReportCell.of(BigDecimal.valueOf(t.tolerance() * 100).setScale(0, RoundingMode.HALF_UP), 0),
              ReportCell.text(items(ind)))));
    }
    List<String> notes = new ArrayList<>(TableBuilder.notes(symbols, m));
    if (baselineHidden) {
      notes.add(m.get("ap.baseline.hidden"));
    }
    notes.add(m.get("ap.rule"));
    valuesNote(indicators).ifPresent(notes::add);
    if (!revised.isEmpty()) {
      notes.add(m.get("ap.baseline.revised") + " " + String.join("; ", revised) + ".");
    }
    // a reader should not take silence for agreement
    if (!yearsNotHeld.isEmpty()) {
      notes.add(m.get("ap.baseline.year_not_held") + " " + String.join(", ", yearsNotHeld) + ".");
    }
    if (!notShown.isEmpty()) {
      notes.add(m.get("ap.baseline.not_shown") + " " + String.join("; ", notShown) + ".");
    }
    return new ReportTable(ID, m.get("ap.title"), m.get("ap.unit"), m.get("indicator"), cols, rows, notes,
        String.join(",", ids));
  }

  /**
   * Where the baselines and targets come from, once: the catalogue, and whether they are the
   * adopted Action Plans' or working values still to be confirmed ({@code provisional: true}).
   */
  private java.util.Optional<String> valuesNote(List<Indicator> indicators) {
    List<String> provisional = indicators.stream().filter(i -> i.target().provisional())
        .map(i -> m.text(i.label())).toList();
    if (indicators.isEmpty()) {
      return java.util.Optional.empty();
    }
    if (provisional.size() == indicators.size()) {
      return java.util.Optional.of(m.get("ap.provisional"));
    }
    return java.util.Optional.of(provisional.isEmpty() ? m.get("ap.adopted")
        : m.get("ap.adopted.except") + " " + String.join("; ", provisional) + ".");
  }

  /**
   * A declared baseline that counts fewer persons than the indicator's disclosure threshold (a
   * count, not the median or share of few persons, which the threshold also guards): a public
   * edition does not print it, as the indicator's own cell of that size would not be printed either.
   */
  private static boolean belowThreshold(Indicator ind, double baseline) {
    return "PS".equals(ind.unit()) && baseline > 0 && baseline < ind.disclosure().threshold();
  }

  /** What the baseline year's tables say of a declared baseline. */
  sealed interface BaselineCheck {
    /** The year's {@code _T} value, rounded as the baseline is declared, is the baseline. */
    record Agrees() implements BaselineCheck {}

    /** The year's {@code _T} value is another (the Action Plan fixed its baseline on the data of its day). */
    record Differs(BigDecimal computed) implements BaselineCheck {}

    /** The run output holds no tables of the baseline year. */
    record YearNotHeld() implements BaselineCheck {}

    /** The year's tables do not show the value: protected, not published, or not computed then. */
    record NotShown() implements BaselineCheck {}
  }

  /** The declared baseline of {@code ind} against its year's {@code _T} cell ({@code baselineYear} null: not held). */
  static BaselineCheck check(CellIndex baselineYear, Indicator ind, Target t) {
    if (baselineYear == null) {
      return new BaselineCheck.YearNotHeld();
    }
    IndicatorCell c = baselineYear.find(ind.id(), ind.dimensions(), Map.of());
    if (c == null || c.value() == null) {
      return new BaselineCheck.NotShown();
    }
    BigDecimal declared = BigDecimal.valueOf(t.baseline());
    int scale = Math.max(declared.stripTrailingZeros().scale(), 0);
    BigDecimal computed = c.value().setScale(scale, RoundingMode.HALF_UP);
    return computed.compareTo(declared) == 0 ? new BaselineCheck.Agrees() : new BaselineCheck.Differs(c.value());
  }

  /** The year's {@code _T} cell; outside the publication tables a public edition cannot show it. */
  private ReportCell actual(CellIndex index, Indicator ind) {
    int decimals = Decimals.of(ind, false);
    if (index == null) {
      return new ReportCell(null, ReportCell.NOT_AVAILABLE, decimals);
    }
    IndicatorCell c = index.find(ind.id(), ind.dimensions(), Map.of());
    if (c == null) {
      return new ReportCell(null, internal ? ReportCell.NO_DATA : ReportCell.NOT_PUBLISHED, decimals);
    }
    return ReportCell.of(c, Decimals.of(ind, Decimals.fraction(c.value())));
  }

  private static ReportCell number(Indicator ind, double v) {
    BigDecimal b = BigDecimal.valueOf(v);
    int d = Decimals.of(ind, Decimals.fraction(b));
    if (Decimals.fraction(b)) { // a declared value is never rounded away (a target of 12.5 persons)
      d = Math.max(d, Math.min(2, b.stripTrailingZeros().scale()));
    }
    return ReportCell.of(b.setScale(d, RoundingMode.HALF_UP), d);
  }

  /**
   * The Action Plan items (AP23, AP24) the indicator answers, in the edition's language where the
   * catalogue words them so; otherwise a Serbian edition names the item's chapter.
   */
  private String items(Indicator ind) {
    return ind.references().stream().filter(r -> r.framework().matches("AP\\d+"))
        .map(r -> r.in(m.language()).orElse(m.get("ap.chapter") + " " + r.framework().substring(2))).distinct()
        .collect(Collectors.joining("; "));
  }
}
