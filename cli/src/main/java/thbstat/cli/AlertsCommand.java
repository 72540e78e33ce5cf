package thbstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import thbstat.cli.run.CleanTables;
import thbstat.cli.run.Locations;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.jobs.alerts.AlertRun;
import thbstat.jobs.alerts.AlertsCsv;
import thbstat.jobs.alerts.AlertsJob;
import thbstat.jobs.ingest.IngestJob;
import thbstat.jobs.ingest.IngestResult;
import thbstat.jobs.spark.SparkSessions;

/** {@code thbstat alerts}: the Early Warning System, one quarter judged against its history. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
        "Runs the early-warning rules of indicators.yaml (section alerts:) for each quarter.",
        "",
        "Validates the extract, computes the quarter and the quarters before it that the",
        "rules compare with, and writes OUT/P/alerts.csv (period, rule, kind,",
        "indicator, cell, observed, expected, bound, p-value, adjusted p-value,",
        "severity, explanation in en, sr-Latn and sr-Cyrl), the most severe first; only",
        "the header when nothing fired. Each statistical rule is one family per",
        "quarter, controlled by Benjamini-Hochberg. The clean extract, quarantine.csv",
        "and the data-quality report go to OUT/ingest/ as with validate."
    },
    footer = {
        "",
        "Examples:",
        "  thbstat alerts --input sample-data --period 2025-Q2 --out alerts",
        "  thbstat alerts --input extract --period 2025-Q1..2025-Q4 --out alerts"
    })
public final class AlertsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = Locations.INPUT_HELP)
  String input;

  @Option(names = "--period", required = true, paramLabel = "YYYY-Qn",
      description = "A quarter, a list of quarters or a range such as 2025-Q1..2025-Q4.")
  String period;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "alerts",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "The indicator catalogue (default: indicators.yaml of the installation).")
  Path catalogueFile;

  @Option(names = "--clean", paramLabel = "DIR", description = Locations.CLEAN_HELP)
  String clean;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    List<Period> periods = periods();
    Catalogue catalogue = CatalogueLoader.load(CatalogueLocator.locate(catalogueFile));
    if (catalogue.alerts().isEmpty()) {
      throw ThbstatException.usage("the catalogue declares no alert rules (section alerts:)");
    }
    Path ingestDir = out.resolve("ingest");
    try (SparkSessions.Lease lease = spark.lease();
        CleanTables cleanTables = CleanTables.hold(Locations.clean(clean, ingestDir.resolve("clean"), lease.session()))) {
      IngestResult ingest = new IngestJob(lease.session()).run(Locations.input(input, lease.session()), ingestDir,
          cleanTables.folder(), w::println);
      if (ingest.quarantined() > 0) {
        w.printf(Locale.ROOT, "WARNING: %,d input rows quarantined and left out of the alerts: see %s%n",
            ingest.quarantined(), ingest.quarantineFile());
      }
      AlertsJob job = new AlertsJob(lease.session(), catalogue);
      for (Period p : periods) {
        AlertRun run = job.run(ingest.cleanDir(), p, w::println);
        Path file = out.resolve(p.toString()).resolve("alerts.csv");
        AlertsCsv.write(file, run.alerts());
        AlertLines.print(w, run, file);
      }
    }
    return 0;
  }

  /** Every requested period must be a quarter; checked before Spark starts. */
  private List<Period> periods() {
    List<String> problems = new ArrayList<>();
    Locations.localFolderProblem(input).ifPresent(why -> problems.add("--input " + input + ": " + why));
    Locations.outFolderProblem(out).ifPresent(why -> problems.add("--out " + out + ": " + why));
    List<Period> periods = List.of();
    try {
      periods = Period.parseList(period);
      for (Period p : periods) {
        if (p.isYear()) {
          problems.add("--period " + p + ": alerts judge a quarter; give YYYY-Qn");
        }
      }
    } catch (IllegalArgumentException e) {
      problems.add("--period: " + e.getMessage());
    }
    spark.check(problems, clean);
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems.stream().map(p -> new Problem(null, 0, 0, p)).toList());
    }
    return periods;
  }
}
