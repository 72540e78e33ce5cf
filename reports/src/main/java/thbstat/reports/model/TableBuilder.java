package thbstat.reports.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.i18n.Messages;

/**
 * Lays out one publication table of the catalogue for one or more periods: the row dimension's
 * codes down (total first), the column dimension's codes across (total first), periods side by
 * side when there are several.
 */
final class TableBuilder {

  private final Catalogue catalogue;
  private final Messages messages;
  private final String absentSymbol;

  TableBuilder(Catalogue catalogue, Messages messages) {
    this(catalogue, messages, ReportCell.NO_DATA);
  }

  /**
   * @param absentSymbol what a cell the indicator table lacks shows: {@link ReportCell#NO_DATA}, or
   *     {@link ReportCell#NOT_PUBLISHED} when a public edition reaches outside the publication tables
   */
  TableBuilder(Catalogue catalogue, Messages messages, String absentSymbol) {
    this.catalogue = catalogue;
    this.messages = messages;
    this.absentSymbol = absentSymbol;
  }

  /**
   * The cell as shown: {@link ReportCell#NOT_AVAILABLE} when the period has no indicator table
   * ({@code index} null), the absent symbol when the table lacks the cell.
   */
  ReportCell cell(CellIndex index, Indicator indicator, Map<String, String> codes, int decimals) {
    if (index == null) {
      return new ReportCell(null, ReportCell.NOT_AVAILABLE, decimals);
    }
    IndicatorCell c = index.find(indicator.id(), indicator.dimensions(), codes);
    if (c != null && c.value() == null && "C".equals(c.status()) && !indicator.disclosure().protects()) {
      // A public figure is never suppressed: C there marks a median or share over no persons.
      return new ReportCell(null, ReportCell.NO_DATA, decimals);
    }
    return c == null ? new ReportCell(null, absentSymbol, decimals) : ReportCell.of(c, decimals);
  }

  ReportTable build(PublicationTable table, List<String> periods, Map<String, CellIndex> cells) {
    Indicator indicator = catalogue.indicator(table.indicator())
        .orElseThrow(() -> new IllegalArgumentException(table.id() + ": no indicator " + table.indicator()));
    List<Map<String, String>> rowKeys = TableLayout.combinations(catalogue, indicator, table.rows());
    List<Map<String, String>> colKeys = TableLayout.combinations(catalogue, indicator, table.columns());
    boolean multiPeriod = periods.size() > 1;

    List<ColumnHeading> columns = new ArrayList<>();
    for (String p : periods) {
      for (Map<String, String> ck : colKeys) {
        if (table.columns().isEmpty()) {
          columns.add(new ColumnHeading("", multiPeriod ? messages.period(p) : messages.get("total")));
        } else {
          columns.add(new ColumnHeading(multiPeriod ? messages.period(p) : "", label(ck)));
        }
      }
    }
    int decimals = decimals(indicator, periods, cells, table, rowKeys, colKeys);
    List<ReportRow> rows = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>();
    for (Map<String, String> rk : rowKeys) {
      List<ReportCell> line = new ArrayList<>();
      for (String p : periods) {
        for (Map<String, String> ck : colKeys) {
          Map<String, String> codes = new LinkedHashMap<>(rk);
          codes.putAll(ck);
          ReportCell c = cell(cells.get(p), indicator, codes, decimals);
          if (c.isSymbol()) {
            symbols.add(c.symbol());
          }
          line.add(c);
        }
      }
      rows.add(new ReportRow(label(rk), rk.values().stream().allMatch(IndicatorTable.TOTAL::equals), line));
    }
    String rowHeading = table.rows().stream()
        .map(d -> messages.text(catalogue.dimension(d).orElseThrow().label()))
        .reduce((a, b) -> a + " / " + b).orElse("");
    List<String> notes = new ArrayList<>(notes(symbols, messages));
    notes.addAll(notOneCodeEach(indicator, table));
    Set<String> ofCodes = new LinkedHashSet<>();
    java.util.stream.Stream.concat(rowKeys.stream(), colKeys.stream()).forEach(k -> ofCodes.addAll(codeNotes(k)));
    notes.addAll(ofCodes);
    return new ReportTable(shortId(table.id()), messages.text(table.title()), messages.unit(indicator),
        rowHeading, columns, rows, notes, indicator.id());
  }

