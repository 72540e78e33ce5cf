package thbstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import thbstat.cli.compare.Revisions;
import thbstat.cli.compare.RevisionsCsv;
import thbstat.cli.pack.PackKeys;
import thbstat.cli.pack.PackWriter;
import thbstat.cli.run.FileHashes;
import thbstat.cli.run.CleanTables;
import thbstat.cli.run.Locations;
import thbstat.cli.run.Manifest;
import thbstat.cli.run.OutputFolder;
import thbstat.cli.run.StageClock;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.alerts.AlertRun;
import thbstat.jobs.alerts.AlertsCsv;
import thbstat.jobs.alerts.AlertsJob;
import thbstat.jobs.compute.ComputeJob;
import thbstat.jobs.ingest.IngestJob;
import thbstat.jobs.ingest.IngestResult;
import thbstat.jobs.io.Location;
import thbstat.jobs.protect.AuditReport;
import thbstat.jobs.protect.DisclosureAudit;
import thbstat.jobs.protect.DisclosureControl;
import thbstat.jobs.protect.Protection;
import thbstat.jobs.protect.TableProtection;
import thbstat.jobs.spark.SparkSessions;
import thbstat.jobs.store.IndicatorStore;
import thbstat.reports.input.RunOutput;
import thbstat.reports.sdmx.IndicatorTableCsv;
import thbstat.reports.sdmx.IndicatorTableCsvReader;

