package thbstat.reports.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.reports.i18n.Messages;

/**
 * The Eurostat data collection on trafficking in human beings in its own layout: one table per
 * Eurostat dataset ({@code crim_thb_*}), the breakdown down the side and the years across. The
 * indicators are those whose {@code references} name the dataset under {@code EUROSTAT}.
 */
final class EurostatTables {
  /** Eurostat dataset → its breakdown, as far as the catalogue's dimensions carry it. */
  static final Map<String, List<String>> LAYOUT = layout();

  private final Catalogue catalogue;
  private final Messages m;
  private final TableBuilder tb;

  EurostatTables(Catalogue catalogue, Messages messages, TableBuilder tableBuilder) {
    this.catalogue = catalogue;
    this.m = messages;
    this.tb = tableBuilder;
  }

  private static Map<String, List<String>> layout() {
    Map<String, List<String>> l = new LinkedHashMap<>();
    l.put("crim_thb_vict", List.of("SEX"));
    l.put("crim_thb_vsage", List.of("SEX", "AGE"));
    l.put("crim_thb_vctz", List.of("CITIZENSHIP", "SEX"));
    l.put("crim_thb_vexp", List.of("EXPLOITATION_GROUP", "SEX"));
    l.put("crim_thb_sex", List.of("SEX"));
    return l;
  }

  List<ReportTable> build(List<String> years, Map<String, CellIndex> cells) {
    List<ReportTable> out = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<String>> e : LAYOUT.entrySet()) {
      List<Indicator> inds = catalogue.indicators().stream()
          .filter(i -> i.references().stream()
              .anyMatch(r -> r.framework().equals("EUROSTAT") && r.item().trim().equals(e.getKey())))
          .toList();
      if (inds.isEmpty()) {
        continue;
      }
      n++;
      out.add(table(String.format("E%d", n), e.getKey(), e.getValue(), inds, years, cells));
    }
    return out;
  }

  /** The indicators one below the other, each with its breakdown; the years across. */
  private ReportTable table(String id, String dataset, List<String> breakdown, List<Indicator> inds,
      List<String> years, Map<String, CellIndex> cells) {
    List<ColumnHeading> cols = years.stream().map(y -> new ColumnHeading("", y)).toList();
    List<ReportRow> rows = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    String unit = null;
    boolean unpublished = false;
    Set<String> codeNotes = new LinkedHashSet<>();
    Set<String> multiNotes = new LinkedHashSet<>();
    for (Indicator ind : inds) {
      ids.add(ind.id());
      unit = unit == null ? ind.unit() : unit;
      List<String> dims = breakdown.stream().filter(ind.dimensions()::contains).toList();
      multiNotes.addAll(tb.notOneCodeEach(ind, dims));
      for (Map<String, String> codes : tb.combinations(dims)) {
        boolean total = codes.values().stream().allMatch("_T"::equals);
        // with several indicators each one's total line carries its name and the breakdown follows
        String label = total && inds.size() > 1 ? m.text(ind.label()) : tb.label(codes);
        List<ReportCell> line = new ArrayList<>();
        for (String y : years) {
          line.add(tb.cell(cells.get(y), ind, codes, 0));
        }
        // a line a public file has no cell of (in the years it covers) is left out, not printed empty
        if (line.stream().anyMatch(c -> ReportCell.NOT_PUBLISHED.equals(c.symbol())) && line.stream()
            .allMatch(c -> ReportCell.NOT_PUBLISHED.equals(c.symbol()) || ReportCell.NOT_AVAILABLE.equals(c.symbol()))) {
          unpublished = true;
          continue;
        }
        line.stream().filter(ReportCell::isSymbol).forEach(c -> symbols.add(c.symbol()));
        rows.add(new ReportRow(label, total, line));
        codeNotes.addAll(tb.codeNotes(codes));
      }
    }
    String heading = breakdown.stream().map(d -> m.text(catalogue.dimension(d).orElseThrow().label()))
        .reduce((a, b) -> a + " / " + b).orElse("");
    List<String> notes = new ArrayList<>(TableBuilder.notes(symbols, m));
    if (unpublished) {
      notes.add(m.get("note.np.rows"));
    }
    notes.addAll(multiNotes);
    notes.addAll(codeNotes);
    return new ReportTable(id, dataset + ": " + m.get("eurostat." + dataset), m.unit(unit), heading, cols, rows,
        notes, String.join(",", ids));
  }
}
