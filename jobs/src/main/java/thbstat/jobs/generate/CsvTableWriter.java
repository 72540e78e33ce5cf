package thbstat.jobs.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import thbstat.indicators.contract.ExtractTable;

/** CSV as CONTRACT.md §1 reads it: UTF-8, {@code ,}, LF, header, RFC-4180 quotes only where needed. */
final class CsvTableWriter implements TableWriter {
  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);
  private long rows;

  CsvTableWriter(ExtractTable table, Path file) throws IOException {
    this.out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    out.write(String.join(",", table.columnNames()));
    out.write('\n');
  }

  @Override
  public void write(Row row) throws IOException {
    line.setLength(0);
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      appendCell(row.get(i));
    }
    line.append('\n');
    out.append(line);
    rows++;
  }

  private void appendCell(Object v) {
    if (v == null) {
      return;
    }
    String s;
    if (v instanceof List<?> list) {
      s = String.join("|", list.stream().map(Object::toString).toList());
    } else if (v instanceof BigDecimal d) {
      s = d.toPlainString();
    } else if (v instanceof LocalDate d) {
      s = d.toString();
    } else {
      s = v.toString();
    }
    if (needsQuotes(s)) {
      line.append('"').append(s.replace("\"", "\"\"")).append('"');
    } else {
      line.append(s);
    }
  }

  private static boolean needsQuotes(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
