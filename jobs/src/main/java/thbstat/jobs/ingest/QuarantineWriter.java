package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/**
 * Writes {@code quarantine.csv}: {@code file,line,column,value,rule,message}, one row per
 * violation, sorted by file, line, column (then rule), RFC 4180 quoting, UTF-8, LF. Internal:
 * never exported, and never holding a direct identifier: each value is tested as it is written
 * ({@link PiiGuard.Quarantined}), and the file takes its name only when none is one.
 */
final class QuarantineWriter {
  static final String HEADER = "file,line,column,value,rule,message";

  private QuarantineWriter() {}

  /**
   * Rows streamed from the driver one partition at a time into a file beside {@code target}, moved
   * to {@code target} at the end; returns the number of rows written.
   *
   * @param files the input files, whose tables say which patterns a column's values are tested with
   * @throws ThbstatException (usage, exit 2) when a value looks like a direct identifier; then
   *     nothing is left of the file written
   */
  static long write(Dataset<Row> violations, Path target, List<InputFile> files) {
    Dataset<Row> sorted = violations.select("file", "line", "column", "value", "rule", "message")
        .orderBy(col("file"), col("line"), col("column"), col("rule"), col("message"));
    PiiGuard.Quarantined identifiers = new PiiGuard.Quarantined(files);
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      Iterator<Row> it = sorted.toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        identifiers.test(r.getString(0), r.getLong(1), r.getString(2), r.getString(3));
        w.write(field(r.getString(0)));
        w.write(',');
        w.write(Long.toString(r.getLong(1)));
        for (int i = 2; i < 6; i++) {
          w.write(',');
          w.write(field(r.getString(i)));
        }
        w.write('\n');
        n++;
      }
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
    List<Problem> problems = identifiers.problems();
    if (!problems.isEmpty()) {
      deleteQuietly(partial);
      throw ThbstatException.usage(problems);
    }
    try {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException(e);
    }
    return n;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the run already fails for its own reason, the one to report
    }
  }

  /** One CSV field, quoted when it holds a comma, quote, line break or surrounding space. */
  static String field(String s) {
    if (s == null) {
      return "";
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || s.indexOf(';') >= 0 || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
