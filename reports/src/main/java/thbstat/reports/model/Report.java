package thbstat.reports.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import thbstat.indicators.i18n.Language;

/**
 * One publication in one language, ready for a writer: nothing left to look up or translate.
 *
 * @param kind which publication
 * @param language its language
 * @param title its title
 * @param period the reference period(s) as printed
 * @param internal whether full values without disclosure control are shown
 * @param tables the tables, in order
 * @param definitions the indicators used
 * @param trend identified victims by period (label → value) for the cover chart; may be empty
 * @param provenance hashes and generation date
 * @param charts the charts of the body, in order (the PDF draws them; their numbers are in tables)
 * @param sections running text after the tables (methodology), before the definitions
 * @param trendSource who keeps the records of the cover's trend, for its source line; null: the
 *     report's general line
 */
public record Report(ReportKind kind, Language language, String title, String period, boolean internal,
    List<ReportTable> tables, List<Definition> definitions, Map<String, BigDecimal> trend, Provenance provenance,
    List<ReportChart> charts, List<TextSection> sections, String trendSource) {
  /** A report of tables only. */
  public Report(ReportKind kind, Language language, String title, String period, boolean internal,
      List<ReportTable> tables, List<Definition> definitions, Map<String, BigDecimal> trend, Provenance provenance) {
    this(kind, language, title, period, internal, tables, definitions, trend, provenance, List.of(), List.of(), null);
  }

  public Report {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(language);
    Objects.requireNonNull(title);
    Objects.requireNonNull(period);
    Objects.requireNonNull(provenance);
    tables = List.copyOf(tables);
    definitions = List.copyOf(definitions);
    trend = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trend));
    charts = List.copyOf(charts);
    sections = List.copyOf(sections);
  }

  /** The same report with tables renamed ({@code B1} → {@code Q1}); a table not in the map keeps its id. */
  public Report withTableIds(Map<String, String> ids) {
    List<ReportTable> renamed = tables.stream().map(t -> t.withId(ids.getOrDefault(t.id(), t.id()))).toList();
    return new Report(kind, language, title, period, internal, renamed, definitions, trend, provenance, charts, sections,
        trendSource);
  }

  /** The same report with each table's cells replaced by {@code cell}'s answer. */
  public Report withCells(java.util.function.UnaryOperator<ReportCell> cell) {
    List<ReportTable> mapped = tables.stream().map(t -> t.withCells(cell)).toList();
    return new Report(kind, language, title, period, internal, mapped, definitions, trend, provenance, charts, sections,
        trendSource);
  }

  /** The file name stem: {@code greta-2025-sr-Cyrl} (and {@code -internal}). */
  public String fileStem(String lastPeriod) {
    return kind.id() + "-" + lastPeriod + "-" + language.tag() + (internal ? "-internal" : "");
  }
}