/** {@code thbstat run}: ingest, compute and write the indicator tables of one or more periods. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
        "Validates the extract, computes every indicator of the catalogue for the periods and writes them.",
        "",
        "For each period P:",
        "  OUT/P/indicators.csv          the internal table",
        "  OUT/P/indicators-public.csv   the publication tables after disclosure control,",
        "                                audited before it is written",
        "  OUT/P/indicators.parquet      the indicator store",
        "  OUT/P/manifest.json           hashes of inputs, catalogue and outputs, row",
        "                                counts, disclosure rules, timings",
        "  OUT/P/data-quality.json       the data-quality report of the ingest behind P",
        "  OUT/P/revisions.csv           when the run replaced a public table that",
        "                                differs: changed cells (see 'thbstat compare')",
        "  OUT/P/alerts.csv              for a quarter: the early-warning rules",
        "  OUT/P/thbstat-P.zip           the export pack (see 'thbstat export'), verified",
        "                                before it is written, signed with --sign-key;",
        "                                not with --no-export",
        "  OUT/P/reports/                the pack's reports (Excel and PDF, in English,",
        "                                Serbian Latin and Cyrillic), byte for byte;",
        "                                not with --no-export",
        "The clean extract (unless --clean), the quarantine file and the data-quality",
        "report go to OUT/ingest/. The extract may be on HDFS or S3 (--input hdfs://…",
        "or s3a://…); on a cluster, give --clean on storage every executor shares. OUT is",
        "on the machine that runs this command. Output appears only when whole; a",
        "second run on the same OUT at the same time is refused."
    },
    footer = {
        "",
        "Examples:",
        "  thbstat run --input sample-data --period 2024 --out out",
        "  thbstat run --input extract --period 2019..2025 --out out",
        "  thbstat run --input extract --period 2025-Q1,2025-Q2 --out out --strict",
        "  thbstat run --input hdfs://nn:8020/thb/extract \\",
        "      --clean hdfs://nn:8020/thb/clean --period 2025 --out out \\",
        "      --master spark://10.0.0.5:7077"
    })
public final class RunCommand implements Callable<Integer> {
  /** The changed cells of a period's public table against the one a run replaced. */
  static final String REVISIONS = "revisions.csv";
  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = Locations.INPUT_HELP)
  String input;

  @Option(names = "--period", required = true, paramLabel = "P",
      description = "YYYY or YYYY-Qn; a list P1,P2 or a range FROM..TO, such as 2019..2025 or 2024-Q1..2025-Q2.")
  String period;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--clean", paramLabel = "DIR",
      description = Locations.CLEAN_HELP)
  String clean;

  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "The indicator catalogue (default: indicators.yaml of the installation).")
  Path catalogueFile;

  @Option(names = "--strict", description = "Fail (exit 1) when any input row is quarantined.")
  boolean strict;

  @Option(names = "--no-export",
      description = "Write the tables only: neither the export pack OUT/P/thbstat-P.zip nor the reports "
          + "OUT/P/reports/ (see 'thbstat export' and 'thbstat report').")
  boolean noExport;

  @Option(names = "--sign-key", paramLabel = "FILE",
      description = "Sign each export pack with this Ed25519 private key (PEM, from 'thbstat keygen').")
  Path signKey;

  @Option(names = "--passphrase-file", paramLabel = "FILE", description = KeyPassphrase.FILE_HELP)
  Path passphraseFile;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunOptions options = options();
    try (OutputFolder folder = OutputFolder.open(options.out());
        SparkSessions.Lease lease = spark.lease()) {
      run(options, folder, lease.session(), out);
    }
    return 0;
  }

  /** Rates the period cannot have: their population has no figure for its year (the catalogue's by_year). */
  static List<String> missingPopulations(Catalogue catalogue, Period period) {
    List<String> out = new ArrayList<>();
    for (thbstat.indicators.model.Indicator i : catalogue.indicators()) {
      if (i.measure() instanceof thbstat.indicators.model.Measure.Rate rate) {
        catalogue.population(rate.population()).filter(pop -> pop.byYear().get(period.year()) == null)
            .ifPresent(pop -> out.add(i.id() + " is not computed: population " + pop.id() + " has no figure for "
                + period.year() + " in indicators.yaml (by_year)"));
      }
    }
    return out;
  }

  /** All cross-option checks, before any SparkSession starts. */
  RunOptions options() {
    List<String> problems = new ArrayList<>();
    // A URI is checked once Spark is up, with its Hadoop settings (credentials, name nodes).
    Locations.localFolderProblem(input).ifPresent(why -> problems.add("--input " + input + ": " + why));
    List<Period> periods = List.of();
    try {
      periods = Period.parseList(period);
    } catch (IllegalArgumentException e) {
      problems.add("--period: " + e.getMessage());
    }
    spark.check(problems, clean);
    if (signKey != null && noExport) {
      problems.add("--sign-key signs the export pack, which --no-export leaves out");
    }
    if (passphraseFile != null && signKey == null) {
      problems.add("--passphrase-file is the passphrase of --sign-key, which is not given");
    }
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems.stream()
          .map(p -> new thbstat.indicators.problem.Problem(null, 0, 0, p)).toList());
    }
    Path cataloguePath = CatalogueLocator.locate(catalogueFile);
    Catalogue catalogue = CatalogueLoader.load(cataloguePath);
    PackKeys.SigningKey signer = signKey == null ? null
        : PackKeys.readPrivate(signKey, KeyPassphrase.toRead(passphraseFile));
    return new RunOptions(input, clean, periods, out, cataloguePath, catalogue, strict, !noExport, signer);
  }

  /**
   * The parsed and checked command line; {@code clean} is null for the default, OUT/ingest/clean;
   * {@code signer} is null for unsigned packs.
   */
  public record RunOptions(String input, String clean, List<Period> periods, Path out, Path cataloguePath, Catalogue catalogue,
      boolean strict, boolean export, PackKeys.SigningKey signer) {
    public RunOptions {
      periods = List.copyOf(periods);
    }
  }

  static void run(RunOptions o, OutputFolder folder, SparkSession spark, PrintWriter out) {
    String done;
    try (CleanTables clean = CleanTables.hold(
        Locations.clean(o.clean(), folder.staging().resolve("ingest").resolve("clean"), spark))) {
      done = compute(o, folder, spark, out, clean.folder());
    }
    folder.commit();
    if (o.export()) {
      export(o, folder, out);
    }
    out.println(done);
  }

  /**
   * A run that stops on --strict still shows which rows failed: OUT/ingest gets the quarantine and
   * the data-quality report, replacing an earlier run's.
   */
  private static void keepIngestReports(OutputFolder folder) {
    Path staged = folder.staging().resolve("ingest");
    Path target = folder.root().resolve("ingest");
    try {
      Files.createDirectories(target);
      for (String name : List.of("quarantine.csv", "data-quality.json", "data-quality.txt")) {
        if (Files.isRegularFile(staged.resolve(name))) {
          Files.copy(staged.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ingest, compute, protect, write each period and its alerts, into the staging folder; returns the closing line. */
  private static String compute(RunOptions o, OutputFolder folder, SparkSession spark, PrintWriter out,
      Location cleanDir) {
    StageClock clock = new StageClock();
    Path staging = folder.staging();
    IngestResult ingest = clock.time("ingest", () -> new IngestJob(spark)
        .run(Locations.input(o.input(), spark), staging.resolve("ingest"), cleanDir, out::println));
    if (ingest.quarantined() > 0) {
      out.printf("WARNING: %,d input rows quarantined and left out of every figure: see %s%n",
          ingest.quarantined(), folder.root().resolve("ingest").resolve("quarantine.csv"));
      if (o.strict()) {
        keepIngestReports(folder);
        throw ThbstatException.data("--strict: " + ingest.quarantined() + " rows quarantined; no indicator table was"
            + " written (the quarantine and the data-quality report are in " + folder.root().resolve("ingest")
            + "). Fix the extract or run without --strict.");
      }
    }
    // A reader adds and subtracts the periods of a year: a period is protected with the others of
    // its year published before it (its public tables, from this run or an earlier one in the same
    // folder), so the quarters go first, then their year; and their true cells are computed too.
    List<Period> order = protectionOrder(o.periods());
    Map<String, IndicatorTable> readerHas = publishedBefore(folder.root(), o.periods(), out);
    List<Period> computed = withYearsInvolved(o.periods(), readerHas.keySet());
    IndicatorTable table = clock.time("compute",
        () -> new ComputeJob(spark, o.catalogue()).run(ingest.cleanDir(), computed, out::println));

    Map<String, Object> inputs = Manifest.inputs(ingest);
    String catalogueHash = FileHashes.sha256(o.cataloguePath());
    DisclosureControl disclosure = new DisclosureControl(o.catalogue(), o.cataloguePath().getFileName().toString());
    for (Period p : order) {
      long started = System.nanoTime();
      if (table.cellsOf(p.toString()).isEmpty()) {
        out.printf("warning: %s: no input record falls in this period, so every published figure is 0; check --period"
            + " against the dates of the extract%n", p);
      }
      missingPopulations(o.catalogue(), p).forEach(why -> out.printf("warning: %s: %s%n", p, why));
      Path dir = staging.resolve(p.toString());
      Protection protection = disclosure.protect(table, p.toString(), readerHas);
      readerHas.put(p.toString(), protection.publicTable());
      if (protection.rulesForManifest().get(DisclosureControl.GIVEN_AWAY) instanceof List<?> away) {
        away.forEach(cell -> out.printf("warning: %s: periods published before already narrow %s to less than the"
            + " threshold; this table cannot hide it%n", p, cell));
      }
      AuditReport audit = DisclosureAudit.audit(protection.publicTable(), protection.rulesForManifest());
      if (!audit.passed()) {
        // Never write a public file a reader could break; this is a bug, not a data problem.
        throw new ThbstatException(ThbstatException.Kind.DATA, audit.failures().stream()
            .map(f -> new Problem("indicators-public.csv", 0, 0, "disclosure audit failed: " + f)).toList());
      }
      IndicatorTable internal = protection.internalWithStatus();
      IndicatorTable published = protection.publicTable();
      try {
        Files.createDirectories(dir);
        IndicatorTableCsv.write(internal, internal.cells(), dir.resolve("indicators.csv"));
        IndicatorTableCsv.write(published, published.cells(), dir.resolve("indicators-public.csv"));
        // The period keeps the report of the ingest that made it; a later run replaces OUT/ingest.
        Files.copy(staging.resolve(RunOutput.DATA_QUALITY), dir.resolve(RunOutput.PERIOD_DATA_QUALITY),
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      IndicatorStore.write(internal, internal.cells(), dir.resolve(IndicatorStore.FOLDER));
      revisions(folder.root().resolve(p.toString()), dir, p, out);
      double seconds = (System.nanoTime() - started) / 1e9;
      Map<String, Double> timings = new LinkedHashMap<>(clock.seconds());
      timings.put("protect_and_write", Math.round(seconds * 100) / 100.0);
      Map<String, String> outputs = new java.util.TreeMap<>(FileHashes.of(dir, dir.resolve("indicators.csv")));
      outputs.putAll(FileHashes.of(dir, dir.resolve("indicators-public.csv")));
      outputs.putAll(FileHashes.of(dir, dir.resolve(RunOutput.PERIOD_DATA_QUALITY)));
      if (Files.isRegularFile(dir.resolve(REVISIONS))) {
        outputs.putAll(FileHashes.of(dir, dir.resolve(REVISIONS)));
      }
      Manifest.write(dir.resolve("manifest.json"), Manifest.of(p, o, spark, catalogueHash, inputs, ingest,
          internal.cells().size(), outputs, timings, protection));
      // distinct cells, as verify and audit count them; a cell two tables share is one cell
      int primary = (int) published.cells().stream().filter(c -> "C".equals(c.status())).count();
      int secondary = (int) published.cells().stream().filter(c -> "D".equals(c.status())).count();
      out.printf("write %s: %,d cells; %d public tables, %,d public cells, %d protected (%d primary, %d secondary)"
              + " (%.1f s)%n", p, internal.cells().size(), protection.tables().size(), published.cells().size(),
          primary + secondary, primary, secondary, seconds);
      for (TableProtection t : protection.tables()) {
        out.printf("  %-40s %4d cells, %3d primary, %3d secondary%n", t.table(), t.cells(), t.primary(),
            t.secondary());
      }
    }
    List<Period> quarters = o.periods().stream().filter(p -> !p.isYear()).toList();
    if (!quarters.isEmpty() && !o.catalogue().alerts().isEmpty()) {
      AlertsJob alerts = new AlertsJob(spark, o.catalogue());
      for (Period p : quarters) {
        AlertRun run = clock.time("alerts", () -> alerts.run(ingest.cleanDir(), p, out::println));
        AlertsCsv.write(staging.resolve(p.toString()).resolve("alerts.csv"), run.alerts());
        AlertLines.print(out, run, folder.root().resolve(p.toString()).resolve("alerts.csv"));
      }
    }
    long cells = o.periods().stream().mapToLong(p -> table.cellsOf(p.toString()).size()).sum();
    return String.format("done: %d period(s), %,d cells, %,d rows read, %,d quarantined", o.periods().size(),
        cells, ingest.tables().stream().mapToLong(t -> t.read()).sum(), ingest.quarantined());
  }

  /** Each year's quarters before the year, so that the year is protected knowing what they publish. */
  static List<Period> protectionOrder(List<Period> periods) {
    List<Period> order = new ArrayList<>(periods);
    order.sort(java.util.Comparator.<Period>comparingInt(p -> p.year()).thenComparingInt(p -> p.isYear() ? 5 : p.quarter()));
    return order;
  }

  /**
   * The public tables that earlier runs left in the output folder for the other periods of the
   * requested periods' years: a reader has them. The requested periods' own tables are replaced.
   */
  private static Map<String, IndicatorTable> publishedBefore(Path root, List<Period> periods, PrintWriter out) {
    Map<String, IndicatorTable> found = new LinkedHashMap<>();
    for (Period f : yearsOf(periods)) {
      if (periods.contains(f)) {
        continue;
      }
      Path file = root.resolve(f.toString()).resolve(RunOutput.PUBLIC_FILE);
      if (Files.isRegularFile(file)) {
        try {
          found.put(f.toString(), IndicatorTableCsvReader.read(file));
          out.printf("protecting with %s's public table, published before in %s%n", f, root);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return found;
  }

  /** Every period (years and quarters) of the requested periods' years, in order. */
  private static List<Period> yearsOf(List<Period> periods) {
    java.util.SortedSet<Period> out = new java.util.TreeSet<>();
    for (Period p : periods) {
      out.add(Period.year(p.year()));
      for (int q = 1; q <= 4; q++) {
        out.add(Period.quarter(p.year(), q));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The requested periods, and every period of a year of which a reader has, or this run writes,
   * more than one period: their true cells take part in the protection.
   */
  static List<Period> withYearsInvolved(List<Period> periods, java.util.Set<String> publishedBefore) {
    java.util.SortedSet<Period> out = new java.util.TreeSet<>(periods);
    for (Period p : periods) {
      long involved = yearsOf(List.of(p)).stream()
          .filter(f -> periods.contains(f) || publishedBefore.contains(f.toString())).count();
      if (involved > 1) {
        out.addAll(yearsOf(List.of(p)));
      }
    }
    List<Period> kept = new ArrayList<>(periods);
    out.stream().filter(f -> !periods.contains(f)).forEach(kept::add);
    return kept;
  }

  /**
   * When the run replaces a period's public table, what changed in it: a new extract revises
   * figures already published, and the analyst should see it before they are published again.
   * The changed cells go to OUT/P/revisions.csv, since the table they are measured against is gone
   * once the run's output replaces it.
   */
  private static void revisions(Path committed, Path staged, Period p, PrintWriter out) {
    Path before = committed.resolve(RunOutput.PUBLIC_FILE);
    if (!Files.isRegularFile(before)) {
      return;
    }
    try {
      Revisions r = Revisions.of(IndicatorTableCsvReader.read(before), IndicatorTableCsvReader.read(
          staged.resolve(RunOutput.PUBLIC_FILE)));
      if (!r.identical()) {
        RevisionsCsv.write(r, staged.resolve(REVISIONS));
      }
      out.printf("revisions %s against the public table this run replaces: %s%s%n", p, r.summary(),
          r.identical() ? "" : "; every changed cell in " + committed.resolve(REVISIONS));
    } catch (IOException e) {
      out.printf("revisions %s: the public table this run replaces cannot be read (%s)%n", p, e.getMessage());
    }
  }

  /** After the commit: a pack is made from the committed files, as 'thbstat export' would make it. */
  private static void export(RunOptions o, OutputFolder folder, PrintWriter out) {
    PackWriter packs = new PackWriter(o.catalogue(), o.cataloguePath());
    for (Period p : o.periods()) {
      Path dir = folder.root().resolve(p.toString());
      PackWriter.Written w = packs.write(folder.root(), p, List.of(Language.values()), dir, o.signer(), true);
      w.notices().forEach(out::println);
      out.printf("pack %s: %s, %d files, %sverified (%.1f s)%n", p, w.file(), w.files(),
          o.signer() == null ? "" : "signed, ", w.seconds());
      out.printf("reports %s: %s, the pack's %d reports as files%n", p, w.reports(), w.reportFiles());
    }
  }
}
