package thbstat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.protect.AuditReport;
import thbstat.jobs.protect.CellInterval;
import thbstat.jobs.protect.DisclosureAudit;
import thbstat.jobs.protect.PeriodAudit;
import thbstat.indicators.period.Period;
import thbstat.reports.sdmx.IndicatorTableCsvReader;

/** {@code thbstat audit FILE…}: proves from the files alone that no protected cell can be narrowed. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Audits public indicator tables (indicators-public.csv) against their disclosure rules.",
        "",
        "The rules are read from the manifest.json beside each table. For every protected cell, prints the"
            + " interval a reader can derive from all published cells by linear programming, and a failure when a"
            + " primary cell's interval does not reach 0 and the threshold.",
        "",
        "Given a year's table with one or more of its quarters' tables, also checks what taking the published"
            + " quarters from the year gives away: a quarter's primary cell narrowed, or a quarter whose table is not"
            + " given bounded by 1 or 2.",
    },
    footer = {"", "Examples:", "  thbstat audit out/2025/indicators-public.csv",
        "  thbstat audit out/2025*/indicators-public.csv   (a year with its quarters)", "",
        "Exit codes: 0 safe, 1 a cell can be narrowed too far, 2 unreadable input."})
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "indicators-public.csv files, each with its manifest.json")
  List<Path> files;

  /** One public file and its disclosure rules. */
  private record Input(Path file, IndicatorTable table, Map<String, Object> rules) {}

  @Override
  public Integer call() {
    List<Problem> problems = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    for (Path f : files) {
      try {
        // the reports' reader, shared with verify; the cells' units it sets do not enter the audit
        inputs.add(new Input(f, IndicatorTableCsvReader.read(f), rules(f)));
      } catch (NoSuchFileException e) {
        problems.add(Problem.of(f.toString(), "no such file"));
      } catch (IOException e) {
        problems.add(Problem.of(f.toString(), IoMessages.of(e)));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of(f.toString(), e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems);
    }
    PrintWriter out = spec.commandLine().getOut();
    int failures = 0;
    for (Input in : inputs) {
      AuditReport report;
      try {
        report = DisclosureAudit.audit(in.table(), in.rules());
      } catch (IllegalArgumentException | ClassCastException e) {
        throw ThbstatException.usage(List.of(Problem.of(in.file().toString(),
            "manifest.json: unreadable disclosure rules: " + e.getMessage())));
      }
      for (CellInterval i : report.intervals()) {
        out.println(in.file() + ": " + i.indicator() + " " + i.period() + " " + i.cell() + " " + i.status() + " "
            + i.formatted());
      }
      for (CellInterval c : report.complements()) {
        out.println(in.file() + ": " + c.indicator() + " " + c.period() + " " + c.cell() + " (unpublished) at most "
            + (Double.isInfinite(c.upper()) ? "∞" : CellInterval.num(c.upper())));
      }
      for (String failure : report.failures()) {
        out.println(in.file() + ": FAIL " + failure);
      }
      failures += report.failures().size();
      out.println(in.file() + ": " + report.intervals().size() + " protected cells, " + report.complements().size()
          + " complements of published subsets, " + (report.passed() ? "safe" : failures(report.failures().size())));
    }
    failures += auditPeriods(inputs, out);
    return failures == 0 ? 0 : 1;
  }

  /** A year against its quarters, when the files hold both: returns the failures. */
  private static int auditPeriods(List<Input> inputs, PrintWriter out) {
    Map<String, IndicatorTable> tables = new java.util.LinkedHashMap<>();
    Map<String, Map<String, Object>> rules = new java.util.HashMap<>();
    for (Input in : inputs) {
      for (String period : in.table().cells().stream().map(c -> c.period()).distinct().toList()) {
        tables.put(period, in.table());
        rules.put(period, in.rules());
      }
    }
    boolean yearWithQuarter = tables.keySet().stream().map(Period::parse).anyMatch(p -> !p.isYear()
        && tables.containsKey(Period.year(p.year()).toString()));
    if (!yearWithQuarter) {
      return 0;
    }
    PeriodAudit.Report report = PeriodAudit.check(tables, rules);
    report.failures().forEach(f -> out.println("years and quarters: FAIL " + f));
    out.println("years and quarters: " + report.checked() + " unknown cells solved over each year with its quarters, "
        + (report.failures().isEmpty() ? "safe" : failures(report.failures().size())));
    return report.failures().size();
  }

  private static String failures(int n) {
    return n + (n == 1 ? " failure" : " failures");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> rules(Path csv) throws IOException {
    Path manifest = csv.toAbsolutePath().resolveSibling("manifest.json");
    if (!Files.isRegularFile(manifest)) {
      throw new IOException("no manifest.json beside it (" + manifest + ")");
    }
    Map<String, Object> m;
    try {
      m = new ObjectMapper().readValue(manifest.toFile(), Map.class);
    } catch (IOException e) {
      throw new IOException(manifest + ": not readable JSON: " + e.getMessage(), e);
    }
    Object d = m.get("disclosure");
    if (!(d instanceof Map<?, ?>)) {
      throw new IOException(manifest + ": no 'disclosure' entry");
    }
    return (Map<String, Object>) d;
  }
}
