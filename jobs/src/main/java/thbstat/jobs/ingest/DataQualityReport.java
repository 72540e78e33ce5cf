package thbstat.jobs.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@code data-quality.json} (sorted keys, no timestamps: two runs diff cleanly) and {@code .txt}. */
final class DataQualityReport {
  private DataQualityReport() {}

  static void write(List<TableQuality> tables, List<String> warnings, Path outDir) {
    Map<String, Object> root = new TreeMap<>();
    Map<String, Object> byTable = new TreeMap<>();
    for (TableQuality t : tables) {
      byTable.put(t.summary().table(), t.toMap());
    }
    root.put("tables", byTable);
    root.put("warnings", warnings);
    root.put("quarantined_total", tables.stream().mapToLong(t -> t.summary().quarantined()).sum());
    // How recent the extract is, to the month: the day of a single record is not published.
    tables.stream().flatMap(t -> t.latestDates().values().stream()).max(String::compareTo)
        .ifPresent(d -> root.put(LATEST_MONTH, d.substring(0, 7)));
    ObjectMapper json = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    try {
      Files.writeString(outDir.resolve("data-quality.json"),
          json.writeValueAsString(root).replace("\r\n", "\n") + "\n", StandardCharsets.UTF_8);
      Files.writeString(outDir.resolve("data-quality.txt"), text(tables, warnings), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The top-level key of the latest month of any record (YYYY-MM), up to the day of the run. */
  static final String LATEST_MONTH = "latest_month";

  static String text(List<TableQuality> tables, List<String> warnings) {
    StringBuilder s = new StringBuilder("thbstat data-quality report\n");
    for (TableQuality t : tables) {
      TableSummary sum = t.summary();
      s.append("\n== ").append(sum.table()).append(" (").append(sum.inputFile().name())
          .append(", ").append(sum.format()).append(")\n");
      s.append("  ").append(sum.balance()).append('\n');
      if (!t.violations().isEmpty()) {
        s.append("  violations (rule / column: count):\n");
        t.violations().forEach((rule, cols) -> cols.forEach((c, n) ->
            s.append("    ").append(rule).append(" / ").append(c.isEmpty() ? "(row)" : c).append(": ").append(n).append('\n')));
      }
      if (!t.ignoredConditional().isEmpty()) {
        s.append("  conditional values ignored (condition does not hold):\n");
        t.ignoredConditional().forEach((c, n) -> s.append("    ").append(c).append(": ").append(n).append('\n'));
      }
      if (!t.parquetParts().isEmpty()) {
        s.append("  rows of the Parquet parts (counted through the parts in name order):\n");
        t.parquetParts().forEach(p -> s.append("    ").append(p).append('\n'));
      }
      if (!t.latestDates().isEmpty()) {
        StringBuilder dates = new StringBuilder();
        t.latestDates().forEach((c, d) -> dates.append(dates.length() == 0 ? "" : ", ").append(c).append(' ').append(d));
        s.append("  latest date up to the day of the run: ").append(dates).append('\n');
      }
      if (!t.extraColumns().isEmpty()) {
        s.append("  extra columns ignored: ").append(String.join(", ", t.extraColumns())).append('\n');
      }
      if (sum.accepted() == 0) {
        s.append("  no accepted rows: no unknown values or codes to show\n");
      } else {
        appendValues(s, t);
      }
    }
    if (!warnings.isEmpty()) {
      s.append("\nwarnings:\n");
      warnings.forEach(w -> s.append("  ").append(w).append('\n'));
    }
    return s.toString();
  }

  /** The share of unknown values per column and the codes seen, over a table's accepted rows. */
  private static void appendValues(StringBuilder s, TableQuality t) {
    s.append("  unknown values over the accepted rows where the column applies (empty, unknown, u, XXX):\n");
    if (t.unknownShare().values().stream().noneMatch(share -> share > 0)) {
      s.append("    none\n");
    }
    t.unknownShare().forEach((c, share) -> {
      if (share > 0) {
        s.append(String.format(Locale.ROOT, "    %-26s %6.1f %%%n", c, share * 100));
      }
    });
    s.append("  codes seen:\n");
    t.codes().forEach((c, codes) -> {
      StringBuilder line = new StringBuilder();
      codes.forEach((code, n) -> line.append(line.length() == 0 ? "" : ", ").append(code).append(' ').append(n));
      s.append("    ").append(c).append(": ").append(line.length() == 0 ? "(none: every value empty)" : line).append('\n');
    });
  }
}
