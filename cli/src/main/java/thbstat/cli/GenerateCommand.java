package thbstat.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import thbstat.jobs.generate.ExtractGenerator;
import thbstat.jobs.generate.GenerateOptions;
import thbstat.jobs.generate.Injection;
import thbstat.jobs.generate.OutputFormat;
import thbstat.jobs.generate.TableSummary;

/** {@code thbstat generate}: writes a synthetic extract for trying the engine and for tests. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
        "Writes a synthetic extract (victims, proceedings, trainings) shaped like the data contract.",
        "Figures are Serbian-sized at --scale 1; the records are invented, no real person is in them.",
        "The same --seed gives the same output."
    },
    footer = {
        "",
        "Examples:",
        "  thbstat generate --out extract",
        "  thbstat generate --out extract --seed 7 --from-year 2019 --to-year 2024",
        "  thbstat generate --out big --scale 700 --format parquet --force",
        "  thbstat generate --out planted --inject labour-cluster:2025-Q2:novi_sad:8",
        "",
        "--scale 700 gives about a million victims rows; any scale streams to disk."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder to write victims, proceedings and trainings into (created if missing).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--scale", paramLabel = "X", defaultValue = "1",
      description = "Multiplies the number of records; 1 is Serbian-sized, 0.5 half, 700 about a"
          + " million victims rows (default: ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv or parquet (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--from-year", paramLabel = "Y", defaultValue = "2015",
      description = "First year (default: ${DEFAULT-VALUE}).")
  int fromYear;

  @Option(names = "--to-year", paramLabel = "Y",
      description = "Last year (default: last calendar year).")
  Integer toYear;

  @Option(names = "--force", description = "Overwrite existing output files.")
  boolean force;

  @Option(names = "--inject", paramLabel = "KIND:YYYY-Qn:ADMIN:N",
      description = "Plant a known anomaly to measure the alerts, e.g. labour-cluster:2025-Q2:novi_sad:8"
          + " (8 foreign men, labour-exploited, reported and identified in that quarter and police"
          + " administration). Repeatable; without it the output is unchanged.")
  List<String> inject = new ArrayList<>();

  /** Today's clock only picks the default last year; the records never depend on it. */
  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() {
    int lastYear = toYear != null ? toYear : LocalDate.now(clock).getYear() - 1;
    GenerateOptions options = new GenerateOptions(
        out, seed, scale, OutputFormat.parse(format), fromYear, lastYear, force,
        inject.stream().map(Injection::parse).toList());
    for (TableSummary t : new ExtractGenerator(options).generate()) {
      spec.commandLine().getOut().println(t);
    }
    return 0;
  }
}
