package thbstat.jobs.protect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.model.Text;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/** Catalogues and internal tables built in Java for the disclosure-control tests. */
final class Fixtures {
  static final String PERIOD = "2024";
  static final String T = IndicatorTable.TOTAL;

  private Fixtures() {}

  static Dimension dim(String id, boolean multi, String... codes) {
    return new Dimension(id, Text.of(id, id), id.toLowerCase(), multi, List.of(codes), Map.of(), List.of(), null,
        null, Map.of());
  }

  static Indicator indicator(String id, int threshold, List<String> dims, List<String> additive) {
    return new Indicator(id, Text.of(id, id), Text.of(id, id), "victims",
        new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW), List.of(), "decision_date", dims, additive,
        "PS", List.of(), new Disclosure(threshold, "test"), null, 1);
  }

  static PublicationTable table(String id, String indicator, List<String> rows, List<String> columns) {
    return new PublicationTable(id, Text.of(id, id), indicator, rows, columns);
  }

  static Catalogue catalogue(List<Dimension> dims, List<Indicator> indicators, List<PublicationTable> tables) {
    return new Catalogue("test", dims, List.of(), List.of(), indicators, tables);
  }

  /**
   * As {@link #catalogue}, its indicators reading the victims' table: how a year relates to its
   * quarters ({@link PeriodLinks#kindOf}) follows from what the source's rows are.
   */
  static Catalogue ofVictims(List<Dimension> dims, List<Indicator> indicators, List<PublicationTable> tables) {
    return new Catalogue("test", dims, List.of(new thbstat.indicators.model.Source("victims", "victims", null)),
        List.of(), indicators, tables);
  }

  /**
   * The internal cells of an additive count: every combination of the dimensions' codes and
   * {@code _T} with a value above 0, the totals summed from {@code inner} (codes in dims order →
   * value).
   */
  static List<IndicatorCell> additiveCube(Catalogue cat, String indicator, List<String> dims,
      List<List<String>> codes, Map<List<String>, Integer> inner) {
    Map<List<String>, Integer> all = new LinkedHashMap<>();
    inner.forEach((k, v) -> {
      List<List<String>> keys = new ArrayList<>();
      keys.add(new ArrayList<>());
      for (String code : k) {
        List<List<String>> next = new ArrayList<>();
        for (List<String> p : keys) {
          for (String c : List.of(code, T)) {
            List<String> n = new ArrayList<>(p);
            n.add(c);
            next.add(n);
          }
        }
        keys = next;
      }
      keys.forEach(key -> all.merge(key, v, Integer::sum));
    });
    List<IndicatorCell> cells = new ArrayList<>();
    all.forEach((k, v) -> {
      if (v > 0) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < dims.size(); i++) {
          m.put(dims.get(i), k.get(i));
        }
        cells.add(cell(cat, indicator, m, v));
      }
    });
    return cells;
  }

  /** A 2-D additive table: {@code values[r][c]} at rows × columns codes. */
  static List<IndicatorCell> grid(Catalogue cat, String indicator, String rowDim, List<String> rows, String colDim,
      List<String> cols, int[][] values) {
    Map<List<String>, Integer> inner = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols.size(); c++) {
        inner.put(List.of(rows.get(r), cols.get(c)), values[r][c]);
      }
    }
    return additiveCube(cat, indicator, List.of(rowDim, colDim), List.of(rows, cols), inner);
  }

  /** One internal cell: the given codes, {@code _T} in the indicator's other dimensions, {@code _Z} elsewhere. */
  static IndicatorCell cell(Catalogue cat, String indicator, Map<String, String> codes, int value) {
    return new IndicatorCell(indicator, PERIOD, codesOf(cat, indicator, codes), BigDecimal.valueOf(value), "PS", "F",
        value);
  }

  static List<String> codesOf(Catalogue cat, String indicator, Map<String, String> codes) {
    Indicator ind = cat.indicator(indicator).orElseThrow();
    List<String> out = new ArrayList<>();
    for (String d : cat.outputDimensions()) {
      out.add(codes.containsKey(d) ? codes.get(d) : ind.dimensions().contains(d) ? T : IndicatorTable.NOT_APPLICABLE);
    }
    return out;
  }

  static IndicatorTable internal(Catalogue cat, List<IndicatorCell> cells) {
    return new IndicatorTable(cat.outputDimensions(), cells);
  }

  static List<String> sorted(String... lines) {
    return java.util.Arrays.stream(lines).sorted().toList();
  }

  /** The public cell at the given codes ("SEX=F" …). */
  static IndicatorCell at(Catalogue cat, IndicatorTable table, String indicator, String... codes) {
    Map<String, String> m = new HashMap<>();
    for (String c : codes) {
      String[] kv = c.split("=");
      m.put(kv[0], kv[1]);
    }
    List<String> key = codesOf(cat, indicator, m);
    return table.cells().stream().filter(c -> c.indicator().equals(indicator) && c.codes().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + m));
  }

  /** The protected cells as "STATUS dim=code …" lines (dimensions in the indicator's order), sorted. */
  static List<String> pattern(Catalogue cat, IndicatorTable pub) {
    List<String> out = new ArrayList<>();
    for (IndicatorCell c : pub.cells()) {
      if (c.value() == null) {
        StringBuilder sb = new StringBuilder(c.status());
        Indicator ind = cat.indicator(c.indicator()).orElseThrow();
        for (String d : ind.dimensions()) {
          sb.append(' ').append(d).append('=').append(c.codes().get(cat.outputDimensions().indexOf(d)));
        }
        out.add(sb.toString());
      }
    }
    return out.stream().sorted().toList();
  }
}
