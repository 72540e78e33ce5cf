package thbstat.indicators.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar year {@code YYYY} or a quarter {@code YYYY-Qn}.
 *
 * @param year calendar year
 * @param quarter 1–4, or 0 for the whole year
 */
public record Period(int year, int quarter) implements Comparable<Period> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

  public Period {
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (quarter < 0 || quarter > 4) {
      throw new IllegalArgumentException("quarter out of range: " + quarter);
    }
  }

  public static Period year(int year) {
    return new Period(year, 0);
  }

  public static Period quarter(int year, int quarter) {
    if (quarter < 1) {
      throw new IllegalArgumentException("quarter out of range: " + quarter);
    }
    return new Period(year, quarter);
  }

  /** Parses {@code YYYY} or {@code YYYY-Qn}. */
  public static Period parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a period: use YYYY (a year) or YYYY-Qn (a quarter, n = 1..4)");
    }
    int year = Integer.parseInt(m.group(1));
    return m.group(2) == null ? year(year) : quarter(year, Integer.parseInt(m.group(2)));
  }

  /**
   * Parses a period list as the CLI takes it: {@code P}, {@code P1,P2,…} or a range {@code FROM..TO}
   * of periods of the same kind (years or quarters). The result is distinct and in the given order.
   */
  public static List<Period> parseList(String text) {
    Objects.requireNonNull(text);
    LinkedHashSet<Period> out = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty period in '" + text + "'");
      }
      int dots = p.indexOf("..");
      if (dots < 0) {
        out.add(parse(p));
        continue;
      }
      Period from = parse(p.substring(0, dots));
      Period to = parse(p.substring(dots + 2));
      if (from.isYear() != to.isYear()) {
        throw new IllegalArgumentException("range '" + p + "' mixes a year and a quarter");
      }
      if (to.compareTo(from) < 0) {
        throw new IllegalArgumentException("range '" + p + "' ends before it starts");
      }
      for (Period q = from; q.compareTo(to) <= 0; q = q.next()) {
        out.add(q);
      }
    }
    return List.copyOf(new ArrayList<>(out));
  }

  public boolean isYear() {
    return quarter == 0;
  }

  public LocalDate start() {
    return isYear() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 3 * quarter - 2, 1);
  }

  /** Last day, inclusive. */
  public LocalDate end() {
    return isYear() ? LocalDate.of(year, 12, 31) : start().plusMonths(3).minusDays(1);
  }

  public boolean contains(LocalDate date) {
    return date != null && !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The next period of the same kind. */
  public Period next() {
    if (isYear()) {
      return year(year + 1);
    }
    return quarter == 4 ? quarter(year + 1, 1) : quarter(year, quarter + 1);
  }

  /** The previous period of the same kind. */
  public Period previous() {
    if (isYear()) {
      return year(year - 1);
    }
    return quarter == 1 ? quarter(year - 1, 4) : quarter(year, quarter - 1);
  }

  /** The same period one year earlier. */
  public Period yearBefore() {
    return new Period(year - 1, quarter);
  }

  @Override
  public int compareTo(Period o) {
    int c = Integer.compare(year, o.year);
    return c != 0 ? c : Integer.compare(quarter, o.quarter);
  }

  /** {@code YYYY} or {@code YYYY-Qn}, the TIME_PERIOD of the indicator table. */
  @Override
  public String toString() {
    return isYear() ? Integer.toString(year) : year + "-Q" + quarter;
  }
}
