package thbstat.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.i18n.Messages;
import thbstat.reports.input.RunOutput;

/**
 * Builds the language-specific model of a publication from the catalogue and the indicator
 * tables of one or more periods (oldest first; the last is the reference period).
 */
public final class ReportBuilder {
  /**
   * The bulletin's tables: the quarter against the same quarter a year before, the last eight
   * quarters, referrals by institution. B for bulletin: packs before format 3 named them Q1–Q3,
   * which a reader of a fourth quarter's bulletin took for quarters.
   */
  public static final List<String> BULLETIN_TABLES = List.of("B1", "B2", "B3");
  /**
   * The indicators of the headline table, in order (those the catalogue lacks are left out). Each
   * is the indicator of a publication table, so its total is among the public cells.
   */
  static final List<String> HEADLINE = List.of("VIC_REPORTED", "VIC_IDENTIFIED", "VIC_IDENTIFIED_CHILDREN",
      "CJ_SUSPECTED", "CJ_PROSECUTED", "CJ_CONVICTED");
  /** The criminal-justice funnel, from suspects to convictions. */
  static final List<String> FUNNEL = List.of("CJ_SUSPECTED", "CJ_PROSECUTED", "CJ_CONVICTED");
  private static final int GRETA_YEARS = 3;
  static final int BULLETIN_QUARTERS = 8;

  private final Catalogue catalogue;
  private final List<String> periods;
  private final Map<String, CellIndex> cells = new LinkedHashMap<>();
  private final DataQuality dataQuality;

  public ReportBuilder(Catalogue catalogue, Map<String, IndicatorTable> tablesByPeriod) {
    this(catalogue, tablesByPeriod, null);
  }

  /**
   * @param dataQuality the run's data-quality report for the annual report's annex, or null
   */
  public ReportBuilder(Catalogue catalogue, Map<String, IndicatorTable> tablesByPeriod, DataQuality dataQuality) {
    if (tablesByPeriod.isEmpty()) {
      throw new IllegalArgumentException("no period to report on");
    }
    this.catalogue = catalogue;
    this.periods = List.copyOf(tablesByPeriod.keySet());
    this.dataQuality = dataQuality;
    tablesByPeriod.forEach((p, t) -> cells.put(p, new CellIndex(t.dimensions(), t.cellsOf(p))));
  }

  /** The builder for what a run left: its tables and its data-quality report. */
  public static ReportBuilder of(Catalogue catalogue, RunOutput run) {
    return new ReportBuilder(catalogue, run.tables(), run.dataQuality());
  }

  public String referencePeriod() {
    return periods.get(periods.size() - 1);
  }

  /**
   * The periods before the reference one that the report shows beside it but that have no table
   * here (the run did not compute them): their cells show ':' (not available).
   */
  public List<String> periodsWithoutTable(ReportKind kind) {
    Period ref = Period.parse(referencePeriod());
    if (!kind.appliesTo(ref)) {
      return List.of();
    }
    List<String> shown = new ArrayList<>();
    switch (kind) {
      case GRETA -> {
        Period first = ref;
        for (int i = 1; i < GRETA_YEARS; i++) {
          first = first.previous();
        }
        shown.addAll(consecutive(first, ref));
      }
      case ANNUAL -> shown.add(ref.previous().toString());
      case QUARTERLY -> {
        shown.addAll(window(ref));
        shown.add(ref.yearBefore().toString());
      }
      default -> { }
    }
    return shown.stream().filter(p -> !cells.containsKey(p)).distinct().sorted().toList();
  }