  /**
   * A note for each dimension of the table along which a person may count under several codes (a
   * count that is not additive there: several forms of exploitation, or rows of one person that
   * disagree), whose parts then add up to more than the total.
   */
  private List<String> notOneCodeEach(Indicator indicator, PublicationTable table) {
    return notOneCodeEach(indicator, java.util.stream.Stream.concat(table.rows().stream(), table.columns().stream())
        .toList());
  }

  /** As above, for the dimensions {@code dims} of a table laid out by other means (Eurostat's). */
  List<String> notOneCodeEach(Indicator indicator, List<String> dims) {
    if (indicator.measure().derived() || indicator.measure() instanceof thbstat.indicators.model.Measure.Median
        || indicator.measure() instanceof thbstat.indicators.model.Measure.Share) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String d : dims) {
      if (!indicator.additive().contains(d)) {
        // a list column (forms of exploitation) against a person's rows that disagree (sex in two proceedings)
        Dimension dim = catalogue.dimension(d).orElseThrow();
        out.add(messages.get(dim.multi() ? "note.multi" : "note.records").replace("{dim}", messages.text(dim.label())));
      }
    }
    return out;
  }

  /** The footnotes of the codes of one row or column (Kosovo*), each once per table by the caller's set. */
  List<String> codeNotes(Map<String, String> codes) {
    List<String> out = new ArrayList<>();
    codes.forEach((d, code) -> catalogue.dimension(d)
        .map(dim -> dim.codeNotes().get(code))
        .ifPresent(note -> out.add(messages.text(note))));
    return out;
  }

  /** The footnotes for the symbols a table shows, in a fixed order. */
  static List<String> notes(Set<String> symbols, Messages messages) {
    List<String> notes = new ArrayList<>();
    if (symbols.contains(ReportCell.CONFIDENTIAL)) {
      notes.add(messages.get("note.c"));
    }
    if (symbols.contains(ReportCell.NO_DATA)) {
      notes.add(messages.get("note.missing"));
    }
    if (symbols.contains(ReportCell.NOT_AVAILABLE)) {
      notes.add(messages.get("note.na"));
    }
    if (symbols.contains(ReportCell.NOT_PUBLISHED)) {
      notes.add(messages.get("note.np"));
    }
    return notes;
  }

  static String shortId(String id) {
    return TableLayout.shortId(id);
  }

  /** Every combination of the dimensions' codes, the total first in each dimension. */
  List<Map<String, String>> combinations(List<String> dims) {
    return TableLayout.combinations(catalogue, dims);
  }

  String label(Map<String, String> codes) {
    if (codes.isEmpty()) {
      return messages.get("total");
    }
    List<String> parts = new ArrayList<>();
    codes.forEach((d, code) -> parts.add(IndicatorTable.TOTAL.equals(code) ? messages.get("total")
        : messages.text(catalogue.dimension(d).orElseThrow().labelOf(code))));
    return String.join(" – ", parts);
  }

  static int decimals(Indicator indicator, List<String> periods, Map<String, CellIndex> cells,
      PublicationTable table, List<Map<String, String>> rowKeys, List<Map<String, String>> colKeys) {
    if (!(indicator.measure() instanceof thbstat.indicators.model.Measure.Sum)) {
      return Decimals.of(indicator, false);
    }
    for (String p : periods) {
      if (cells.get(p) == null) {
        continue;
      }
      for (Map<String, String> rk : rowKeys) {
        for (Map<String, String> ck : colKeys) {
          Map<String, String> codes = new LinkedHashMap<>(rk);
          codes.putAll(ck);
          IndicatorCell c = cells.get(p).find(indicator.id(), indicator.dimensions(), codes);
          if (c != null && Decimals.fraction(c.value())) {
            return Decimals.of(indicator, true);
          }
        }
      }
    }
    return Decimals.of(indicator, false);
  }

  static BigDecimal total(CellIndex index, Indicator indicator) {
    if (index == null) {
      return null;
    }
    IndicatorCell c = index.find(indicator.id(), indicator.dimensions(), Map.of());
    return c == null ? null : c.value();
  }
}
