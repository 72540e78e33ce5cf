package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.contract.Requirement;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.jobs.io.Location;
import thbstat.jobs.spark.SparkSessions;

/**
 * The ingest stage: locate and check the three input tables (stop on unreadable files), guard
 * against direct identifiers (stop before anything is written), apply every row rule of
 * CONTRACT.md §1, and write the clean tables, the quarantine file and the data-quality report.
 */
public final class IngestJob {
  private static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";
  private static final String INPUT_SPLIT = "spark.sql.files.maxPartitionBytes";
  private static final StructType QUARANTINE_ROW = new StructType().add("file", DataTypes.StringType)
      .add("line", DataTypes.LongType).add("column", DataTypes.StringType).add("value", DataTypes.StringType)
      .add("rule", DataTypes.StringType).add("message", DataTypes.StringType);

  private final SparkSession spark;
  /** The most violations per table kept from the clean write's pass; more run the rules again. */
  private final int violationsKept;

  public IngestJob(SparkSession spark) {
    this(spark, QualityTally.KEPT);
  }

  IngestJob(SparkSession spark, int violationsKept) {
    this.spark = spark;
    this.violationsKept = violationsKept;
  }

  /** {@link #run(Location, Path, Location, Consumer)} of local folders, the clean tables in outDir/clean. */
  public IngestResult run(Path inputDir, Path outDir, Consumer<String> progress) {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    return run(Location.local(inputDir, conf), outDir, Location.local(outDir.resolve("clean"), conf), progress);
  }

  /**
   * Reads inputDir (a local folder, or one on HDFS, S3… as Hadoop names it), checks every rule,
   * writes cleanDir/{victims,proceedings,trainings}.parquet, and on the driver's file system
   * outDir/quarantine.csv, outDir/data-quality.json and outDir/data-quality.txt.
   *
   * @throws ThbstatException (usage, exit 2) when a file cannot be read or holds direct identifiers
   */
  public IngestResult run(Location inputDir, Path outDir, Location cleanDir, Consumer<String> progress) {
    // A CSV file's parsed rows are cached (the guard, the key counts and the rules read them):
    // uncompressed, a cache is built faster (67 s against 79 s at 2.5M rows, when the checked rows
    // were cached too); what does not fit in memory goes to disk. Input is read in parts of at
    // most 32 MB: a cached part that does not fit in memory is first built there, then dropped and
    // written to disk, and larger parts meant more full collections.
    return SparkSessions.withConf(spark, CACHE_COMPRESSED, "false", () -> SparkSessions.withConf(spark,
        INPUT_SPLIT, "32m", () -> ingest(inputDir, outDir, cleanDir, progress)));
  }

