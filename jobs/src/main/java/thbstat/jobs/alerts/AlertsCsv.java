package thbstat.jobs.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code alerts.csv}: one row per firing, the most severe first; the header even when none fired. */
public final class AlertsCsv {
  public static final List<String> HEADER = List.of("period", "rule", "kind", "indicator", "cell", "observed",
      "expected", "bound", "p_value", "q_value", "severity", "explanation_en", "explanation_sr-Latn",
      "explanation_sr-Cyrl");

  private AlertsCsv() {}

  public static void write(Path file, List<Alert> alerts) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(String.join(",", HEADER));
        w.write('\n');
        for (Alert a : alerts) {
          w.write(String.join(",", row(a).stream().map(AlertsCsv::quote).toList()));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static List<String> row(Alert a) {
    String indicator = a.rule().indicator() == null ? "" : a.rule().indicator();
    return List.of(a.period(), a.rule().id(), a.rule().kind().yaml(), indicator, a.cellText(),
        Explanations.number(a.observed()),
        a.expected() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", a.expected()),
        a.bound() == null ? "" : Explanations.number(a.bound()),
        a.p() == null ? "" : Explanations.pValue(a.p()),
        a.q() == null ? "" : Explanations.pValue(a.q()),
        a.severity().code(), a.explanation().en(), a.explanation().srLatn(), a.explanation().srCyrl());
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
