package thbstat.cli.pack;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.sdmx.IndicatorTableCsvReader;

/**
 * One indicator table of a pack, read with the product's own reader, with the line of every cell
 * so that a failure can name it.
 */
final class PackTable {
  private final String entry;
  private final IndicatorTable table;
  private final int[] lines;
  private final Map<String, Integer> byKey = new HashMap<>();

  private PackTable(String entry, IndicatorTable table, int[] lines) {
    this.entry = entry;
    this.table = table;
    this.lines = lines;
    for (int i = 0; i < table.cells().size(); i++) {
      IndicatorCell c = table.cells().get(i);
      byKey.put(key(c.indicator(), c.period(), c.codes()), i);
    }
  }

  static PackTable read(String entry, byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    IndicatorTable table = IndicatorTableCsvReader.read(new StringReader(text), entry);
    // The writer never puts a line break inside a field, so record i is on the i-th non-empty line.
    List<Integer> nonEmpty = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    for (int i = 1; i < raw.length; i++) {
      if (!raw[i].isEmpty() && !raw[i].equals("\r")) {
        nonEmpty.add(i + 1);
      }
    }
    int[] lines = new int[table.cells().size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = nonEmpty.size() == lines.length ? nonEmpty.get(i) : i + 2;
    }
    return new PackTable(entry, table, lines);
  }

  String entry() {
    return entry;
  }

  IndicatorTable table() {
    return table;
  }

  List<IndicatorCell> cells() {
    return table.cells();
  }

  int line(int cellIndex) {
    return lines[cellIndex];
  }

  /** The index of the cell with these codes, or -1. */
  int find(String indicator, String period, List<String> codes) {
    Integer i = byKey.get(key(indicator, period, codes));
    return i == null ? -1 : i;
  }

  /** {@code indicators-public.csv line 37: VIC_IDENTIFIED 2025 SEX=F AGE=Y_LT18}. */
  String where(int cellIndex) {
    return entry + " line " + lines[cellIndex] + ": " + describe(cellIndex);
  }

  /** The cell by its indicator, period and the codes of the dimensions it uses. */
  String describe(int cellIndex) {
    IndicatorCell c = table.cells().get(cellIndex);
    StringBuilder s = new StringBuilder(c.indicator()).append(' ').append(c.period());
    for (int d = 0; d < c.codes().size(); d++) {
      if (!IndicatorTable.NOT_APPLICABLE.equals(c.codes().get(d))) {
        s.append(' ').append(table.dimensions().get(d)).append('=').append(c.codes().get(d));
      }
    }
    return s.toString();
  }

  private static String key(String indicator, String period, List<String> codes) {
    return indicator + '\u0000' + period + '\u0000' + String.join("\u0000", codes);
  }
}
