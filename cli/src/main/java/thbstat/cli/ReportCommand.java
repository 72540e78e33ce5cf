package thbstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.reports.excel.ExcelWorkbookWriter;
import thbstat.reports.input.RunOutput;
import thbstat.reports.model.Provenance;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportBuilder;
import thbstat.reports.model.ReportKind;
import thbstat.reports.pdf.PdfReportWriter;

/** {@code thbstat report}: renders publications from the indicator tables a run wrote, without Spark. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
        "Renders a publication as Excel and PDF in English, Serbian Latin and Serbian Cyrillic.",
        "",
        "Reads what 'thbstat run' wrote: FROM/P/indicators-public.csv (the cells of",
        "the publication tables after disclosure control; --internal: indicators.csv),",
        "FROM/P/manifest.json, the earlier periods of the same kind under FROM (4 years",
        "or 7 quarters) and FROM/P/data-quality.json (the annual report's annex: the",
        "ingest that made P). Needs no Spark.",
        "",
        "For a year (YYYY):",
        "  greta        GRETA statistical annex, three years side by side",
        "  annual       annual report: contents, headline figures, all tables,",
        "               charts, methodology, data-quality annex",
        "  action-plan  Chapter 23/24 Action Plan: baseline, target, actual, status",
        "  eurostat     registered victims and suspects/prosecuted/convicted in",
        "               the crim_thb_* layout",
        "For a quarter (YYYY-Qn):",
        "  quarterly    NATCO bulletin: the quarter against the same quarter last",
        "               year, the last eight quarters, referrals by institution",
        "'all' renders every report made for the period.",
        "",
        "Examples:",
        "  thbstat report --from out --period 2025 --report greta --out out/reports",
        "  thbstat report --from out --period 2025 --report annual --lang sr-Cyrl \\",
        "      --format pdf --out out/reports",
        "  thbstat report --from out --period 2025-Q2 --report quarterly --out reports",
        "  thbstat report --from out --period 2025 --report all --internal --out internal"
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "RUN_OUT",
      description = "The output folder of 'thbstat run' (holds one folder per period).")
  Path from;

  @Option(names = "--period", required = true, paramLabel = "P", description = "Reference period: YYYY or YYYY-Qn.")
  String period;

  @Option(names = "--report", required = true, paramLabel = "NAME",
      description = "greta, annual, action-plan, eurostat (a year), quarterly (a quarter), or all.")
  String report;

  @Option(names = "--lang", defaultValue = "all", paramLabel = "L",
      description = "en, sr-Latn, sr-Cyrl or all (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--format", defaultValue = "all", paramLabel = "F",
      description = "xlsx, pdf or all (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the report files.")
  Path out;

  @Option(names = "--internal",
      description = "Render the full values of indicators.csv (no disclosure control); every page and sheet says so.")
  boolean internal;

  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "The indicator catalogue (default: indicators.yaml of the installation).")
  Path catalogueFile;

  /** The command line, checked as a whole. */
  record ReportOptions(Path from, Period period, List<ReportKind> reports, List<Language> languages, boolean xlsx,
      boolean pdf, Path out, boolean internal) {
    ReportOptions {
      reports = List.copyOf(reports);
      languages = List.copyOf(languages);
    }
  }

  @Override
  public Integer call() {
    ReportOptions o = options();
    Catalogue catalogue = CatalogueLoader.load(CatalogueLocator.locate(catalogueFile));
    PrintWriter w = spec.commandLine().getOut();
    long start = System.nanoTime();
    int files = 0;
    try {
      RunOutput run = RunOutput.read(o.from(), o.period(), o.internal());
      Files.createDirectories(o.out());
      ReportBuilder builder = ReportBuilder.of(catalogue, run);
      ReportNotices.of(builder, o.reports(), o.period().toString(), o.from()).forEach(w::println);
      Provenance prov = new Provenance(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), run.engineVersion(),
          run.catalogueSha256(), run.inputs(), run.dataFile());
      List<Map.Entry<ReportKind, Language>> jobs = new ArrayList<>();
      for (ReportKind kind : o.reports()) {
        for (Language language : o.languages()) {
          jobs.add(Map.entry(kind, language));
        }
      }
      // Reports are built and written side by side (one per core); their lines keep the order above.
      List<List<String>> written = jobs.parallelStream()
          .map(job -> write(builder.build(job.getKey(), job.getValue(), o.internal(), prov), o))
          .toList();
      for (List<String> lines : written) {
        lines.forEach(w::println);
        files += lines.size();
      }
    } catch (IOException e) {
      throw ThbstatException.usage(IoMessages.of(e));
    } catch (UncheckedIOException e) {
      throw ThbstatException.usage(IoMessages.of(e));
    }
    w.printf("done: %d file(s) in %.1f s%s%n", files, (System.nanoTime() - start) / 1e9,
        o.internal() ? " (INTERNAL: full values, not for publication)" : "");
    return 0;
  }

  /** Writes one report in the requested formats; returns one "wrote FILE (S s)" line per file. */
  private static List<String> write(Report r, ReportOptions o) {
    String stem = r.fileStem(o.period().toString());
    List<String> lines = new ArrayList<>();
    try {
      if (o.xlsx()) {
        Path f = o.out().resolve(stem + ".xlsx");
        long t0 = System.nanoTime();
        new ExcelWorkbookWriter().write(r, f);
        lines.add(String.format(Locale.ROOT, "wrote %s (%.1f s)", f, (System.nanoTime() - t0) / 1e9));
      }
      if (o.pdf()) {
        Path f = o.out().resolve(stem + ".pdf");
        long t0 = System.nanoTime();
        new PdfReportWriter().write(r, f);
        lines.add(String.format(Locale.ROOT, "wrote %s (%.1f s)", f, (System.nanoTime() - t0) / 1e9));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** Every cross-option check in one place; all problems are reported together. */
  ReportOptions options() {
    List<String> problems = new ArrayList<>();
    Period p = null;
    try {
      p = Period.parse(period);
    } catch (IllegalArgumentException e) {
      problems.add("--period: " + e.getMessage());
    }
    List<ReportKind> kinds = new ArrayList<>();
    if ("all".equalsIgnoreCase(report.trim())) {
      if (p != null) {
        kinds.addAll(ReportKind.forPeriod(p));
      }
    } else {
      try {
        ReportKind k = ReportKind.fromId(report);
        if (!k.implemented()) {
          problems.add("--report: '" + k.id() + "' is not implemented yet; available: " + implemented());
        } else if (p != null && !k.appliesTo(p)) {
          problems.add("--report: '" + k.id() + "' is made for " + (p.isYear() ? "a quarter (YYYY-Qn)" : "a year (YYYY)")
              + ", not for " + p + "; for " + p + ": " + ReportKind.forPeriod(p).stream().map(ReportKind::id)
              .collect(Collectors.joining(", ")));
        }
        kinds.add(k);
      } catch (IllegalArgumentException e) {
        problems.add("--report: " + e.getMessage() + ", or all");
      }
    }
    List<Language> languages = new ArrayList<>();
    if ("all".equalsIgnoreCase(lang.trim())) {
      languages.addAll(List.of(Language.values()));
    } else {
      try {
        languages.add(Language.fromTag(lang));
      } catch (IllegalArgumentException e) {
        problems.add("--lang: " + e.getMessage() + ", or all");
      }
    }
    String f = format.trim().toLowerCase(java.util.Locale.ROOT);
    if (!List.of("xlsx", "pdf", "all").contains(f)) {
      problems.add("--format: '" + format + "' is not a format: use xlsx, pdf or all");
    }
    if (!Files.isDirectory(from)) {
      problems.add("--from: " + from + " is not a folder (the --out of 'thbstat run')");
    }
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems.stream().map(m -> new Problem(null, 0, 0, m)).toList());
    }
    return new ReportOptions(from, p, kinds, languages, !"pdf".equals(f), !"xlsx".equals(f), out, internal);
  }

  private static String implemented() {
    return Arrays.stream(ReportKind.values()).filter(ReportKind::implemented).map(ReportKind::id)
        .collect(Collectors.joining(", "));
  }
}