  /**
   * What the tables here say of the Action Plan baselines, one line per baseline they give otherwise
   * ({@code VIC_IDENTIFIED: baseline 66 declared for 2023, the tables give 62}) and one per baseline
   * year they do not hold; empty for the other kinds.
   */
  public List<String> baselineNotes(ReportKind kind) {
    if (kind != ReportKind.ACTION_PLAN) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Map<Integer, List<String>> notHeld = new java.util.TreeMap<>();
    for (thbstat.indicators.model.Indicator ind : catalogue.indicators()) {
      thbstat.indicators.model.Target t = ind.target();
      if (t == null) {
        continue;
      }
      ActionPlanTable.BaselineCheck check = ActionPlanTable.check(cells.get(String.valueOf(t.baselineYear())), ind, t);
      if (check instanceof ActionPlanTable.BaselineCheck.Differs d) {
        out.add(ind.id() + ": baseline " + BigDecimal.valueOf(t.baseline()).stripTrailingZeros().toPlainString()
            + " declared for " + t.baselineYear() + ", the tables give " + d.computed().toPlainString());
      } else if (check instanceof ActionPlanTable.BaselineCheck.YearNotHeld) {
        notHeld.computeIfAbsent(t.baselineYear(), y -> new ArrayList<>()).add(ind.id());
      }
    }
    notHeld.forEach((year, ids) -> out.add("baselines of " + year + " not checked against the extract (" + ids.size()
        + " indicator" + (ids.size() == 1 ? "" : "s") + "): the run folder holds no tables of " + year));
    return out;
  }

  public Report build(ReportKind kind, Language language, boolean internal, Provenance provenance) {
    Messages m = new Messages(language);
    TableBuilder tb = new TableBuilder(catalogue, m);
    String last = referencePeriod();
    Period ref = Period.parse(last);
    if (!kind.appliesTo(ref)) {
      throw new IllegalArgumentException("report '" + kind.id() + "' is made for "
          + (kind == ReportKind.QUARTERLY ? "a quarter (YYYY-Qn)" : "a year (YYYY)") + ", not for " + last);
    }
    List<ReportTable> tables = new ArrayList<>();
    List<ReportChart> charts = new ArrayList<>();
    List<TextSection> sections = new ArrayList<>();
    Map<String, BigDecimal> trend = Map.of();
    String periodLabel;
    switch (kind) {
      case GRETA -> {
        // always the reference year and the two before it: a year the run output lacks shows ':'
        Period first = ref;
        for (int i = 1; i < GRETA_YEARS; i++) {
          first = first.previous();
        }
        List<String> years = consecutive(first, ref);
        periodLabel = years.get(0) + "–" + last;
        List<String> skipped = new ArrayList<>();
        for (PublicationTable t : catalogue.tables()) {
          if (catalogue.indicator(t.indicator()).map(ReportBuilder::answersGreta).orElse(false)) {
            tables.add(withSkippedNote(tb.build(t, years, cells), skipped, m));
            skipped.clear();
          } else {
            skipped.add(TableLayout.shortId(t.id()));
          }
        }
      }
      case ANNUAL -> {
        periodLabel = last;
        trend = trend();
        tables.add(headline(m, ref.previous().toString(), last, "H01", m.get("headline")));
        for (PublicationTable t : catalogue.tables()) {
          tables.add(tb.build(t, List.of(last), cells));
        }
        formAndAgeChart(m, last).ifPresent(charts::add);
        funnelChart(m, last).ifPresent(charts::add);
        tables.addAll(new DataQualityAnnex(m).tables(dataQuality, ref.year()));
        sections.add(new Methodology(catalogue, m).section(indicatorsOf(tables), symbolNotes(tables, m)));
      }
      case QUARTERLY -> {
        periodLabel = m.period(last);
        List<String> window = window(ref);
        String lastYear = ref.yearBefore().toString();
        tables.add(headline(m, lastYear, last, BULLETIN_TABLES.get(0), m.get("quarter.headline")));
        ReportTable eight = quarters(m, window);
        tables.add(eight);
        quarterChart(m, eight).ifPresent(charts::add);
        catalogue.tables().stream()
            .filter(t -> t.indicator().equals("VIC_REPORTED") && t.rows().equals(List.of("REFERRED_BY")))
            .findFirst()
            .ifPresent(t -> tables.add(tb.build(t, List.of(lastYear, last), cells).withId(BULLETIN_TABLES.get(2))));
      }
      case ACTION_PLAN -> {
        periodLabel = last;
        tables.add(new ActionPlanTable(catalogue, m, internal).build(ref.year(), cells));
      }
      case EUROSTAT -> {
        List<String> years = consecutive(Period.parse(periods.get(0)), ref);
        periodLabel = years.size() == 1 ? last : years.get(0) + "–" + last;
        TableBuilder absentAware = new TableBuilder(catalogue, m,
            internal ? ReportCell.NO_DATA : ReportCell.NOT_PUBLISHED);
        tables.addAll(new EurostatTables(catalogue, m, absentAware).build(years, cells));
      }
      default -> throw new IllegalArgumentException("report '" + kind.id() + "' is not implemented yet");
    }
    String confidential = confidentialNote(indicatorsOf(tables), m);
    List<ReportTable> sourced = tables.stream().map(t -> t.source() != null ? t : t.withSource(sourceOf(t, m)))
        .map(t -> t.withNoteReplaced(m.get("note.c"), confidential)).toList();
    // every edition says how recent its data are, as the annual report's D1 does
    Provenance dated = provenance.withLatestMonth(dataQuality == null ? null : dataQuality.latestMonth());
    String trendSource = trend.isEmpty() ? null : sourceOf(List.of("VIC_IDENTIFIED"), m);
    return new Report(kind, language, m.get("report." + kind.id()), periodLabel, internal, sourced,
        definitions(sourced, m), trend, dated, charts, sections, trendSource);
  }

