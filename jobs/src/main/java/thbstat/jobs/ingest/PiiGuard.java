package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.problem.Problem;

/**
 * The anonymisation guard: a column whose name or values look like a direct identifier stops the
 * run before anything is written. Names are checked for every column; values for the ID columns
 * and for the columns the contract does not know (code, date and number columns are already
 * constrained), in one aggregate pass per file.
 */
final class PiiGuard {
  private PiiGuard() {}

  static List<Problem> check(InputFile file, Dataset<Row> raw) {
    List<Problem> problems = new ArrayList<>();
    List<Integer> scanned = new ArrayList<>();
    for (int i = 0; i < file.columns().size(); i++) {
      String name = file.columns().get(i);
      Optional<String> why = PiiPatterns.suspiciousName(name);
      if (why.isPresent()) {
        // CSV: the header line and the column's position; Parquet: no line.
        problems.add(new Problem(file.path().toString(), file.isCsv() ? 1 : 0, file.isCsv() ? i + 1 : 0,
            "column '" + name + "' looks like a direct identifier: " + why.get()
                + "; remove it from the extract"));
        continue;
      }
      Optional<ExtractColumn> known = file.table().column(name);
      if (known.isEmpty() || known.get().type() == ColumnType.ID) {
        scanned.add(i);
      }
    }
    if (scanned.isEmpty()) {
      return problems;
    }
    // Cleaned once in a projection of their own: the patterns read each value many times.
    List<Column> cleaned = new ArrayList<>(List.of(col(RawReader.LINE)));
    for (int i : scanned) {
      cleaned.add(RawReader.clean(col(RawReader.rawName(i))).as(RawReader.rawName(i)));
    }
    List<Column> aggs = new ArrayList<>();
    for (int i : scanned) {
      Column s = col(RawReader.rawName(i));
      for (PiiPatterns.ValuePattern p : PiiPatterns.VALUE_PATTERNS) {
        Column match = matches(p, s);
        aggs.add(count_if(match));
        aggs.add(min(when(match, col(RawReader.LINE))));
      }
    }
    Row r = raw.select(cleaned.toArray(Column[]::new)).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
    int k = 0;
    for (int i : scanned) {
      for (PiiPatterns.ValuePattern p : PiiPatterns.VALUE_PATTERNS) {
        long n = r.getLong(k);
        if (n > 0) {
          long line = r.getLong(k + 1);
          problems.add(new Problem(file.path().toString(), (int) Math.min(Integer.MAX_VALUE, line), 0,
              "column '" + file.columns().get(i) + "' looks like a direct identifier: " + n
                  + (n == 1 ? " value looks like " : " values look like ") + p.description()
                  + " (first on this line); remove or pseudonymise it before running thbstat"));
        }
        k += 2;
      }
    }
    return problems;
  }

  private static Column matches(PiiPatterns.ValuePattern p, Column s) {
    Column m = s.isNotNull();
    // The unanchored patterns try a match at every position of every value; each match holds one
    // of these literals, so a plain substring test first skips the regex for almost every value.
    if (p == PiiPatterns.EMAIL) {
      m = m.and(s.contains("@"));
    } else if (p == PiiPatterns.PHONE) {
      m = m.and(s.contains("381").or(s.contains("06")));
    }
    m = m.and(s.rlike(p.regex()));
    return p == PiiPatterns.JMBG ? m.and(jmbgCheckDigit(s)) : m;
  }

  /** The check digit rule of {@link PiiPatterns#isJmbg} as a Spark expression over 13 digits. */
  static Column jmbgCheckDigit(Column s) {
    Column sum = lit(0);
    for (int i = 1; i <= 6; i++) {
      sum = sum.plus(lit(8 - i).multiply(digit(s, i).plus(digit(s, i + 6))));
    }
    Column m = lit(11).minus(pmod(sum, lit(11)));
    Column check = when(m.gt(9), lit(0)).otherwise(m);
    return check.equalTo(digit(s, 13));
  }

  private static Column digit(Column s, int pos) {
    return substring(s, pos, 1).try_cast(DataTypes.IntegerType);
  }
}
