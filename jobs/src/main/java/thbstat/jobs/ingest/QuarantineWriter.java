package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes {@code quarantine.csv}: {@code file,line,column,value,rule,message}, one row per
 * violation, sorted by file, line, column (then rule), RFC 4180 quoting, UTF-8, LF. Internal:
 * never exported.
 */
final class QuarantineWriter {
  static final String HEADER = "file,line,column,value,rule,message";

  private QuarantineWriter() {}

  /** Rows streamed from the driver one partition at a time; returns the number of rows written. */
  static long write(Dataset<Row> violations, Path target) {
    Dataset<Row> sorted = violations.select("file", "line", "column", "value", "rule", "message")
        .orderBy(col("file"), col("line"), col("column"), col("rule"), col("message"));
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      Iterator<Row> it = sorted.toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
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
      throw new UncheckedIOException(e);
    }
    return n;
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
