package thbstat.jobs.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/**
 * What to generate, checked once before anything is written.
 *
 * @param out folder that receives {@code victims}, {@code proceedings} and {@code trainings}
 * @param seed same seed, same output
 * @param scale multiplies the number of records (1 = Serbian-sized figures)
 * @param format csv or parquet
 * @param fromYear first calendar year of the records
 * @param toYear last calendar year of the records; decisions and judgments may fall up to the
 *     extract date, 31 March of the next year
 * @param force overwrite existing output files
 * @param injections known anomalies to plant ({@code --inject}); none leaves the output unchanged
 */
public record GenerateOptions(
    Path out, long seed, double scale, OutputFormat format, int fromYear, int toYear, boolean force,
    List<Injection> injections) {

  public static final int MIN_YEAR = 1990;
  public static final int MAX_YEAR = 2100;

  public GenerateOptions {
    Objects.requireNonNull(out);
    Objects.requireNonNull(format);
    List<Problem> problems = new ArrayList<>();
    if (!(scale > 0) || Double.isInfinite(scale) || scale > 1_000_000) {
      problems.add(Problem.of(null, "--scale must be a number > 0 (and at most 1000000), not " + scale));
    }
    for (int year : new int[] {fromYear, toYear}) {
      if (year < MIN_YEAR || year > MAX_YEAR) {
        problems.add(Problem.of(null, "years must lie in " + MIN_YEAR + ".." + MAX_YEAR + ", not " + year));
      }
    }
    injections = List.copyOf(injections);
    for (Injection i : injections) {
      if (i.quarter().year() < fromYear || i.quarter().year() > toYear) {
        problems.add(Problem.of(null, "--inject " + i + ": the quarter is outside " + fromYear + ".." + toYear));
      }
    }
    if (fromYear > toYear) {
      problems.add(Problem.of(null, "--from-year " + fromYear + " is after --to-year " + toYear));
    }
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems);
    }
  }

  public GenerateOptions(Path out, long seed, double scale, OutputFormat format, int fromYear, int toYear,
      boolean force) {
    this(out, seed, scale, format, fromYear, toYear, force, List.of());
  }

  public int years() {
    return toYear - fromYear + 1;
  }

  /** The output file of one table, e.g. {@code OUT/victims.csv}. */
  public Path file(String table) {
    return out.resolve(table + "." + format.extension());
  }
}
