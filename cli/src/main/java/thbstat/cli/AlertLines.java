package thbstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import thbstat.jobs.alerts.Alert;
import thbstat.jobs.alerts.AlertRun;

/** What {@code run} and {@code alerts} print of a quarter's alerts: one summary line, then each firing. */
final class AlertLines {
  private AlertLines() {}

  static void print(PrintWriter out, AlertRun run, Path file) {
    int fired = run.alerts().size();
    out.printf(Locale.ROOT, "alerts %s: %d %s, %d fired -> %s%n", run.period(), run.rules(),
        run.rules() == 1 ? "rule" : "rules", fired, file);
    for (Alert a : run.alerts()) {
      out.printf(Locale.ROOT, "  %-7s %-26s %-40s %s%n", a.severity().code(), a.rule().id(), a.cellText(),
          a.explanation().en());
    }
  }
}
