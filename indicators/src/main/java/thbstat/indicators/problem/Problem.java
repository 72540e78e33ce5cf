package thbstat.indicators.problem;

import java.util.Objects;

/**
 * One problem a person reads, printed as {@code file:line:column: message} (the parts that are
 * known). Line and column are 1-based; 0 means unknown.
 */
public record Problem(String file, int line, int column, String message) {
  public Problem {
    Objects.requireNonNull(message);
  }

  public static Problem of(String file, String message) {
    return new Problem(file, 0, 0, message);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (file != null) {
      s.append(file);
      if (line > 0) {
        s.append(':').append(line);
        if (column > 0) {
          s.append(':').append(column);
        }
      }
      s.append(": ");
    }
    return s.append(message).toString();
  }
}
