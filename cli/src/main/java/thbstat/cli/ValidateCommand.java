package thbstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import thbstat.cli.run.CleanTables;
import thbstat.cli.run.Locations;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.jobs.ingest.IngestJob;
import thbstat.jobs.ingest.IngestResult;
import thbstat.jobs.ingest.TableSummary;
import thbstat.jobs.spark.SparkSessions;

/** {@code thbstat validate}: checks an extract against the data contract without computing anything. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
        "Checks an extract (victims, proceedings, trainings as CSV or Parquet) against the data contract.",
        "",
        "Stops before writing anything when a file cannot be read or a column looks like",
        "a direct identifier (names, JMBG, passport or phone numbers, e-mail addresses,",
        "dates of birth). Otherwise writes the clean tables (to OUT/clean or --clean),",
        "quarantine.csv (one row per broken rule: file, line, column, value, rule,",
        "message) and the data-quality report (data-quality.json, data-quality.txt)."
    },
    footer = {
        "",
        "Examples:",
        "  thbstat validate --input sample-data",
        "  thbstat validate --input /data/extract-2025 --out /data/validated-2025",
        "  thbstat validate --input hdfs:///thb/extract --clean hdfs:///thb/clean \\",
        "      --out /tmp/validated --master spark://host:7077",
        "",
        "Exit codes: 0 every row accepted, 1 rows quarantined (see quarantine.csv),",
        "2 usage error, unreadable file or direct identifiers in the extract."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = Locations.INPUT_HELP)
  String input;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "validated",
      description = "Output folder (default: ${DEFAULT-VALUE} in the working directory).")
  Path out;

  @Option(names = "--clean", paramLabel = "DIR", description = Locations.CLEAN_HELP)
  String clean;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    List<String> problems = new ArrayList<>();
    spark.check(problems, clean);
    Locations.localFolderProblem(input).ifPresent(why -> problems.add("--input " + input + ": " + why));
    Locations.outFolderProblem(out).ifPresent(why -> problems.add("--out " + out + ": " + why));
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems.stream().map(p -> new Problem(null, 0, 0, p)).toList());
    }
    try (SparkSessions.Lease lease = spark.lease();
        CleanTables cleanTables = CleanTables.hold(Locations.clean(clean, out.resolve("clean"), lease.session()))) {
      SparkSession session = lease.session();
      IngestResult r = new IngestJob(session).run(Locations.input(input, session), out, cleanTables.folder(), line -> {
        w.println(line);
        w.flush();
      });
      w.println();
      for (TableSummary t : r.tables()) {
        w.printf(Locale.ROOT, "%-12s %-8s %s%n", t.table(), t.format(), t.balance());
      }
      w.println("clean tables:        " + r.cleanDir());
      w.println("quarantine:          " + r.quarantineFile());
      w.println("data-quality report: " + out.resolve("data-quality.txt") + " (and .json)");
      if (r.quarantined() > 0) {
        w.printf(Locale.ROOT, "%,d row(s) quarantined: see %s%n", r.quarantined(), r.quarantineFile());
        return 1;
      }
      w.println("every row accepted");
      return 0;
    }
  }
}
