package thbstat.jobs.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How many records each year gets, fixed before any row is drawn, so victims can point at cases
 * that proceedings will write later and ids can be sized up front. At scale 1 a year has about
 * 130–170 reports, 39–45 trafficking cases (about 2.5 defendants each) and 20–60 trainings.
 */
final class YearPlan {
  static final int MAX_DEFENDANTS = 5;

  private final int fromYear;
  private final long[] victims;
  private final long[] cases;
  private final long[] comparatorCases;
  private final long[] trainings;

  YearPlan(GenerateOptions o) {
    this.fromYear = o.fromYear();
    int n = o.years();
    victims = new long[n];
    cases = new long[n];
    comparatorCases = new long[n];
    trainings = new long[n];
    SplittableRandom rng = Draw.stream(o.seed(), 0, 0);
    for (int i = 0; i < n; i++) {
      // Slow growth over the years, as reports to the Centre grew; bounded so scale 1 stays in range.
      double trend = Math.min(i, 10);
      victims[i] = scaled(o.scale(), 138 + 2.4 * trend + rng.nextDouble(-7, 7));
      cases[i] = scaled(o.scale(), 42 + rng.nextDouble(-3, 3));
      comparatorCases[i] = scaled(o.scale(), 8 + rng.nextDouble(-2, 2));
      trainings[i] = scaled(o.scale(), 28 + 2.0 * trend + rng.nextDouble(-6, 6));
    }
  }

  private static long scaled(double scale, double base) {
    return Math.round(base * scale);
  }

  /** Reports to the Centre with report_date in {@code year}. */
  long victims(int year) {
    return victims[year - fromYear];
  }

  /** Trafficking cases (cc388/cc389/cc390) with their complaint in {@code year}; numbered first. */
  long cases(int year) {
    return cases[year - fromYear];
  }

  /** cc350 comparator cases, numbered after the trafficking cases of the year. */
  long comparatorCases(int year) {
    return comparatorCases[year - fromYear];
  }

  long trainings(int year) {
    return trainings[year - fromYear];
  }

  long maxVictims() {
    return max(victims);
  }

  long maxCases() {
    long m = 0;
    for (int i = 0; i < cases.length; i++) {
      m = Math.max(m, cases[i] + comparatorCases[i]);
    }
    return m;
  }

  /** An upper bound of person ids: every case full, plus one legal person each. */
  long maxPersons() {
    long total = 0;
    for (int i = 0; i < cases.length; i++) {
      total += (cases[i] + comparatorCases[i]) * (MAX_DEFENDANTS + 1);
    }
    return total;
  }

  long maxTrainings() {
    return max(trainings);
  }

  /** The day the extract was taken: later decisions and judgments have not happened yet. */
  static LocalDate extractDate(int toYear) {
    return LocalDate.of(toYear + 1, 3, 31);
  }

  private static long max(long[] values) {
    long m = 0;
    for (long v : values) {
      m = Math.max(m, v);
    }
    return m;
  }
}
