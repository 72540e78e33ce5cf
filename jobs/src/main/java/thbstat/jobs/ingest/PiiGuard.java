package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.problem.Problem;

/**
 * The anonymisation guard: a column whose name or values look like a direct identifier stops the
 * run before anything is written. Names are checked for every column; values for the ID columns
 * and for the columns the contract does not know (code and date columns are already constrained:
 * such a value is quarantined, and {@link Quarantined} keeps it out of quarantine.csv), and number
 * columns for JMBGs alone (a 13-digit number passes as an amount; a 9-digit one is an
 * amount, not a passport), each with {@link PiiPatterns#forColumn its patterns}, in one pass per
 * file, in Java: as Spark expressions, the twenty counts updated on every row cost more than the
 * patterns.
 */
final class PiiGuard {
  private PiiGuard() {}

  static List<Problem> check(InputFile file, Dataset<Row> raw, java.util.Optional<ParquetParts> parts) {
    List<Problem> problems = new ArrayList<>();
    List<Integer> scanned = new ArrayList<>();
    List<List<PiiPatterns.ValuePattern>> patterns = new ArrayList<>();
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
      ColumnType type = file.table().column(name).map(ExtractColumn::type).orElse(null);
      if (type == null || type == ColumnType.ID || type == ColumnType.INTEGER || type == ColumnType.DECIMAL) {
        scanned.add(i);
        patterns.add(PiiPatterns.forColumn(type));
      }
    }
    if (scanned.isEmpty()) {
      return problems;
    }
    List<Column> columns = new ArrayList<>(List.of(col(RawReader.LINE)));
    for (int i : scanned) {
      columns.add(col(RawReader.rawName(i)));
    }
    int n = scanned.size();
    boolean[][] tested = new boolean[n][PiiPatterns.VALUE_PATTERNS.size()];
    for (int c = 0; c < n; c++) {
      for (PiiPatterns.ValuePattern p : patterns.get(c)) {
        tested[c][PiiPatterns.VALUE_PATTERNS.indexOf(p)] = true;
      }
    }
    long[] found = raw.select(columns.toArray(Column[]::new)).queryExecution().toRdd().toJavaRDD()
        .mapPartitions((FlatMapFunction<Iterator<InternalRow>, long[]>) rows -> List.of(tally(rows, tested)).iterator())
        .fold(none(n), PiiGuard::merge);
    int k = 0;
    for (int i : scanned) {
      for (PiiPatterns.ValuePattern p : PiiPatterns.VALUE_PATTERNS) {
        long count = found[k];
        if (count > 0) {
          long line = found[k + 1];
          // In a folder of parts, the part and its row: where the user finds the value.
          String where = parts.map(pp -> file.path() + pp.file(line).substring(pp.folder().length()))
              .orElse(file.path().toString());
          long row = parts.map(pp -> pp.rowInPart(line)).orElse(line);
          problems.add(valueProblem(where, row, file.columns().get(i), p, count, ""));
        }
        k += 2;
      }
    }
    return problems;
  }

  /** The problem of {@code count} values of a column that fire {@code p}, the first on {@code line}. */
  private static Problem valueProblem(String where, long line, String column, PiiPatterns.ValuePattern p, long count,
      String why) {
    return new Problem(where, (int) Math.min(Integer.MAX_VALUE, line), 0, "column '" + column
        + "' looks like a direct identifier: " + p.description() + " in " + count + (count == 1 ? " value" : " values")
        + " (first on this line)" + why + "; remove or pseudonymise it before running thbstat");
  }

  /**
   * The quarantined values that look like a direct identifier, tested one by one as quarantine.csv
   * is written: a code or date column's value is not scanned by {@link #check} (its rules refuse
   * it), so a name in police_admin or a JMBG in report_date reaches the quarantine, which copies
   * values. Each value is tested with the patterns of its column's type ({@link
   * PiiPatterns#forColumn}); quarantined values are few, and even 450,000 capitalised pairs such
   * as "Novi Sad" in police_admin, the dearest kind, took about 0.25 s against 9 to 13 s to write
   * them.
   */
  static final class Quarantined {
    private final List<InputFile> files;
    /** Per file, column and pattern: the count and the first line, in the order first found. */
    private final java.util.Map<List<Object>, long[]> found = new java.util.LinkedHashMap<>();
    /** The last value's file and its columns' patterns: quarantine rows come sorted by file. */
    private String file;
    private final java.util.Map<String, List<PiiPatterns.ValuePattern>> patterns = new java.util.HashMap<>();

    Quarantined(List<InputFile> files) {
      this.files = List.copyOf(files);
    }

    /**
     * Tests one quarantine row's value; {@code file} as quarantine.csv names it ({@code victims.csv},
     * {@code victims.parquet/part-00001.parquet}), {@code line} its line or row there.
     */
    void test(String file, long line, String column, String raw) {
      String value = RawReader.clean(raw); // as the guard reads values: trimmed
      if (value == null) {
        return;
      }
      if (!file.equals(this.file)) {
        this.file = file;
        patterns.clear();
      }
      for (PiiPatterns.ValuePattern p : patterns.computeIfAbsent(column, c -> PiiPatterns.forColumn(
          inputFile(file).flatMap(f -> f.table().column(c)).map(ExtractColumn::type).orElse(null)))) {
        if (p.fires(value)) {
          long[] n = found.computeIfAbsent(List.of(file, column, p), k -> new long[] {0, line});
          n[0]++;
          n[1] = Math.min(n[1], line);
        }
      }
    }

    /** One problem per file, column and pattern that fired, naming the file as the guard does. */
    List<Problem> problems() {
      List<Problem> out = new ArrayList<>();
      found.forEach((k, n) -> {
        String file = (String) k.get(0);
        String where = inputFile(file).map(f -> f.path() + file.substring(f.fileName().length())).orElse(file);
        out.add(valueProblem(where, n[1], (String) k.get(1), (PiiPatterns.ValuePattern) k.get(2), n[0],
            ", kept out of quarantine.csv"));
      });
      return out;
    }

    /** The input file of a quarantine row: {@code victims.csv}, or the folder of a part. */
    private Optional<InputFile> inputFile(String file) {
      return files.stream().filter(f -> file.equals(f.fileName()) || file.startsWith(f.fileName() + "/")).findFirst();
    }
  }

  /**
   * Per scanned column and pattern, in {@link PiiPatterns#VALUE_PATTERNS} order: the number of
   * values that fire, and the first line of one. The rows are (line, the columns as read); column
   * c is tested with the patterns p where {@code tested[c][p]}.
   */
  private static long[] tally(Iterator<InternalRow> rows, boolean[][] tested) {
    List<PiiPatterns.ValuePattern> patterns = PiiPatterns.VALUE_PATTERNS;
    int columns = tested.length;
    long[] found = none(columns);
    while (rows.hasNext()) {
      InternalRow row = rows.next();
      for (int c = 0; c < columns; c++) {
        String value = row.isNullAt(1 + c) ? null : RawReader.clean(row.getUTF8String(1 + c).toString());
        if (value == null) {
          continue;
        }
        for (int p = 0; p < patterns.size(); p++) {
          if (tested[c][p] && patterns.get(p).fires(value)) {
            int k = 2 * (c * patterns.size() + p);
            found[k]++;
            found[k + 1] = Math.min(found[k + 1], row.getLong(0));
          }
        }
      }
    }
    return found;
  }

  /** The tally of no rows. */
  private static long[] none(int columns) {
    long[] found = new long[2 * columns * PiiPatterns.VALUE_PATTERNS.size()];
    for (int k = 1; k < found.length; k += 2) {
      found[k] = Long.MAX_VALUE;
    }
    return found;
  }

  private static long[] merge(long[] a, long[] b) {
    long[] out = new long[a.length];
    for (int k = 0; k < a.length; k += 2) {
      out[k] = a[k] + b[k];
      out[k + 1] = Math.min(a[k + 1], b[k + 1]);
    }
    return out;
  }
}
