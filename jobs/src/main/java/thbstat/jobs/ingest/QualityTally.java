package thbstat.jobs.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.AccumulatorV2;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.contract.Requirement;
import thbstat.jobs.spark.SparkSessions;

/**
 * The counts behind a table's data-quality facts, from one pass over its checked rows ({@link
 * RowRules#schema}): rows and quarantined rows, violations by rule and column (of every row), and
 * over accepted rows the unknown values, the ignored conditional values and the codes seen. Each
 * partition counts its own rows in plain Java, its codes by their bytes as the row holds them (a
 * string is made once per distinct code, not per row); the driver adds the partitions' counts.
 */
final class QualityTally implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The contract columns start after line, field-count flag, violations and ignored. */
  private static final int FIRST_COLUMN = 4;
  /** Violations kept for the quarantine file, per table (about 50 MB on the driver at most). */
  static final int KEPT = 200_000;
  /** The most violations this tally keeps. */
  private final int keep;

  /** One row of {@code quarantine.csv}, without its file. */
  record Violation(long line, String column, String value, String rule, String message) implements Serializable {}

  long read;
  long quarantined;
  /** rule → column → count. */
  final Map<String, Map<String, Long>> violations = new HashMap<>();
  /** Per contract column, in contract order. */
  final long[] unknown;
  /** Per contract column: rows where it is conditional and its condition does not hold. */
  final long[] notApplicable;
  final long[] ignored;
  /** Per contract column: the first line whose value was ignored (Long.MAX_VALUE: none). */
  final long[] firstIgnored;
  /** Per contract column: dates after the day ingest ran (DATE columns), and the first line of one. */
  final long[] future;
  final long[] firstFuture;
  /** Per date column, the values not written YYYY-MM-DD, the line of the first and its text. */
  final long[] notDates;
  final long[] firstNotDate;
  final String[] firstNotDateText;
  /**
   * Per contract column: dates before {@link #EARLIEST_PLAUSIBLE} (DATE columns), most likely a
   * mistyped year (0215 for 2015), and the first line of one.
   */
  final long[] early;
  final long[] firstEarly;
  /** No record of trafficking in Serbia is dated before this day (the offence entered the law in 2003). */
  static final int EARLIEST_PLAUSIBLE = (int) java.time.LocalDate.of(1990, 1, 1).toEpochDay();
  /**
   * Per contract column: values true on a row of a citizen for whom it is not meant ({@link
   * #FOREIGNERS_ONLY}), and the first line of one.
   */
  final long[] citizens;
  final long[] firstCitizen;
  /** Per date column: the latest day (epoch day) up to today among accepted rows, or Integer.MIN_VALUE. */
  final int[] latest;
  /**
   * Year of the row's first date column (the day it starts from: report, complaint, training) →
   * {rows read, rows quarantined, rows accepted, then per column its unknown values and then per
   * column the rows where it does not apply} ({@link #yearCounts}); {@link #NO_YEAR} for a row
   * whose date cannot be read.
   */
  final Map<Integer, long[]> byYear = new HashMap<>();
  static final int NO_YEAR = 0;
  static final int YEAR_READ = 0;
  static final int YEAR_QUARANTINED = 1;
  static final int YEAR_ACCEPTED = 2;
  /** The unknown values of column i in a year's counts are at UNKNOWN_AT + i, its rows not applying after them. */
  static final int YEAR_UNKNOWN_AT = 3;
  /** Per contract column: code → count (CODE and LIST columns only, otherwise empty). */
  final List<Map<String, Long>> codes;
  /**
   * The violations as quarantine rows while there are at most {@link Parts#keep} of them (in a
   * partition, and over the table in {@link Parts#total}); null once there are more. Ingest then
   * writes the quarantine file from them instead of running the rules again.
   */
  List<Violation> kept = new ArrayList<>();
  /** While a partition counts: per contract column, code bytes → count; folded into {@link #codes} at its end. */
  private final transient List<Map<UTF8String, long[]>> counting;

  private QualityTally(int columns, int keep) {
    this.keep = keep;
    unknown = new long[columns];
    notApplicable = new long[columns];
    ignored = new long[columns];
    firstIgnored = new long[columns];
    java.util.Arrays.fill(firstIgnored, Long.MAX_VALUE);
    future = new long[columns];
    firstFuture = new long[columns];
    java.util.Arrays.fill(firstFuture, Long.MAX_VALUE);
    notDates = new long[columns];
    firstNotDate = new long[columns];
    java.util.Arrays.fill(firstNotDate, Long.MAX_VALUE);
    firstNotDateText = new String[columns];
    early = new long[columns];
    firstEarly = new long[columns];
    java.util.Arrays.fill(firstEarly, Long.MAX_VALUE);
    latest = new int[columns];
    java.util.Arrays.fill(latest, Integer.MIN_VALUE);
    citizens = new long[columns];
    firstCitizen = new long[columns];
    java.util.Arrays.fill(firstCitizen, Long.MAX_VALUE);
    codes = java.util.stream.IntStream.range(0, columns).<Map<String, Long>>mapToObj(i -> new HashMap<>()).toList();
    counting = java.util.stream.IntStream.range(0, columns).<Map<UTF8String, long[]>>mapToObj(i -> new HashMap<>())
        .toList();
  }

  /**
   * {@code checked}, unchanged, counted while the job that reads it runs: when a partition has
   * been read to its end, its tally reaches {@code into}. Nothing else reads the rows for their
   * quality facts, so ingest neither caches them nor reads them twice.
   */
  static Dataset<Row> counting(ExtractTable table, Dataset<Row> checked, Parts into) {
    List<ExtractColumn> columns = table.columns();
    int n = columns.size();
    ColumnType[] types = columns.stream().map(ExtractColumn::type).toArray(ColumnType[]::new);
    String[] names = columns.stream().map(ExtractColumn::name).toArray(String[]::new);
    boolean[] conditional = new boolean[n];
    int[] appliesBy = new int[n];
    UTF8String[][] appliesTo = new UTF8String[n][];
    appliesWhere(table, names, appliesBy, appliesTo);
    int[] citizenshipAt = new int[n];
    UTF8String[] citizenOf = new UTF8String[n];
    foreignersOnly(table, names, citizenshipAt, citizenOf);
    boolean checksCitizens = java.util.Arrays.stream(citizenshipAt).anyMatch(c -> c >= 0);
    UTF8String[] notApplicableMarks = new UTF8String[n];
    for (int i = 0; i < n; i++) {
      conditional[i] = columns.get(i).requirement() == Requirement.CONDITIONAL;
      notApplicableMarks[i] = UTF8String.fromString(RowChecker.NOT_APPLICABLE + names[i]);
    }
    List<String> unknownWords = Values.UNKNOWN_WORDS;
    int keep = into.keep;
    int dateColumn = dateColumn(table);
    // a record cannot be dated after the extract was taken: a typing slip (2052 for 2025) that
    // the period filters would silently drop
    int today = (int) java.time.LocalDate.now().toEpochDay();
    Function2<Integer, Iterator<InternalRow>, Iterator<InternalRow>> count = (part, rows) -> new Iterator<>() {
      private final QualityTally tally = new QualityTally(n, keep);
      private boolean done;

      @Override
      public boolean hasNext() {
        boolean more = rows.hasNext();
        if (!more && !done) {
          done = true;
          tally.finish(types, unknownWords);
          into.add(new Part(part, tally));
        }
        return more;
      }

      @Override
      public InternalRow next() {
        InternalRow row = rows.next();
        tally.add(row, types, names, conditional, notApplicableMarks, today, dateColumn, appliesBy, appliesTo);
        if (checksCitizens) {
          tally.citizens(row, citizenshipAt, citizenOf);
        }
        return row;
      }
    };
    JavaRDD<InternalRow> counted = checked.queryExecution().toRdd().toJavaRDD().mapPartitionsWithIndex(count, true);
    into.expect(counted.getNumPartitions());
    return SparkSessions.ofInternalRows(checked.sparkSession(), counted, checked.schema());
  }

  /** The index of the table's first date column (the day a row starts from), or -1 when it has none. */
  static int dateColumn(ExtractTable table) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).type() == ColumnType.DATE) {
        return i;
      }
    }
    return -1;
  }

  /** One partition's tally. */
  record Part(int partition, QualityTally tally) implements Serializable {}

  /**
   * The partitions' tallies of one table, kept by partition: a partition computed twice (a task
   * retried, or run speculatively) replaces its first count rather than adding to it.
   */
  static final class Parts extends AccumulatorV2<Part, Map<Integer, QualityTally>> {
    private static final long serialVersionUID = 1L;
    private final int columns;
    /** The most violations of the table kept for the quarantine file. */
    final int keep;
    private int expected = -1;
    private Map<Integer, QualityTally> byPartition = new HashMap<>();
    private long keptTotal;
    private boolean keptDropped;

    private Parts(int columns, int keep) {
      this.columns = columns;
      this.keep = keep;
    }

    /** Registers a new, empty accumulator with {@code spark}. */
    static Parts register(org.apache.spark.sql.SparkSession spark, ExtractTable table) {
      return register(spark, table, KEPT);
    }

    /** {@link #register(org.apache.spark.sql.SparkSession, ExtractTable)}, keeping at most {@code keep} violations. */
    static Parts register(org.apache.spark.sql.SparkSession spark, ExtractTable table, int keep) {
      Parts parts = new Parts(table.columns().size(), keep);
      spark.sparkContext().register(parts, "quality of " + table.name());
      return parts;
    }

    void expect(int partitions) {
      expected = partitions;
    }

    /** The table's tally, once every partition has been counted. */
    QualityTally total() {
      if (byPartition.size() != expected) {
        throw new IllegalStateException("quality counts of " + byPartition.size() + " of " + expected + " parts");
      }
      QualityTally total = new QualityTally(columns, keep);
      List<Violation> kept = new ArrayList<>();
      for (QualityTally t : byPartition.values()) {
        total = QualityTally.merge(total, t);
        kept = kept == null || t.kept == null || kept.size() + t.kept.size() > keep ? null : kept;
        if (kept != null) {
          kept.addAll(t.kept);
        }
      }
      total.kept = kept;
      return total;
    }

    @Override
    public boolean isZero() {
      return byPartition.isEmpty();
    }

    @Override
    public Parts copy() {
      Parts c = new Parts(columns, keep);
      c.expected = expected;
      c.byPartition = new HashMap<>(byPartition);
      c.keptTotal = keptTotal;
      c.keptDropped = keptDropped;
      return c;
    }

    @Override
    public void reset() {
      byPartition = new HashMap<>();
      keptTotal = 0;
      keptDropped = false;
    }

    @Override
    public void add(Part part) {
      put(part.partition(), part.tally());
    }

    @Override
    public void merge(AccumulatorV2<Part, Map<Integer, QualityTally>> other) {
      other.value().forEach(this::put);
    }

    /** Keeps a partition's tally; once the table's kept violations pass {@link #keep}, none are kept. */
    private void put(int partition, QualityTally tally) {
      QualityTally before = byPartition.put(partition, tally);
      if (before != null && before.kept != null) {
        keptTotal -= before.kept.size();
      }
      if (tally.kept != null) {
        keptTotal += tally.kept.size();
      }
      if (keptTotal > keep || tally.kept == null) {
        keptDropped = true;
      }
      if (keptDropped) {
        byPartition.values().forEach(t -> t.kept = null);
      }
    }

    @Override
    public Map<Integer, QualityTally> value() {
      return byPartition;
    }
  }

  private void add(InternalRow row, ColumnType[] types, String[] names, boolean[] conditional,
      UTF8String[] notApplicableMarks, int today, int dateColumn, int[] appliesBy, UTF8String[][] appliesTo) {
    read++;
    ArrayData found = row.getArray(2);
    int y = yearOf(row, dateColumn);
    if (y != countingYear || countingRows == null) {
      countingYear = y;
      countingRows = byYear.computeIfAbsent(y, k -> new long[yearCounts(types.length)]);
    }
    long[] year = countingRows;
    year[YEAR_READ]++;
    if (found.numElements() > 0) {
      year[YEAR_QUARANTINED]++;
    } else {
      year[YEAR_ACCEPTED]++;
    }
    for (int v = 0; v < found.numElements(); v++) {
      InternalRow violation = found.getStruct(v, 4);
      String column = violation.getUTF8String(0).toString();
      String rule = violation.getUTF8String(2).toString();
      violations.computeIfAbsent(rule, k -> new HashMap<>()).merge(column, 1L, Long::sum);
      if (rule.equals("type")) {
        int i = java.util.Arrays.asList(names).indexOf(column);
        if (i >= 0 && types[i] == ColumnType.DATE) {
          notDates[i]++;
          if (row.getLong(0) < firstNotDate[i]) {
            firstNotDate[i] = row.getLong(0);
            firstNotDateText[i] = violation.getUTF8String(1).toString();
          }
        }
      }
      if (kept != null && kept.size() < keep) {
        kept.add(new Violation(row.getLong(0), column,
            violation.isNullAt(1) ? null : violation.getUTF8String(1).toString(), rule,
            violation.getUTF8String(3).toString()));
      } else {
        kept = null;
      }
    }
    if (found.numElements() > 0) {
      quarantined++;
      return;
    }
    ArrayData ignoredHere = row.getArray(3);
    for (int i = 0; i < types.length; i++) {
      int at = FIRST_COLUMN + i;
      if (row.isNullAt(at)) {
        if (conditional[i] && listed(ignoredHere, notApplicableMarks[i]) || !applies(row, appliesBy[i], appliesTo[i])) {
          notApplicable[i]++;
          year[YEAR_UNKNOWN_AT + types.length + i]++;
        } else {
          unknown[i]++;
          year[YEAR_UNKNOWN_AT + i]++;
        }
        continue;
      }
      if (appliesBy[i] >= 0 && !applies(row, appliesBy[i], appliesTo[i])) {
        // a value where the column does not apply: neither known nor unknown for the share
        notApplicable[i]++;
        year[YEAR_UNKNOWN_AT + types.length + i]++;
      }
      if (types[i] == ColumnType.CODE && isUnknownWord(row.getUTF8String(at))) {
        // the whole extract counts these from its codes at the partition's end; a year, here
        year[YEAR_UNKNOWN_AT + i]++;
      }
      if (types[i] == ColumnType.DATE && row.getInt(at) > today) {
        future[i]++;
        firstFuture[i] = Math.min(firstFuture[i], row.getLong(0));
      } else if (types[i] == ColumnType.DATE) {
        latest[i] = Math.max(latest[i], row.getInt(at));
        if (row.getInt(at) < EARLIEST_PLAUSIBLE) {
          early[i]++;
          firstEarly[i] = Math.min(firstEarly[i], row.getLong(0));
        }
      } else if (types[i] == ColumnType.CODE) {
        count(counting.get(i), row.getUTF8String(at));
      } else if (types[i] == ColumnType.LIST) {
        ArrayData elements = row.getArray(at);
        for (int e = 0; e < elements.numElements(); e++) {
          count(counting.get(i), elements.getUTF8String(e));
        }
      }
    }
    for (int e = 0; e < ignoredHere.numElements(); e++) {
      String column = ignoredHere.getUTF8String(e).toString();
      for (int i = 0; i < names.length; i++) {
        if (conditional[i] && names[i].equals(column)) {
          ignored[i]++;
          firstIgnored[i] = Math.min(firstIgnored[i], row.getLong(0));
        }
      }
    }
  }

  private static boolean listed(ArrayData names, UTF8String name) {
    for (int e = 0; e < names.numElements(); e++) {
      if (names.getUTF8String(e).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static void count(Map<UTF8String, long[]> counts, UTF8String code) {
    long[] n = counts.get(code);
    if (n == null) {
      n = new long[1];
      counts.put(code.clone(), n); // the row's bytes are reused for the next row
    }
    n[0]++;
  }

  /** The partition's codes as strings; an unknown word counts as an unknown value of a CODE column. */
  private void finish(ColumnType[] types, List<String> unknownWords) {
    for (int i = 0; i < types.length; i++) {
      Map<String, Long> out = codes.get(i);
      boolean code = types[i] == ColumnType.CODE;
      for (Map.Entry<UTF8String, long[]> e : counting.get(i).entrySet()) {
        String value = e.getKey().toString();
        long n = e.getValue()[0];
        out.merge(value, n, Long::sum);
        if (code && unknownWords.contains(value)) {
          unknown[i] += n;
        }
      }
      counting.get(i).clear();
    }
  }

  /**
   * Optional columns that describe only some rows, for the share of unknown values: a legal
   * person has no age; the reflection period, residence permit, assistance and compensation
   * claim of a report are recorded for identified and presumed victims. An empty value on
   * another row is not unknown. (The contract's conditional columns are handled by its rules.)
   */
  private static final Map<String, Map<String, Map.Entry<String, List<String>>>> APPLIES_WHERE = Map.of(
      "proceedings", Map.of("age", Map.entry("person_type", List.of("natural"))),
      "victims", Map.of(
          "reflection_period", Map.entry("status", List.of("identified", "presumed")),
          "residence_permit", Map.entry("status", List.of("identified", "presumed")),
          "assistance", Map.entry("status", List.of("identified", "presumed")),
          "compensation_claimed", Map.entry("status", List.of("identified", "presumed"))));

  /**
   * Flags granted to foreign nationals only, by the column of the row's citizenship and the code
   * of the country's own citizens: a temporary residence permit as a victim of trafficking is a
   * foreigner's, so one on a Serbian citizen's row is most likely mistyped. The row is counted as
   * recorded (the contract counts it), and the ingest warns.
   */
  private static final Map<String, Map<String, Map.Entry<String, String>>> FOREIGNERS_ONLY = Map.of(
      "victims", Map.of("residence_permit", Map.entry("citizenship", "SRB")));

  /** The citizenship code of the citizens for whom the table's column is not meant ({@link #FOREIGNERS_ONLY}). */
  static String citizenship(String table, String column) {
    return FOREIGNERS_ONLY.getOrDefault(table, Map.of()).get(column).getValue();
  }

  private static void foreignersOnly(ExtractTable table, String[] names, int[] citizenshipAt, UTF8String[] citizen) {
    java.util.Arrays.fill(citizenshipAt, -1);
    Map<String, Map.Entry<String, String>> rules = FOREIGNERS_ONLY.getOrDefault(table.name(), Map.of());
    for (int i = 0; i < names.length; i++) {
      Map.Entry<String, String> r = rules.get(names[i]);
      if (r != null) {
        citizenshipAt[i] = java.util.Arrays.asList(names).indexOf(r.getKey());
        citizen[i] = UTF8String.fromString(r.getValue());
      }
    }
  }

  /** Counts an accepted row's foreigners-only flags that are true for one of the country's citizens. */
  private void citizens(InternalRow row, int[] citizenshipAt, UTF8String[] citizen) {
    if (row.getArray(2).numElements() > 0) {
      return; // quarantined
    }
    for (int i = 0; i < citizenshipAt.length; i++) {
      int by = citizenshipAt[i];
      if (by >= 0 && !row.isNullAt(FIRST_COLUMN + i) && row.getBoolean(FIRST_COLUMN + i)
          && !row.isNullAt(FIRST_COLUMN + by) && citizen[i].equals(row.getUTF8String(FIRST_COLUMN + by))) {
        citizens[i]++;
        firstCitizen[i] = Math.min(firstCitizen[i], row.getLong(0));
      }
    }
  }

  private static void appliesWhere(ExtractTable table, String[] names, int[] by, UTF8String[][] to) {
    java.util.Arrays.fill(by, -1);
    Map<String, Map.Entry<String, List<String>>> rules = APPLIES_WHERE.getOrDefault(table.name(), Map.of());
    for (int i = 0; i < names.length; i++) {
      Map.Entry<String, List<String>> r = rules.get(names[i]);
      if (r != null) {
        by[i] = java.util.Arrays.asList(names).indexOf(r.getKey());
        to[i] = r.getValue().stream().map(UTF8String::fromString).toArray(UTF8String[]::new);
      }
    }
  }

  /** Whether a column applies to the row: always, or where column {@code by} holds one of {@code to}. */
  private static boolean applies(InternalRow row, int by, UTF8String[] to) {
    if (by < 0) {
      return true;
    }
    if (row.isNullAt(FIRST_COLUMN + by)) {
      return false;
    }
    UTF8String v = row.getUTF8String(FIRST_COLUMN + by);
    for (UTF8String t : to) {
      if (t.equals(v)) {
        return true;
      }
    }
    return false;
  }

  /** The length of a year's counts for a table of {@code columns} columns. */
  static int yearCounts(int columns) {
    return YEAR_UNKNOWN_AT + 2 * columns;
  }

  private static final UTF8String[] UNKNOWN_WORDS =
      Values.UNKNOWN_WORDS.stream().map(UTF8String::fromString).toArray(UTF8String[]::new);

  private static boolean isUnknownWord(UTF8String value) {
    for (UTF8String w : UNKNOWN_WORDS) {
      if (w.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private int lastDay = Integer.MIN_VALUE;
  private int lastYear;
  /** The counts of the year of the row before: a partition's rows come in runs of one year. */
  private transient int countingYear;
  private transient long[] countingRows;

  /**
   * The year of the row's date in {@code dateColumn}, or {@link #NO_YEAR} where it cannot be read
   * or the line has the wrong number of fields (its values may sit in other columns).
   */
  private int yearOf(InternalRow row, int dateColumn) {
    if (dateColumn < 0 || (!row.isNullAt(1) && row.getBoolean(1)) || row.isNullAt(FIRST_COLUMN + dateColumn)) {
      return NO_YEAR;
    }
    int day = row.getInt(FIRST_COLUMN + dateColumn);
    if (day != lastDay) {
      lastDay = day;
      lastYear = java.time.LocalDate.ofEpochDay(day).getYear();
    }
    return lastYear;
  }

  private static QualityTally merge(QualityTally a, QualityTally b) {
    QualityTally out = new QualityTally(a.unknown.length, a.keep);
    for (QualityTally t : List.of(a, b)) {
      out.read += t.read;
      out.quarantined += t.quarantined;
      t.byYear.forEach((y, n) -> {
        long[] sum = out.byYear.computeIfAbsent(y, k -> new long[n.length]);
        for (int k = 0; k < n.length; k++) {
          sum[k] += n[k];
        }
      });
      t.violations.forEach((rule, byColumn) -> byColumn.forEach((column, n) ->
          out.violations.computeIfAbsent(rule, k -> new HashMap<>()).merge(column, n, Long::sum)));
      for (int i = 0; i < t.unknown.length; i++) {
        out.unknown[i] += t.unknown[i];
        out.notApplicable[i] += t.notApplicable[i];
        out.ignored[i] += t.ignored[i];
        out.firstIgnored[i] = Math.min(out.firstIgnored[i], t.firstIgnored[i]);
        out.future[i] += t.future[i];
        out.firstFuture[i] = Math.min(out.firstFuture[i], t.firstFuture[i]);
        out.notDates[i] += t.notDates[i];
        if (t.firstNotDate[i] < out.firstNotDate[i]) {
          out.firstNotDate[i] = t.firstNotDate[i];
          out.firstNotDateText[i] = t.firstNotDateText[i];
        }
        out.early[i] += t.early[i];
        out.firstEarly[i] = Math.min(out.firstEarly[i], t.firstEarly[i]);
        out.latest[i] = Math.max(out.latest[i], t.latest[i]);
        out.citizens[i] += t.citizens[i];
        out.firstCitizen[i] = Math.min(out.firstCitizen[i], t.firstCitizen[i]);
        Map<String, Long> codesOut = out.codes.get(i);
        t.codes.get(i).forEach((code, n) -> codesOut.merge(code, n, Long::sum));
      }
    }
    return out;
  }
}
