package thbstat.jobs.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/**
 * Writes a synthetic extract: victims, proceedings and trainings, in that order, each streamed to
 * one file. Same options, same output (byte for byte in CSV): every random draw comes from a stream
 * seeded by (seed, table, year), and nothing depends on the clock or on hash order.
 */
public final class ExtractGenerator {
  private final GenerateOptions options;

  public ExtractGenerator(GenerateOptions options) {
    this.options = options;
  }

  public List<TableSummary> generate() {
    List<Path> otherFormat = checkTargets();
    YearPlan plan = new YearPlan(options);
    Ids ids = Ids.forPlan(plan);
    List<TableSummary> written = new ArrayList<>();
    written.add(write(Extract.VICTIMS, out -> new VictimGenerator(options, plan, ids).write(out)));
    written.add(write(Extract.PROCEEDINGS, out -> new ProceedingGenerator(options, plan, ids).write(out)));
    written.add(write(Extract.TRAININGS, out -> new TrainingGenerator(options, plan, ids).write(out)));
    // the extract replaced, not left beside the new one (ingest refuses a table in two formats)
    for (Path f : otherFormat) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + f, e);
      }
    }
    return List.copyOf(written);
  }

  /**
   * Refuses to overwrite non-empty output files unless forced, and to leave a table in the other
   * format beside the new one; lists every one of them. Returns, when forced, the other format's
   * files to remove once the new ones are written.
   */
  private List<Path> checkTargets() {
    List<Problem> problems = new ArrayList<>();
    List<Path> otherFormat = new ArrayList<>();
    if (Files.exists(options.out()) && !Files.isDirectory(options.out())) {
      throw ThbstatException.usage(options.out() + ": is a file; --out must be a folder");
    }
    try {
      Files.createDirectories(options.out());
      for (ExtractTable t : Extract.TABLES) {
        Path f = options.file(t.name());
        if (Files.isDirectory(f)) {
          problems.add(Problem.of(f.toString(), "is a folder; remove it or choose another --out"));
        } else if (!options.force() && Files.exists(f) && Files.size(f) > 0) {
          problems.add(Problem.of(f.toString(), "exists; use --force to overwrite it"));
        }
        for (OutputFormat other : OutputFormat.values()) {
          Path o = options.out().resolve(t.name() + "." + other.extension());
          if (other == options.format() || !Files.exists(o, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            continue;
          }
          if (!Files.isRegularFile(o, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.of(o.toString(), "holds this table in another format; remove it or choose another --out"));
          } else if (options.force()) {
            otherFormat.add(o);
          } else {
            problems.add(Problem.of(o.toString(), "holds this table in another format; use --force to replace it"));
          }
        }
      }
    } catch (IOException e) {
      throw ThbstatException.usage("cannot prepare " + options.out() + ": " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems);
    }
    return otherFormat;
  }

  /** Writes to {@code NAME.EXT.part} and renames at the end: a failed run leaves no half table. */
  private TableSummary write(ExtractTable table, TableBody body) {
    Path file = options.file(table.name());
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try {
      long rows;
      try (TableWriter out = TableWriter.open(options.format(), table, part)) {
        body.write(out);
        out.close();
        rows = out.rows();
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      return new TableSummary(table.name(), rows, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private interface TableBody {
    void write(TableWriter out) throws IOException;
  }
}
