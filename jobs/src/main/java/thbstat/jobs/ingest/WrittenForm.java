package thbstat.jobs.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a value is not a date YYYY-MM-DD or a decimal number, in the words its writer needs: a
 * spreadsheet saved in Serbian writes 24.11.2015. (day first, with a final dot) and 1.234,50 (a
 * decimal comma), one saved in English 11/24/2015 and 1,234.50, a date column left in number
 * format the serial 42332. The row is quarantined all the same (nothing is guessed), but the
 * message says how to write the value it most likely means.
 */
final class WrittenForm {
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\.?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})\\.?");
  private static final Pattern ISO_UNPADDED = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?");
  private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
  /** Excel's day 0 (its serial 60 is a 29 February 1900 that never was; later serials are right from here). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+");
  private static final Pattern THOUSANDS_DOT = Pattern.compile("-?\\d{1,3}(\\.\\d{3}){2,}");
  private static final Pattern THOUSANDS_COMMA = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private WrittenForm() {}

  /**
   * The message of a value that is not a decimal number: {@code invalid} as it is, or with how to
   * write it where a decimal comma or a thousands separator is plain.
   */
  static String decimal(String text, String invalid) {
    String s = text.strip();
    if (THOUSANDS_COMMA.matcher(s).matches()) {
      // one comma before three digits, and nothing else: thousands, or a decimal comma
      return s.indexOf(',') == s.lastIndexOf(',') && s.indexOf('.') < 0
          ? invalid + ": written with a comma, which leaves open whether it separates thousands or decimals ("
              + s.replace(",", "") + " or " + s.replace(',', '.') + ")"
          : invalid + ": written with ',' between thousands; write " + s.replace(",", "");
    }
    if (DECIMAL_COMMA.matcher(s).matches()) {
      return invalid + ": written with a decimal comma; write " + s.replace(".", "").replace(',', '.');
    }
    if (THOUSANDS_DOT.matcher(s).matches()) {
      return invalid + ": written with '.' between thousands; write " + s.replace(".", "");
    }
    return invalid;
  }

  /** The message of a value that is not a date YYYY-MM-DD. */
  static String date(String text) {
    String s = text.strip();
    String base = "not a date YYYY-MM-DD";
    Matcher m;
    if ((m = DOTTED.matcher(s)).matches()) {
      LocalDate d = day(m.group(3), m.group(2), m.group(1));
      return d == null ? base + ": written day.month.year, but there is no such day"
          : base + ": written day.month.year; write " + d;
    }
    if ((m = SLASHED.matcher(s)).matches()) {
      LocalDate dayFirst = day(m.group(3), m.group(2), m.group(1));
      LocalDate monthFirst = day(m.group(3), m.group(1), m.group(2));
      if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
        return base + ": written with slashes, which leave the order of day and month open (" + dayFirst + " or "
            + monthFirst + ")";
      }
      LocalDate d = dayFirst != null ? dayFirst : monthFirst;
      return d == null ? base + ": written with slashes, but there is no such day" : base + ": written with slashes; write " + d;
    }
    if ((m = YEAR_FIRST.matcher(s)).matches() || (m = ISO_UNPADDED.matcher(s)).matches()) {
      int g = m.groupCount();
      LocalDate d = day(m.group(1), m.group(g - 1), m.group(g));
      return d == null ? base + " (no such day)" : base + "; write " + d;
    }
    if ((m = WITH_TIME.matcher(s)).matches()) {
      LocalDate d = day(m.group(1).substring(0, 4), m.group(1).substring(5, 7), m.group(1).substring(8, 10));
      return d == null ? base + " (no such day)" : base + ": a date with a time of day; write the day alone, " + d;
    }
    if (SERIAL.matcher(s).matches()) {
      int serial = (int) Double.parseDouble(s);
      if (serial > 60) {
        return base + ": a spreadsheet's day number (" + EXCEL_EPOCH.plusDays(serial)
            + " in Excel); give the column a date format before saving";
      }
    }
    return base + " (or no such day)";
  }

  private static LocalDate day(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