  /**
   * The legend of x: with the number where every indicator of the report that suppresses small
   * counts has the same threshold, since only the annual report has a methodology that lists the
   * thresholds; where they differ, in general words.
   */
  String confidentialNote(Set<String> indicatorIds, Messages m) {
    Set<Integer> thresholds = indicatorIds.stream().map(catalogue::indicator).flatMap(java.util.Optional::stream)
        .map(Indicator::disclosure).filter(thbstat.indicators.model.Disclosure::protects)
        .map(thbstat.indicators.model.Disclosure::threshold).collect(Collectors.toSet());
    return thresholds.size() == 1
        ? m.get("note.c.n").replace("{n}", String.valueOf(thresholds.iterator().next())) : m.get("note.c");
  }

  /** The legends of the symbols that the tables show, and of no other, as under each table. */
  private List<String> symbolNotes(List<ReportTable> tables, Messages m) {
    Set<String> symbols = new LinkedHashSet<>();
    tables.forEach(t -> t.rows().forEach(r -> r.cells().stream().filter(ReportCell::isSymbol)
        .forEach(c -> symbols.add(c.symbol()))));
    String confidential = confidentialNote(indicatorsOf(tables), m);
    return TableBuilder.notes(symbols, m).stream().map(n -> n.equals(m.get("note.c")) ? confidential : n).toList();
  }

  /**
   * Who keeps the records behind a table, from the catalogue's sources (a ratio or rate: those of
   * the indicators it is computed from): "Centre for Protection of Victims …". The headline tables
   * name their indicators' sources; the data-quality annex, the ingest.
   */
  String sourceOf(ReportTable t, Messages m) {
    if (t.id().startsWith(DataQualityAnnex.ID_PREFIX)) {
      return m.get("source.ingest");
    }
    // H01, B1 and the bulletin's eight quarters (B2) show the headline indicators
    return sourceOf(t.indicator() != null ? List.of(t.indicator().split(",")) : HEADLINE, m);
  }

  private String sourceOf(List<String> ids, Messages m) {
    java.util.Set<String> providers = new java.util.LinkedHashSet<>();
    for (String id : ids) {
      providersOf(id.strip(), m, providers, 0);
    }
    // the program's name stays as it is written, in Cyrillic too
    return providers.isEmpty() ? null
        : String.join("; ", providers) + " (" + m.get("source.records").replace("{program}", "thbstat") + ")";
  }

