package thbstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import thbstat.reports.model.ReportBuilder;
import thbstat.reports.model.ReportKind;

/**
 * What a user should know before sending reports, as {@code warning:} and {@code note:} lines:
 * periods a report shows that the run folder holds no tables of, and baselines it cannot check.
 * Printed by {@code report}, and by {@code run} and {@code export} for the reports of a pack.
 */
public final class ReportNotices {
  private ReportNotices() {}

  public static List<String> of(ReportBuilder builder, List<ReportKind> kinds, String period, Path from) {
    List<String> out = new ArrayList<>();
    for (ReportKind kind : kinds) {
      List<String> missing = builder.periodsWithoutTable(kind);
      if (!missing.isEmpty()) {
        out.add(String.format("warning: report %s %s shows %s, for which %s holds no table: shown as ':' (not"
                + " available); run 'thbstat run --input EXTRACT --period %s --out %s' to add %s", kind.id(), period,
            String.join(", ", missing), from, String.join(",", missing), from, missing.size() == 1 ? "it" : "them"));
      }
      for (String line : builder.baselineNotes(kind)) {
        out.add("note: report " + kind.id() + " " + period + ": " + line + " (footnoted in the table)");
      }
    }
    return out;
  }
}
