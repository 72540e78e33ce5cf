package thbstat.cli.compare;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.sdmx.IndicatorTableCsv;

/**
 * The changed cells as CSV, one row each, shaped like the indicator table: its key columns, then
 * the old and the new value and status, the change, and what kind of change it is.
 */
public final class RevisionsCsv {
  private RevisionsCsv() {}

  public static void write(Revisions revisions, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(List.of("INDICATOR", "TIME_PERIOD"));
      header.addAll(revisions.dimensions());
      header.addAll(List.of("UNIT_MEASURE", "OLD_VALUE", "OLD_CONF_STATUS", "NEW_VALUE", "NEW_CONF_STATUS",
          "CHANGE", "CHANGE_PERCENT", "REVISION"));
      IndicatorTableCsv.writeRow(w, header);
      for (Revisions.Change c : revisions.changes()) {
        List<String> row = new ArrayList<>(List.of(c.indicator(), c.period()));
        for (String d : revisions.dimensions()) {
          row.add(c.codes().getOrDefault(d, IndicatorTable.NOT_APPLICABLE));
        }
        IndicatorCell any = c.after() != null ? c.after() : c.before();
        row.add(any.unit());
        row.add(c.before() == null ? "" : c.before().formattedValue());
        row.add(c.before() == null ? "" : c.before().status());
        row.add(c.after() == null ? "" : c.after().formattedValue());
        row.add(c.after() == null ? "" : c.after().status());
        row.add(text(c.difference()));
        row.add(c.percent() == null ? "" : c.percent().toPlainString());
        row.add(c.kind().name());
        IndicatorTableCsv.writeRow(w, row);
      }
    }
  }

  private static String text(BigDecimal v) {
    return v == null ? "" : IndicatorCell.format(v);
  }
}