  private void providersOf(String id, Messages m, java.util.Set<String> into, int depth) {
    thbstat.indicators.model.Indicator ind = catalogue.indicator(id).orElse(null);
    if (ind == null || depth > 4) {
      return;
    }
    if (ind.measure() instanceof thbstat.indicators.model.Measure.Ratio r) {
      providersOf(r.numerator(), m, into, depth + 1);
      providersOf(r.denominator(), m, into, depth + 1);
    } else if (ind.measure() instanceof thbstat.indicators.model.Measure.Rate r) {
      providersOf(r.indicator(), m, into, depth + 1);
    } else if (ind.source() != null) {
      catalogue.source(ind.source()).map(thbstat.indicators.model.Source::provider).ifPresent(p -> into.add(m.text(p)));
    }
  }

  /**
   * The annex keeps the catalogue's table numbers, so a reader who finds T07 followed by T09 is told
   * where T08 went, under the table after the gap.
   */
  private static ReportTable withSkippedNote(ReportTable t, List<String> skipped, Messages m) {
    if (skipped.isEmpty()) {
      return t;
    }
    int last = skipped.size() - 1;
    String ids = last == 0 ? skipped.get(0)
        : String.join(", ", skipped.subList(0, last)) + " " + m.get("and") + " " + skipped.get(last);
    return t.withNote(m.get(skipped.size() == 1 ? "note.notInAnnex.one" : "note.notInAnnex").replace("{tables}", ids));
  }

  /** Whether the indicator is one of GRETA's (its references name the framework). */
  private static boolean answersGreta(thbstat.indicators.model.Indicator indicator) {
    return indicator.references().stream().anyMatch(r -> r.framework().equals("GRETA"));
  }

