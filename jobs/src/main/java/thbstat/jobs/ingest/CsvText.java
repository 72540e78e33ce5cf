package thbstat.jobs.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import thbstat.jobs.io.Location;

/** Pure-Java helpers for the text level of a CSV file: BOM, UTF-8, header, delimiter. */
public final class CsvText {
  private CsvText() {}

  /** Strips a leading UTF-8 byte order mark (U+FEFF). */
  public static String stripBom(String s) {
    return s != null && s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** {@code ;} when the header has more semicolons than commas outside quotes, else {@code ,}. */
  public static char detectDelimiter(String headerLine) {
    int commas = 0;
    int semis = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semis++;
      }
    }
    return semis > commas ? ';' : ',';
  }

  /** Splits one CSV line on {@code delimiter}, honouring double quotes ({@code ""} inside quotes). */
  public static List<String> split(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /** The first line of the file (without BOM and line end), or null when the file is empty. */
  public static String headerLine(Location file) throws IOException {
    try (InputStream in = new BufferedInputStream(file.open())) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') {
          break;
        }
        line.write(b);
      }
      if (!any) {
        return null;
      }
      String s = stripBom(line.toString(StandardCharsets.UTF_8));
      return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
  }

  /**
   * The 1-based line of the first byte sequence that is not valid UTF-8, or empty when the whole
   * file is valid UTF-8. Streams the file once.
   */
  public static OptionalLong firstInvalidUtf8Line(Location file) throws IOException {
    try (InputStream in = file.open()) {
      return firstInvalidUtf8Line(in);
    }
  }

  static OptionalLong firstInvalidUtf8Line(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    long line = 1;
    int need = 0; // continuation bytes still expected
    int lo = 0x80;
    int hi = 0xBF; // allowed range of the next continuation byte
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        int b = buf[i] & 0xFF;
        if (need > 0) {
          if (b < lo || b > hi) {
            return OptionalLong.of(line);
          }
          need--;
          lo = 0x80;
          hi = 0xBF;
          continue;
        }
        if (b < 0x80) {
          if (b == '\n') {
            line++;
          }
        } else if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          lo = b == 0xE0 ? 0xA0 : 0x80;
          hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          lo = b == 0xF0 ? 0x90 : 0x80;
          hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          return OptionalLong.of(line);
        }
      }
    }
    return need > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }
}
