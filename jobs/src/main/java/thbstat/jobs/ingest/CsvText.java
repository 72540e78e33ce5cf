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

  /** The physical lines of one record whose quoted values run over line breaks, 1-based, first to last. */
  public record RecordLines(long first, long last) {}

  /**
   * Where a CSV file's records take more than one physical line: a quoted value holds a line
   * break. {@code unclosedFrom}: the line where a quoted value opens that the file never closes
   * (-1: none). {@code strayCrLine}, {@code strayCrColumn}: in a file whose lines end with LF, the
   * first carriage return outside quotes that no LF follows, which would split its row in two
   * (-1: none).
   */
  public record MultiLineRecords(List<RecordLines> records, long unclosedFrom, long strayCrLine, int strayCrColumn) {}

  /** {@link #multiLineRecords(InputStream, char)} of a file. */
  public static MultiLineRecords multiLineRecords(Location file, char delimiter) throws IOException {
    try (InputStream in = file.open()) {
      return multiLineRecords(in, delimiter);
    }
  }

  /**
   * Finds the records that span lines, reading the bytes as the row parser reads the text: a
   * value is quoted when its first character is {@code "}; in it, {@code ""} is a quote and a line
   * break is part of the value; a quote elsewhere is an ordinary character. Lines end as Spark's
   * text reader ends them: at LF, CR LF or a lone CR. (The characters that matter are ASCII, so
   * the bytes of UTF-8 can be read one by one.)
   */
  static MultiLineRecords multiLineRecords(InputStream in, char delimiter) throws IOException {
    List<RecordLines> records = new ArrayList<>();
    byte[] buf = new byte[1 << 16];
    long line = 1;
    long recordFirst = 1;
    long quoteOpened = -1;
    int state = FIELD_START;
    boolean afterCr = false;
    int field = 1; // the column the byte is in, counted outside quotes
    int crField = 0;
    boolean sawLf = false;
    long strayCrLine = -1;
    int strayCrColumn = -1;
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        int b = buf[i];
        boolean lf = b == '\n';
        sawLf |= lf;
        if (lf && afterCr) {
          afterCr = false; // the LF of a CR LF: the line already ended
          continue;
        }
        if (afterCr && crField > 0 && strayCrLine < 0) {
          strayCrLine = line - 1; // a CR no LF follows, outside quotes, ended the line before this byte's
          strayCrColumn = crField;
        }
        afterCr = b == '\r';
        if (lf || afterCr) {
          crField = state == QUOTED ? 0 : field; // inside quotes a line break is part of the value
          line++;
          if (state != QUOTED) {
            field = 1;
            if (line - 1 > recordFirst) {
              records.add(new RecordLines(recordFirst, line - 1));
            }
            recordFirst = line;
            state = FIELD_START;
          }
        } else if (state == QUOTED) {
          state = b == '"' ? QUOTE_IN_QUOTED : QUOTED;
        } else if (b == delimiter) {
          state = FIELD_START;
          field++;
        } else if (b == '"' && state == FIELD_START) {
          state = QUOTED;
          quoteOpened = line;
        } else if (b == '"' && state == QUOTE_IN_QUOTED) {
          state = QUOTED; // a doubled quote inside quotes
        } else {
          state = UNQUOTED;
        }
      }
    }
    if (!sawLf) {
      strayCrLine = -1; // lines that all end with CR alone: the header check names that
      strayCrColumn = -1;
    }
    if (state == QUOTED) {
      return new MultiLineRecords(records, quoteOpened, strayCrLine, strayCrColumn);
    }
    if (line > recordFirst) {
      records.add(new RecordLines(recordFirst, line));
    }
    return new MultiLineRecords(records, -1, strayCrLine, strayCrColumn);
  }

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  /**
   * The 1-based line of the first byte sequence that is not valid UTF-8, or empty when the whole
   * file is valid UTF-8. Streams the file once.
   */
  /** Whether the file starts with a UTF-16 byte-order mark (FF FE or FE FF), as Excel's "Unicode Text" writes it. */
  public static boolean startsAsUtf16(Location file) throws IOException {
    try (InputStream in = file.open()) {
      int a = in.read();
      int b = in.read();
      return a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF;
    }
  }

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