  /** Every period of the kind from {@code first} to {@code last}, as text. */
  private static List<String> consecutive(Period first, Period last) {
    List<String> out = new ArrayList<>();
    for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
      out.add(p.toString());
    }
    return out;
  }

  /** The bulletin's quarters: the reference quarter and the seven before it, oldest first. */
  static List<String> window(Period ref) {
    Period first = ref;
    for (int i = 1; i < BULLETIN_QUARTERS; i++) {
      first = first.previous();
    }
    return consecutive(first, ref);
  }

  /**
   * The main totals of {@code now} beside {@code before}, with the change in per cent; a period
   * the run output lacks shows as not available.
   */
  private ReportTable headline(Messages m, String before, String now, String id, String title) {
    List<ColumnHeading> cols = List.of(new ColumnHeading("", m.period(before)), new ColumnHeading("", m.period(now)),
        new ColumnHeading("", m.get("change.pc")));
    TableBuilder tb = new TableBuilder(catalogue, m);
    List<ReportRow> rows = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>();
    boolean lastQuarter = false;
    for (Indicator ind : indicators(HEADLINE)) {
      ReportCell a = tb.cell(cells.get(before), ind, Map.of(), 0);
      ReportCell b = tb.cell(cells.get(now), ind, Map.of(), 0);
      List<ReportCell> line = List.of(a, b, change(a, b));
      line.stream().filter(ReportCell::isSymbol).forEach(c -> symbols.add(c.symbol()));
      rows.add(new ReportRow(m.text(ind.label()), false, line));
      lastQuarter |= a.isProtected() && isLastQuarter(before) || b.isProtected() && isLastQuarter(now);
    }
    return new ReportTable(id, title, m.unit("PS"), m.get("indicator"), cols, rows,
        withLastQuarterNote(TableBuilder.notes(symbols, m), lastQuarter, m), null);
  }

  private static boolean isLastQuarter(String period) {
    Period p = Period.parse(period);
    return !p.isYear() && p.quarter() == 4;
  }

  /**
   * The notes, and where a fourth quarter's figure is protected, why it may be: the last quarter
   * is protected so that its year's totals can be published (see the disclosure control).
   */
  private static List<String> withLastQuarterNote(List<String> notes, boolean lastQuarter, Messages m) {
    if (!lastQuarter) {
      return notes;
    }
    List<String> out = new ArrayList<>(notes);
    out.add(m.get("note.lastQuarter"));
    return out;
  }

  /** The headline indicators over the bulletin's quarters. */
  private ReportTable quarters(Messages m, List<String> window) {
    TableBuilder tb = new TableBuilder(catalogue, m);
    List<ColumnHeading> cols = window.stream().map(q -> new ColumnHeading("", m.period(q))).toList();
    List<ReportRow> rows = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>();
    boolean lastQuarter = false;
    for (Indicator ind : indicators(HEADLINE)) {
      List<ReportCell> line = new ArrayList<>();
      for (String q : window) {
        ReportCell c = tb.cell(cells.get(q), ind, Map.of(), 0);
        if (c.isSymbol()) {
          symbols.add(c.symbol());
        }
        lastQuarter |= c.isProtected() && isLastQuarter(q);
        line.add(c);
      }
      rows.add(new ReportRow(m.text(ind.label()), false, line));
    }
    return new ReportTable(BULLETIN_TABLES.get(1), m.get("quarter.eight"), m.unit("PS"), m.get("indicator"), cols, rows,
        withLastQuarterNote(TableBuilder.notes(symbols, m), lastQuarter, m), null);
  }

  /**
   * The headline figures over the quarters, from the table that prints them; a figure protected
   * in every quarter has nothing to draw and is left out (none left: no chart).
   */
  private java.util.Optional<ReportChart> quarterChart(Messages m, ReportTable eight) {
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    Map<String, List<String>> marks = new LinkedHashMap<>();
    for (ReportRow row : eight.rows()) {
      List<BigDecimal> v = values(row.cells());
      if (v.stream().anyMatch(java.util.Objects::nonNull)) {
        series.put(row.label(), v);
        marks.put(row.label(), marks(row.cells()));
      }
    }
    if (series.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> categories = eight.columns().stream().map(ColumnHeading::label).toList();
    return java.util.Optional.of(new ReportChart("C1", m.get("chart.quarters"), ReportChart.Style.BARS, categories,
        series, gapsNote(m, series), marks).withSource(sourceOf(HEADLINE, m)).withUnit(eight.unit()));
  }

  /** Identified victims, all and children, by form of exploitation (tables T04 and T09). */
  private java.util.Optional<ReportChart> formAndAgeChart(Messages m, String year) {
    Indicator all = catalogue.indicator("VIC_IDENTIFIED").orElse(null);
    Indicator children = catalogue.indicator("VIC_IDENTIFIED_CHILDREN").orElse(null);
    if (all == null || children == null || !all.dimensions().contains("EXPLOITATION")
        || !children.dimensions().contains("EXPLOITATION")) {
      return java.util.Optional.empty();
    }
    TableBuilder tb = new TableBuilder(catalogue, m);
    List<String> codes = catalogue.dimension("EXPLOITATION").orElseThrow().codes();
    List<String> categories = new ArrayList<>();
    List<ReportCell> allCells = new ArrayList<>();
    List<ReportCell> childCells = new ArrayList<>();
    for (String code : codes) {
      categories.add(tb.label(Map.of("EXPLOITATION", code)));
      allCells.add(tb.cell(cells.get(year), all, Map.of("EXPLOITATION", code), 0));
      childCells.add(tb.cell(cells.get(year), children, Map.of("EXPLOITATION", code), 0));
    }
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put(m.get("chart.all.ages"), values(allCells));
    series.put(m.get("chart.children"), values(childCells));
    Map<String, List<String>> marks = Map.of(m.get("chart.all.ages"), marks(allCells), m.get("chart.children"),
        marks(childCells));
    return java.util.Optional.of(new ReportChart("C1", m.get("chart.form.age"), ReportChart.Style.BARS, categories,
        series, gapsNote(m, series), marks).withSource(sourceOf(List.of(all.id(), children.id()), m))
        .withUnit(m.unit(all)));
  }

  /** Suspected, prosecuted and convicted persons of the year (the headline table's rows). */
  private java.util.Optional<ReportChart> funnelChart(Messages m, String year) {
    List<Indicator> steps = indicators(FUNNEL);
    if (steps.isEmpty()) {
      return java.util.Optional.empty();
    }
    TableBuilder tb = new TableBuilder(catalogue, m);
    List<ReportCell> line = steps.stream().map(i -> tb.cell(cells.get(year), i, Map.of(), 0)).toList();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put(m.unit("PS"), values(line));
    Map<String, List<String>> marks = Map.of(m.unit("PS"), marks(line));
    return java.util.Optional.of(new ReportChart("C2", m.get("chart.funnel"), ReportChart.Style.HORIZONTAL_BARS,
        steps.stream().map(i -> m.text(i.label())).toList(), series,
        (m.get("chart.funnel.note") + "\n" + gapsNote(m, series)).strip(), marks)
        .withSource(sourceOf(steps.stream().map(Indicator::id).toList(), m)).withUnit(m.unit("PS")));
  }

  /** The values a chart may draw: protected or missing cells are left out (null). */
  private static List<BigDecimal> values(List<ReportCell> line) {
    return line.stream().map(c -> c.isSymbol() || c.isText() ? null : c.value()).toList();
  }

  /** Per cell, the symbol the table prints where a chart has no value to draw, else null. */
  private static List<String> marks(List<ReportCell> line) {
    return line.stream().map(c -> c.isSymbol() ? c.symbol() : null).toList();
  }

  private static String gapsNote(Messages m, Map<String, List<BigDecimal>> series) {
    boolean gaps = series.values().stream().anyMatch(v -> v.contains(null));
    return gaps ? m.get("chart.gaps") : "";
  }

  private List<Indicator> indicators(List<String> ids) {
    return ids.stream().map(id -> catalogue.indicator(id).orElse(null)).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The change in per cent; a change from or to a protected value would disclose it, so it is
   * suppressed too; from or to a figure that is not available (a year the run did not compute) it
   * is not available either; without both values (or from zero) there is no change to show.
   */
  static ReportCell change(ReportCell before, ReportCell now) {
    if (before.isProtected() || now.isProtected()) {
      return new ReportCell(null, ReportCell.CONFIDENTIAL, 1);
    }
    if (ReportCell.NOT_AVAILABLE.equals(before.symbol()) || ReportCell.NOT_AVAILABLE.equals(now.symbol())) {
      return new ReportCell(null, ReportCell.NOT_AVAILABLE, 1);
    }
    if (before.isSymbol() || now.isSymbol() || before.value().signum() == 0) {
      return new ReportCell(null, ReportCell.NO_DATA, 1);
    }
    BigDecimal pc = now.value().subtract(before.value()).multiply(BigDecimal.valueOf(100))
        .divide(before.value(), 1, RoundingMode.HALF_UP);
    return ReportCell.of(pc, 1);
  }

  /** Identified victims (total) in each period, for the trend chart; protected totals are left out. */
  private Map<String, BigDecimal> trend() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    catalogue.indicator("VIC_IDENTIFIED").ifPresent(ind -> periods.forEach(p -> {
      BigDecimal v = TableBuilder.total(cells.get(p), ind);
      if (v != null) {
        out.put(p, v);
      }
    }));
    return out;
  }

  private Set<String> indicatorsOf(List<ReportTable> tables) {
    Set<String> ids = new LinkedHashSet<>();
    for (ReportTable t : tables) {
      if (t.indicator() != null) {
        ids.addAll(List.of(t.indicator().split(",")));
      } else if (!t.id().startsWith(DataQualityAnnex.ID_PREFIX)) {
        HEADLINE.forEach(ids::add);
      }
    }
    return ids;
  }

  private List<Definition> definitions(List<ReportTable> tables, Messages m) {
    List<Definition> out = new ArrayList<>();
    for (String id : indicatorsOf(tables)) {
      // a reference the catalogue words in English only: Serbian editions name its framework
      catalogue.indicator(id).ifPresent(ind -> out.add(new Definition(ind.id(), m.text(ind.label()),
          m.text(ind.definition()), m.unit(ind), ind.references().stream()
              .map(r -> r.in(m.language()).orElse(r.framework())).distinct().collect(Collectors.joining("; ")))));
    }
    return out;
  }
}
