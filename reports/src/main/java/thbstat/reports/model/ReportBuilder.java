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
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.i18n.Messages;

/**
 * Builds the language-specific model of a publication from the catalogue and the indicator
 * tables of one or more periods (oldest first; the last is the reference period).
 */
public final class ReportBuilder {
  /**
   * The indicators of the headline table, in order (those the catalogue lacks are left out). Each
   * is the indicator of a publication table, so its total is among the public cells.
   */
  static final List<String> HEADLINE = List.of("VIC_REPORTED", "VIC_IDENTIFIED", "VIC_IDENTIFIED_CHILDREN",
      "CJ_SUSPECTED", "CJ_PROSECUTED", "CJ_CONVICTED");
  private static final int GRETA_YEARS = 3;

  private final Catalogue catalogue;
  private final List<String> periods;
  private final Map<String, CellIndex> cells = new LinkedHashMap<>();

  public ReportBuilder(Catalogue catalogue, Map<String, IndicatorTable> tablesByPeriod) {
    if (tablesByPeriod.isEmpty()) {
      throw new IllegalArgumentException("no period to report on");
    }
    this.catalogue = catalogue;
    this.periods = List.copyOf(tablesByPeriod.keySet());
    tablesByPeriod.forEach((p, t) -> cells.put(p, new CellIndex(t.dimensions(), t.cellsOf(p))));
  }

  public String referencePeriod() {
    return periods.get(periods.size() - 1);
  }

  public Report build(ReportKind kind, Language language, boolean internal, Provenance provenance) {
    Messages m = new Messages(language);
    TableBuilder tb = new TableBuilder(catalogue, m);
    String last = referencePeriod();
    List<ReportTable> tables = new ArrayList<>();
    String periodLabel;
    switch (kind) {
      case GRETA -> {
        List<String> years = periods.subList(Math.max(0, periods.size() - GRETA_YEARS), periods.size());
        periodLabel = years.size() == 1 ? last : years.get(0) + "–" + last;
        for (PublicationTable t : catalogue.tables()) {
          if (t.indicator().startsWith("VIC_") || t.indicator().startsWith("CJ_")) {
            tables.add(tb.build(t, years, cells));
          }
        }
      }
      case ANNUAL -> {
        periodLabel = last;
        tables.add(headline(m));
        for (PublicationTable t : catalogue.tables()) {
          tables.add(tb.build(t, List.of(last), cells));
        }
      }
      default -> throw new IllegalArgumentException("report '" + kind.id() + "' is not implemented yet");
    }
    return new Report(kind, language, m.get("report." + kind.id()), periodLabel, internal, tables,
        definitions(tables, m), trend(), provenance);
  }

  /** The main totals of the reference period beside the previous one, with the change in per cent. */
  private ReportTable headline(Messages m) {
    String last = referencePeriod();
    String prev = periods.size() > 1 ? periods.get(periods.size() - 2) : null;
    List<ColumnHeading> cols = new ArrayList<>();
    if (prev != null) {
      cols.add(new ColumnHeading("", prev));
    }
    cols.add(new ColumnHeading("", last));
    if (prev != null) {
      cols.add(new ColumnHeading("", m.get("change.pc")));
    }
    List<ReportRow> rows = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>();
    for (String id : HEADLINE) {
      Indicator ind = catalogue.indicator(id).orElse(null);
      if (ind == null) {
        continue;
      }
      List<ReportCell> line = new ArrayList<>();
      ReportCell now = ReportCell.of(cells.get(last).find(id, ind.dimensions(), Map.of()), 0);
      if (prev != null) {
        ReportCell before = ReportCell.of(cells.get(prev).find(id, ind.dimensions(), Map.of()), 0);
        line.add(before);
        line.add(now);
        line.add(change(before, now));
      } else {
        line.add(now);
      }
      line.stream().filter(ReportCell::isSymbol).forEach(c -> symbols.add(c.symbol()));
      rows.add(new ReportRow(m.text(ind.label()), false, line));
    }
    return new ReportTable("H01", m.get("headline"), m.unit("PS"), m.get("indicator"), cols, rows,
        TableBuilder.notes(symbols, m), null);
  }

  /**
   * The change in per cent; a change from or to a protected value would disclose it, so it is
   * suppressed too; without both values (or from zero) there is no change to show.
   */
  static ReportCell change(ReportCell before, ReportCell now) {
    if (isProtected(before) || isProtected(now)) {
      return new ReportCell(null, ReportCell.SECONDARY, 1);
    }
    if (before.isSymbol() || now.isSymbol() || before.value().signum() == 0) {
      return new ReportCell(null, ReportCell.NO_DATA, 1);
    }
    BigDecimal pc = now.value().subtract(before.value()).multiply(BigDecimal.valueOf(100))
        .divide(before.value(), 1, RoundingMode.HALF_UP);
    return ReportCell.of(pc, 1);
  }

  private static boolean isProtected(ReportCell c) {
    return ReportCell.CONFIDENTIAL.equals(c.symbol()) || ReportCell.SECONDARY.equals(c.symbol());
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

  private List<Definition> definitions(List<ReportTable> tables, Messages m) {
    Set<String> ids = new LinkedHashSet<>();
    for (ReportTable t : tables) {
      if (t.indicator() != null) {
        ids.add(t.indicator());
      } else {
        HEADLINE.forEach(ids::add);
      }
    }
    List<Definition> out = new ArrayList<>();
    for (String id : ids) {
      catalogue.indicator(id).ifPresent(ind -> out.add(new Definition(ind.id(), m.text(ind.label()),
          m.text(ind.definition()), m.unit(ind.unit()),
          ind.references().stream().map(Object::toString).collect(Collectors.joining("; ")))));
    }
    return out;
  }
}
