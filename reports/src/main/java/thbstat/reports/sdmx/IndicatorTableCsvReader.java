package thbstat.reports.sdmx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Reads back what {@link IndicatorTableCsv} wrote ({@code indicators.csv} or
 * {@code indicators-public.csv}), so reports render without Spark. An empty OBS_VALUE (a
 * protected cell of the public table) becomes a null value.
 */
public final class IndicatorTableCsvReader {
  private static final int FIXED_BEFORE = 5;
  private static final int FIXED_AFTER = 3;

  private IndicatorTableCsvReader() {}

  public static IndicatorTable read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.getFileName().toString());
    }
  }

  public static IndicatorTable read(Reader in, String name) throws IOException {
    List<List<String>> records = parse(in);
    if (records.isEmpty()) {
      throw new IOException(name + ": empty file, expected the indicator table header");
    }
    List<String> header = records.get(0);
    if (header.size() < FIXED_BEFORE + FIXED_AFTER || !"INDICATOR".equals(header.get(3))) {
      throw new IOException(name + ":1: not an indicator table (header " + header + ")");
    }
    List<String> dimensions = header.subList(FIXED_BEFORE, header.size() - FIXED_AFTER);
    List<IndicatorCell> cells = new ArrayList<>(records.size());
    for (int i = 1; i < records.size(); i++) {
      List<String> f = records.get(i);
      if (f.size() == 1 && f.get(0).isEmpty()) {
        continue;
      }
      if (f.size() != header.size()) {
        throw new IOException(name + ":" + (i + 1) + ": " + f.size() + " fields, header has " + header.size());
      }
      int n = f.size();
      String value = f.get(n - 3);
      BigDecimal v;
      try {
        v = value.isEmpty() ? null : new BigDecimal(value);
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + (i + 1) + ": OBS_VALUE '" + value + "' is not a number", e);
      }
      cells.add(new IndicatorCell(f.get(3), f.get(4), f.subList(FIXED_BEFORE, n - FIXED_AFTER), v, f.get(n - 2),
          f.get(n - 1), v == null ? 0 : v.longValue()));
    }
    return new IndicatorTable(dimensions, cells);
  }

  /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parse(Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      any = true;
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              in.reset();
            }
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        any = false;
      } else if (c != '\r') {
        field.append((char) c);
      }
    }
    if (any) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
