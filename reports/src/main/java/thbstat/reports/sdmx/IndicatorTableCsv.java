package thbstat.reports.sdmx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/** Writes the indicator table as SDMX-CSV 2.0 shaped CSV (CONTRACT.md §3): UTF-8, no BOM, LF. */
public final class IndicatorTableCsv {
  private IndicatorTableCsv() {}

  public static void write(IndicatorTable table, List<IndicatorCell> cells, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(table, cells, w);
    }
  }

  public static void write(IndicatorTable table, List<IndicatorCell> cells, Writer w) throws IOException {
    writeRow(w, table.header());
    for (IndicatorCell c : cells) {
      List<String> row = new ArrayList<>(table.header().size());
      row.add(IndicatorTable.STRUCTURE);
      row.add(IndicatorTable.STRUCTURE_ID);
      row.add(IndicatorTable.ACTION);
      row.add(c.indicator());
      row.add(c.period());
      row.addAll(c.codes());
      row.add(c.formattedValue());
      row.add(c.unit());
      row.add(c.status());
      writeRow(w, row);
    }
  }

  /** One CSV record, quoted where a field needs it, ended by a line feed. */
  public static void writeRow(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(fields.get(i)));
    }
    w.write('\n');
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
