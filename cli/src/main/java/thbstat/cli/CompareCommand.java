package thbstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import thbstat.cli.compare.Revisions;
import thbstat.cli.compare.RevisionsCsv;
import thbstat.indicators.problem.ThbstatException;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.sdmx.IndicatorTableCsvReader;

/** {@code thbstat compare}: what a new extract revised in figures already published. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
        "Compares two indicator tables cell by cell: what a new run revised in figures already published.",
        "",
        "OLD and NEW are each an indicator table (indicators-public.csv, indicators.csv),",
        "a period's folder of a run (OUT/P, its indicators-public.csv) or an export pack",
        "(thbstat-P.zip, its indicators-public.csv). Cells are matched by indicator,",
        "period and the codes of the dimensions they use. Prints, per indicator, the",
        "cells revised (published in both, another value), newly protected, newly",
        "published, whose protection changed (C to D or back), and only in one table,",
        "with the largest revision; --out writes every changed cell.",
        "Compare public tables with public tables: their differences are public too."
    },
    footer = {
        "",
        "Examples:",
        "  thbstat compare published/thbstat-2024.zip out/2024",
        "  thbstat compare out-march/2024 out-september/2024 --out revisions-2024.csv",
        "",
        "Exit codes: 0 the tables agree, 1 they differ, 2 a table cannot be read."
    })
public final class CompareCommand implements Callable<Integer> {
  private static final String PUBLIC_TABLE = "indicators-public.csv";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The table published before.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The table of the new run.")
  Path after;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write every changed cell to this CSV (key columns, old and new value and status, change).")
  Path out;

  @Override
  public Integer call() {
    Named old = read(before);
    Named now = read(after);
    Revisions revisions = Revisions.of(old.table(), now.table());
    PrintWriter o = spec.commandLine().getOut();
    o.printf("old: %s (%s)%n", old.name(), cells(old.table().cells().size()));
    o.printf("new: %s (%s)%n", now.name(), cells(now.table().cells().size()));
    Map<String, List<Revisions.Change>> byIndicator = new LinkedHashMap<>();
    revisions.cellsPerIndicator().keySet().forEach(i -> byIndicator.put(i, new ArrayList<>()));
    revisions.changes().forEach(c -> byIndicator.get(c.indicator()).add(c));
    byIndicator.forEach((indicator, changes) -> {
      if (!changes.isEmpty()) {
        o.printf("  %-34s %s (%s)%s%n", indicator, counts(changes), cells(revisions.cellsPerIndicator().get(indicator)),
            largest(changes));
      }
    });
    o.println(revisions.summary());
    java.util.Set<String> oldPeriods = periods(old.table());
    java.util.Set<String> newPeriods = periods(now.table());
    if (!oldPeriods.equals(newPeriods)) {
      // cells match by period: two periods' tables have none in common
      o.println("note: the tables are of different periods (" + String.join(", ", oldPeriods) + " against "
          + String.join(", ", newPeriods) + "); compare a period's tables from two runs");
    }
    if (old.name().endsWith(INTERNAL_TABLE) || now.name().endsWith(INTERNAL_TABLE)) {
      o.println("note: " + INTERNAL_TABLE + " is the internal table; compare the published tables ("
          + PUBLIC_TABLE + ") for what readers saw");
    }
    if (out != null) {
      try {
        RevisionsCsv.write(revisions, out);
      } catch (IOException e) {
        throw ThbstatException.usage(out + ": cannot write: " + IoMessages.of(e));
      }
      o.printf("wrote %s (%,d changed cells)%n", out, revisions.changes().size());
    }
    o.println(revisions.identical() ? "the tables agree" : "the tables differ");
    return revisions.identical() ? 0 : 1;
  }

  private record Named(String name, IndicatorTable table) {}

  private static final String INTERNAL_TABLE = "indicators.csv";

  private static String cells(int n) {
    return String.format("%,d %s", n, n == 1 ? "cell" : "cells");
  }

  private static java.util.Set<String> periods(IndicatorTable table) {
    return table.cells().stream().map(c -> c.period()).collect(java.util.stream.Collectors.toCollection(
        java.util.TreeSet::new));
  }

  /** A table file, a period's folder, or a pack; a usage error naming the file when it is none of them. */
  private static Named read(Path path) {
    try {
      if (Files.isDirectory(path)) {
        Path table = path.resolve(PUBLIC_TABLE);
        if (!Files.isRegularFile(table)) {
          throw ThbstatException.usage(path + ": a folder without " + PUBLIC_TABLE
              + " (give a period's folder of a run, OUT/P)");
        }
        return new Named(table.toString(), IndicatorTableCsvReader.read(table));
      }
      if (!Files.isRegularFile(path)) {
        throw ThbstatException.usage(path + ": no such file or folder");
      }
      if (path.getFileName().toString().endsWith(".zip")) {
        return new Named(path + "!" + PUBLIC_TABLE, fromPack(path));
      }
      return new Named(path.toString(), IndicatorTableCsvReader.read(path));
    } catch (IOException e) {
      throw ThbstatException.usage(IoMessages.of(e));
    }
  }

  private static IndicatorTable fromPack(Path zip) throws IOException {
    try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(PUBLIC_TABLE)) {
          return IndicatorTableCsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8),
              zip.getFileName() + "!" + PUBLIC_TABLE);
        }
      }
    } catch (IllegalArgumentException e) {
      throw new IOException(zip + ": not a readable zip file: " + e.getMessage(), e);
    }
    throw new IOException(zip + ": no " + PUBLIC_TABLE + " in it; not an export pack");
  }

  private static String counts(List<Revisions.Change> changes) {
    List<String> parts = new ArrayList<>();
    Revisions.tally(changes).forEach((kind, n) -> {
      if (n > 0) {
        parts.add(n + " " + kind.words());
      }
    });
    return String.join(", ", parts);
  }

  /**
   * {@code ; largest: 2024 SEX=F AGE=_T 61 -> 63 (+2, +3.3%)}: the largest change in absolute
   * terms, the first in the table's order among equals; "" when no value was revised.
   */
  private static String largest(List<Revisions.Change> changes) {
    Revisions.Change top = null;
    for (Revisions.Change c : changes) {
      if (c.kind() == Revisions.Kind.REVISED
          && (top == null || c.difference().abs().compareTo(top.difference().abs()) > 0)) {
        top = c;
      }
    }
    if (top == null) {
      return "";
    }
    StringBuilder s = new StringBuilder("; largest: ").append(top.period());
    top.codes().forEach((d, code) -> s.append(' ').append(d).append('=').append(code));
    BigDecimal pct = top.percent();
    return s.append(' ').append(top.before().formattedValue()).append(" -> ").append(top.after().formattedValue())
        .append(" (").append(signed(top.difference()))
        .append(pct == null ? "" : ", " + (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%")
        .append(')').toString();
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + thbstat.indicators.table.IndicatorCell.format(v);
  }
}