  private IngestResult ingest(Location inputDir, Path outDir, Location cleanDir, Consumer<String> progress) {
    long start = System.nanoTime();
    if (!inputDir.isDirectory()) {
      throw ThbstatException.usage(List.of(Problem.of(inputDir.toString(), "input folder not found")));
    }
    List<Problem> problems = new ArrayList<>();
    InputLocator locator = new InputLocator(spark);
    List<InputFile> files = new ArrayList<>();
    for (ExtractTable table : Extract.TABLES) {
      InputFile f = locator.locate(inputDir, table, problems);
      if (f != null) {
        files.add(f);
      }
    }
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems);
    }
    RawReader reader = new RawReader(spark);
    List<Dataset<Row>> opened = Collections.synchronizedList(new ArrayList<>());
    List<Dataset<Row>> raws = new ArrayList<>();
    try (PerTable perTable = new PerTable(files.size())) {
      for (Future<Guarded> result : perTable.map(files.size(), i -> {
        InputFile f = files.get(i);
        // The guard, the duplicate-key grouping and the rules all read the raw rows. A CSV file is
        // cached so it is parsed once; Parquet is not: a re-read is cheaper than building the
        // cache, and the guard then scans only the columns it checks.
        Dataset<Row> raw = reader.read(f);
        if (f.isCsv()) {
          raw = raw.persist(StorageLevel.MEMORY_AND_DISK());
          opened.add(raw);
        }
        return new Guarded(raw, PiiGuard.check(f, raw, reader.parquetParts(f)));
      })) {
        Guarded g = PerTable.join(result);
        raws.add(g.raw());
        problems.addAll(g.problems());
      }
    } catch (RuntimeException e) {
      opened.forEach(Dataset::unpersist);
      throw e;
    }
    if (!problems.isEmpty()) {
      opened.forEach(Dataset::unpersist);
      throw ThbstatException.usage(problems);
    }
    progress.accept(String.format(Locale.ROOT, "checked files and direct identifiers (%.1f s)", seconds(start)));

    Path quarantineFile = outDir.resolve("quarantine.csv");
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> warnings = new ArrayList<>(unreadDataFiles(inputDir, files));
    List<TableQuality> qualities = new ArrayList<>();
    List<TableSummary> summaries = new ArrayList<>();
    List<Dataset<Row>> violationSets = new ArrayList<>();
    try (PerTable perTable = new PerTable(files.size())) {
      List<Future<CheckedTable>> checked = perTable.map(files.size(),
          i -> check(files.get(i), raws.get(i), cleanDir, reader.parquetParts(files.get(i))));
      for (int i = 0; i < checked.size(); i++) {
        CheckedTable t = PerTable.join(checked.get(i));
        warnings.addAll(t.warnings());
        qualities.add(t.quality().withParquetParts(
            reader.parquetParts(files.get(i)).map(ParquetParts::describe).orElse(List.of())));
        violationSets.add(t.violations());
        TableSummary s = t.quality().summary();
        summaries.add(s);
        progress.accept(String.format(Locale.ROOT, "ingest %s: %,d read, %,d accepted, %,d quarantined (%.1f s)",
            s.inputFile().name(), s.read(), s.accepted(), s.quarantined(), t.seconds()));
      }
    } catch (RuntimeException e) {
      opened.forEach(Dataset::unpersist);
      throw e;
    }
    long tq = System.nanoTime();
    Dataset<Row> all = violationSets.get(0);
    for (int i = 1; i < violationSets.size(); i++) {
      all = all.unionByName(violationSets.get(i));
    }
    long rows;
    try {
      rows = QuarantineWriter.write(all, quarantineFile, files);
    } finally {
      opened.forEach(Dataset::unpersist);
    }
    DataQualityReport.write(qualities, warnings, outDir);
    progress.accept(String.format(Locale.ROOT, "wrote quarantine.csv (%,d violation%s) and data-quality.json (%.1f s)",
        rows, rows == 1 ? "" : "s", seconds(tq)));
    warnings.forEach(w -> progress.accept("warning: " + w));
    return new IngestResult(summaries, warnings, cleanDir, quarantineFile);
  }

  /** One table's raw rows and what the anonymisation guard found in them. */
  private record Guarded(Dataset<Row> raw, List<Problem> problems) {}

  /** One table after its rules: its violations (kept by the write's pass, or its rules run again), facts, warnings. */
  /** A CSV or Parquet file in the input folder that is none of the tables: named, as it is not read. */
  private static List<String> unreadDataFiles(Location inputDir, List<InputFile> files) {
    List<String> read = files.stream().map(f -> f.path().name()).toList();
    List<String> out = new ArrayList<>();
    for (String name : inputDir.childNames()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if ((lower.endsWith(".csv") || lower.endsWith(".parquet")) && !read.contains(name)) {
        out.add(name + ": not a table of the extract (victims, proceedings, trainings); not read");
      }
    }
    return out;
  }

  private record CheckedTable(Dataset<Row> violations, TableQuality quality, List<String> warnings, double seconds) {}

  /**
   * Applies the rules to one table, writes its clean Parquet and counts its quality facts, in one
   * pass over the raw rows: the keys and shared ids are counted first from their own columns, then
   * the rules run as the clean write reads the rows, which counts them and keeps their violations on
   * the way. Only when there are more than {@link QualityTally#KEPT} violations do the rules run
   * again, for the quarantine file.
   */
  private CheckedTable check(InputFile f, Dataset<Row> raw, Location cleanDir, Optional<ParquetParts> parts) {
    long t0 = System.nanoTime();
    List<String> warnings = new ArrayList<>();
    for (String extra : f.extraColumns()) {
      warnings.add(f.fileName() + ": column '" + extra + "' is not in the contract; ignored");
    }
    ExtractTable table = f.table();
    Dataset<Row> checked = DuplicateKeys.apply(f, raw, RowRules.apply(f, raw), parts);
    QualityTally.Parts tallies = QualityTally.Parts.register(spark, table, violationsKept);
    Dataset<Row> accepted = QualityTally.counting(table, checked, tallies)
        .filter(size(col(RowRules.VIOLATIONS)).equalTo(0))
        .select(table.columnNames().stream().map(c -> col(c)).toArray(Column[]::new));
    Location clean = cleanDir.resolve(table.name() + ".parquet");
    CleanLayout.write(accepted, table, clean.forSpark(), id -> IdValues.of(f, raw, List.of(id)).select(col(id)));
    QualityTally tally = tallies.total();
    TableQuality q = quality(f, tally, warnings, parts);
    checkWritten(clean, q.summary().accepted());
    Dataset<Row> violations;
    if (tally.kept != null) {
      // The write's pass kept them all (none, or a few): no second pass over the rows.
      violations = spark.createDataFrame(tally.kept.stream().map(v -> RowFactory.create(
          parts.map(p -> p.file(v.line())).orElse(f.fileName()), parts.map(p -> p.rowInPart(v.line())).orElse(v.line()),
          v.column(), v.value(), v.rule(), v.message())).toList(), QUARANTINE_ROW);
    } else {
      // Too many to keep on the driver: the rules run again, and the quarantine file streams them.
      Column line = col(RawReader.LINE);
      violations = checked.filter(size(col(RowRules.VIOLATIONS)).gt(0))
          .select(parts.map(p -> p.file(line)).orElse(lit(f.fileName())).as("file"),
              parts.map(p -> p.rowInPart(line)).orElse(line).as("line"),
              explode(col(RowRules.VIOLATIONS)).as("v"))
          .select(col("file"), col("line"), col("v.column").as("column"), col("v.value").as("value"),
              col("v.rule").as("rule"), col("v.message").as("message"));
    }
    return new CheckedTable(violations, q, warnings, seconds(t0));
  }

  /**
   * Reads back the row count of a clean table (from the Parquet footers). On a cluster, a clean
   * folder on a disk the executors do not share with the driver loses rows without any error:
   * each executor writes to its own disk, and the driver finds fewer files (or none).
   */
  private void checkWritten(Location clean, long accepted) {
    long written = spark.read().parquet(clean.forSpark()).count();
    if (written != accepted) {
      throw ThbstatException.data(String.format(Locale.ROOT,
          "%s: %,d rows written but %,d accepted; the clean extract must be on storage that the driver and every "
              + "Spark executor share (give --work hdfs://…, s3a://… or a shared folder)", clean, written, accepted));
    }
  }

  /** A thread per table; {@link #close()} waits until every table's work has stopped. */
  private static final class PerTable implements AutoCloseable {
    private final ExecutorService threads;

    PerTable(int tables) {
      AtomicInteger n = new AtomicInteger();
      threads = Executors.newFixedThreadPool(Math.max(1, tables), r -> {
        Thread t = new Thread(r, "thbstat-ingest-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }

    /** Starts {@code work} for tables 0 … n−1; the futures are in table order. */
    <T> List<Future<T>> map(int n, IntFunction<T> work) {
      return IntStream.range(0, n).mapToObj(i -> threads.submit(() -> work.apply(i))).toList();
    }

    /** The result, or the table's own exception (not wrapped). */
    static <T> T join(Future<T> result) {
      try {
        return result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking the input tables", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    @Override
    public void close() {
      // After a failure the other tables' jobs run to their end: nothing is left writing once
      // the ingest stage has returned.
      threads.shutdown();
      try {
        threads.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private TableQuality quality(InputFile f, QualityTally tally, List<String> warnings, Optional<ParquetParts> parts) {
    ExtractTable table = f.table();
    long acceptedRows = tally.read - tally.quarantined;
    if (tally.read == 0) {
      warnings.add(f.fileName() + ": no data rows" + (f.isCsv() ? " (only the header)" : "")
          + "; every indicator over " + table.name() + " counts nothing");
    }
    SortedMap<String, Double> unknownShare = new TreeMap<>();
    SortedMap<String, Long> notApplicable = new TreeMap<>();
    SortedMap<String, Long> ignored = new TreeMap<>();
    SortedMap<String, SortedMap<String, Long>> codes = new TreeMap<>();
    SortedMap<String, String> latest = new TreeMap<>();
    for (int i = 0; i < table.columns().size(); i++) {
      ExtractColumn c = table.columns().get(i);
      long n = tally.unknown[i];
      // over the rows where the column applies: a sentence is not unknown before a conviction
      long applicable = acceptedRows - tally.notApplicable[i];
      unknownShare.put(c.name(), applicable == 0 ? 0.0 : Math.round(n * 10000.0 / applicable) / 10000.0);
      if (tally.notApplicable[i] > 0) {
        notApplicable.put(c.name(), tally.notApplicable[i]);
      }
      if (c.requirement() == Requirement.CONDITIONAL && !f.columns().contains(c.name())) {
        // absent = empty on every row: each row the column applies to is quarantined for it
        long missing = tally.violations.getOrDefault("conditional", Map.of()).getOrDefault(c.name(), 0L);
        if (missing > 0) {
          warnings.add(f.fileName() + ": column " + c.name() + " is absent, though required where " + c.condition()
              + "; " + missing + " row(s) quarantined for it");
        }
      }
      if (c.requirement() == Requirement.CONDITIONAL && tally.ignored[i] > 0) {
        ignored.put(c.name(), tally.ignored[i]);
        warnings.add(f.fileName() + ": " + tally.ignored[i] + " value(s) of " + c.name() + " given on rows where it"
            + " does not apply (it applies where " + c.condition() + "); ignored (first on "
            + place(f, parts, tally.firstIgnored[i]) + ")");
      }
      if (tally.notDates[i] >= 2 && tally.notDates[i] * 10 >= tally.read) {
        // one in ten rows or more: not typing slips, a file saved with another date format
        warnings.add(f.fileName() + ": " + tally.notDates[i] + " value(s) of " + c.name() + " not written YYYY-MM-DD,"
            + " such as '" + tally.firstNotDateText[i] + "' (first on " + place(f, parts, tally.firstNotDate[i])
            + "); their rows are quarantined: was the file saved with another date format?");
      }
      if (tally.future[i] > 0) {
        warnings.add(f.fileName() + ": " + tally.future[i] + " date(s) of " + c.name() + " after today, "
            + java.time.LocalDate.now() + " (first on " + place(f, parts, tally.firstFuture[i]) + "); such a record counts in no period up to today: check the date");
      }
      if (tally.early[i] > 0) {
        warnings.add(f.fileName() + ": " + tally.early[i] + " date(s) of " + c.name() + " before "
            + java.time.LocalDate.ofEpochDay(QualityTally.EARLIEST_PLAUSIBLE) + " (first on "
            + place(f, parts, tally.firstEarly[i]) + "), most likely a mistyped year; such a record counts only in"
            + " its own year's period: check the date");
      }
      if (tally.citizens[i] > 0) {
        warnings.add(f.fileName() + ": " + tally.citizens[i] + " row(s) with " + c.name() + " true where citizenship"
            + " is " + QualityTally.citizenship(table.name(), c.name()) + " (first on "
            + place(f, parts, tally.firstCitizen[i]) + "); it is granted to foreign nationals only: counted as"
            + " recorded, check the record");
      }
      if (tally.latest[i] != Integer.MIN_VALUE) {
        latest.put(c.name(), java.time.LocalDate.ofEpochDay(tally.latest[i]).toString());
      }
      if (c.type() == ColumnType.CODE || c.type() == ColumnType.LIST) {
        codes.put(c.name(), new TreeMap<>(tally.codes.get(i)));
      }
    }
    SortedMap<String, SortedMap<String, Long>> byRule = new TreeMap<>();
    // a rule of the whole row (the number of fields) has no column: "(row)", as data-quality.txt writes it
    tally.violations.forEach((rule, byColumn) -> {
      SortedMap<String, Long> columns = new TreeMap<>();
      byColumn.forEach((column, n) -> columns.put(column.isEmpty() ? "(row)" : column, n));
      byRule.put(rule, columns);
    });
    TableSummary summary = new TableSummary(table.name(), f.path(), f.format(), tally.read, acceptedRows,
        tally.quarantined);
    int yearColumn = QualityTally.dateColumn(table);
    SortedMap<String, SortedMap<String, Long>> byYear = new TreeMap<>();
    SortedMap<String, SortedMap<String, Double>> unknownByYear = new TreeMap<>();
    int columns = table.columns().size();
    tally.byYear.forEach((y, n) -> {
      String key = y == QualityTally.NO_YEAR ? "unknown" : String.valueOf(y);
      byYear.put(key, new TreeMap<>(Map.of("read", n[QualityTally.YEAR_READ],
          "quarantined", n[QualityTally.YEAR_QUARANTINED])));
      // as unknown_share, over the year's accepted rows where the column applies; columns with some
      SortedMap<String, Double> shares = new TreeMap<>();
      for (int i = 0; i < columns; i++) {
        long unknownHere = n[QualityTally.YEAR_UNKNOWN_AT + i];
        long applicable = n[QualityTally.YEAR_ACCEPTED] - n[QualityTally.YEAR_UNKNOWN_AT + columns + i];
        if (unknownHere > 0 && applicable > 0) {
          // six digits: the annex rounds the per cent once more, to one decimal
          shares.put(table.columns().get(i).name(), Math.round(unknownHere * 1e6 / applicable) / 1e6);
        }
      }
      if (y != QualityTally.NO_YEAR && n[QualityTally.YEAR_ACCEPTED] > 0) {
        unknownByYear.put(key, shares);
      }
    });
    return new TableQuality(summary, byRule, unknownShare, notApplicable, codes, ignored, f.extraColumns(), latest,
        yearColumn < 0 ? null : table.columns().get(yearColumn).name(), byYear, unknownByYear, List.of());
  }

  /** Where a user finds a row: {@code line 7} of a CSV file, {@code row 7} of Parquet, {@code row 2 of part-00001.parquet}. */
  private static String place(InputFile f, Optional<ParquetParts> parts, long line) {
    return f.isCsv() ? "line " + line : parts.map(p -> p.place(line)).orElse("row " + line);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
