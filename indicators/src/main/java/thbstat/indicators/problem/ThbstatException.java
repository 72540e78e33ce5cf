package thbstat.indicators.problem;

import java.util.List;

/**
 * A failure a person can act on, carrying every problem found (not just the first). The CLI maps
 * {@link Kind#USAGE} to exit code 2 and {@link Kind#DATA} to exit code 1, and prints the problems
 * without a stack trace.
 */
public class ThbstatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Kind {
    /** Bad command line, unreadable input, bad catalogue, PII in the extract: exit code 2. */
    USAGE,
    /** The data or the run failed: exit code 1. */
    DATA
  }

  private final Kind kind;
  private final transient List<Problem> problems;

  public ThbstatException(Kind kind, List<Problem> problems) {
    super(problems.isEmpty() ? kind.name() : problems.get(0).toString());
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public static ThbstatException usage(String message) {
    return new ThbstatException(Kind.USAGE, List.of(new Problem(null, 0, 0, message)));
  }

  public static ThbstatException usage(List<Problem> problems) {
    return new ThbstatException(Kind.USAGE, problems);
  }

  public static ThbstatException data(String message) {
    return new ThbstatException(Kind.DATA, List.of(new Problem(null, 0, 0, message)));
  }

  public Kind kind() {
    return kind;
  }

  public List<Problem> problems() {
    return problems;
  }

  public int exitCode() {
    return kind == Kind.USAGE ? 2 : 1;
  }
}
