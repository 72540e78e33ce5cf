package thbstat.jobs.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a value is not a date YYYY-MM-DD, in the words its writer needs: a spreadsheet saved in
 * Serbian writes 24.11.2015. (day first, with a final dot), one saved in English 11/24/2015, a
 * column left in number format the serial 42332. The row is quarantined all the same (day and
 * month are not guessed), but the message says how to write the day it most likely means.
 */
final class DateShape {
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\.?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})\\.?");
  private static final Pattern ISO_UNPADDED = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?");
  private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
  /** Excel's day 0 (its serial 60 is a 29 February 1900 that never was; later serials are right from here). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private DateShape() {}

  static String message(String text) {
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
