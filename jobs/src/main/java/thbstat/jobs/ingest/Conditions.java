package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;

/**
 * Turns the readable conditions of {@code ExtractColumn.condition()} ({@code X is set},
 * {@code X is not Y}, {@code X is Y or Z}) into Spark predicates over the clean values.
 */
final class Conditions {
  private Conditions() {}

  private static final Pattern SET = Pattern.compile("^(\\w+) is set$");
  private static final Pattern NOT = Pattern.compile("^(\\w+) is not (\\w+)$");
  private static final Pattern ANY = Pattern.compile("^(\\w+) is (\\w+(?: or \\w+)*)$");

  /** The column the condition is about. */
  static String subject(String condition) {
    Matcher m = Pattern.compile("^(\\w+) is ").matcher(condition);
    if (!m.find()) {
      throw new IllegalArgumentException("unsupported condition: " + condition);
    }
    return m.group(1);
  }

  /** True where the condition holds; false where it does not or its subject is missing. */
  static Column predicate(String condition, Function<String, Column> clean) {
    Matcher m;
    if ((m = SET.matcher(condition)).matches()) {
      return clean.apply(m.group(1)).isNotNull();
    }
    if ((m = NOT.matcher(condition)).matches()) {
      return coalesce(clean.apply(m.group(1)).notEqual(m.group(2)), lit(false));
    }
    if ((m = ANY.matcher(condition)).matches()) {
      List<String> codes = Arrays.asList(m.group(2).split(" or "));
      return coalesce(clean.apply(m.group(1)).isin(codes.toArray()), lit(false));
    }
    throw new IllegalArgumentException("unsupported condition: " + condition);
  }
}
