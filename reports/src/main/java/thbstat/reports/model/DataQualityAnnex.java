package thbstat.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import thbstat.reports.i18n.Messages;

/**
 * The data-quality annex of the annual report, from the run's {@code data-quality.json}: rows
 * read, accepted and quarantined per input table, and the share of unknown values per column.
 */
final class DataQualityAnnex {
  static final String ID_PREFIX = "D";

  private final Messages m;

  DataQualityAnnex(Messages messages) {
    this.m = messages;
  }

  /** The two annex tables; without a report, one line that says so. */
  List<ReportTable> tables(DataQuality dq) {
    if (dq == null) {
      return List.of(new ReportTable("D1", m.get("dq.rows"), m.get("dq.rows.unit"), m.get("dq.table"),
          List.of(new ColumnHeading("", m.get("dq.read"))),
          List.of(new ReportRow(m.get("dq.none"), false, List.of(ReportCell.symbol(ReportCell.NOT_AVAILABLE)))),
          List.of(m.get("note.na")), null));
    }
    List<ReportTable> out = new ArrayList<>();
    List<ReportRow> rows = new ArrayList<>();
    long read = 0;
    long accepted = 0;
    long quarantined = 0;
    for (DataQuality.TableRows t : dq.tables()) {
      rows.add(new ReportRow(tableName(t.table()), false, List.of(count(t.read()), count(t.accepted()), count(t.quarantined()),
          share(t.read() == 0 ? 0 : (double) t.quarantined() / t.read()))));
      read += t.read();
      accepted += t.accepted();
      quarantined += t.quarantined();
    }
    rows.add(0, new ReportRow(m.get("total"), true, List.of(count(read), count(accepted), count(quarantined),
        share(read == 0 ? 0 : (double) quarantined / read))));
    List<String> notes = new ArrayList<>();
    notes.add(m.get("dq.rows.note"));
    if (dq.latestMonth() != null) {
      // how recent the data are: the extract's own latest record, not the day it was exported
      notes.add(m.get("dq.latest") + ": " + new thbstat.reports.i18n.NumberStyle(m.language())
          .month(java.time.YearMonth.parse(dq.latestMonth())));
    }
    dq.warnings().forEach(w -> notes.add(m.get("dq.warning") + ": " + thbstat.reports.i18n.IngestWarnings.in(w, m)));
    out.add(new ReportTable("D1", m.get("dq.rows"), m.get("dq.rows.unit"), m.get("dq.table"),
        List.of(new ColumnHeading("", m.get("dq.read")), new ColumnHeading("", m.get("dq.accepted")),
            new ColumnHeading("", m.get("dq.quarantined")), new ColumnHeading("", m.get("dq.quarantined.pc"))),
        rows, notes, null));
    List<ReportRow> unknown = new ArrayList<>();
    for (Map.Entry<String, Map<String, Double>> t : dq.unknownShares().entrySet()) {
      t.getValue().forEach((column, s) -> {
        if (s > 0) {
          unknown.add(new ReportRow(tableName(t.getKey()) + ": " + m.column(column), false, List.of(share(s))));
        }
      });
    }
    if (unknown.isEmpty()) {
      unknown.add(new ReportRow(m.get("dq.no.unknown"), false, List.of(share(0))));
    }
    out.add(new ReportTable("D2", m.get("dq.unknown"), m.unit("PC"), m.get("dq.column"),
        List.of(new ColumnHeading("", m.get("dq.unknown.pc"))), unknown, List.of(m.get("dq.unknown.note")), null));
    return out;
  }

  /** An input table in the report's language, with its file name, which the data format documents. */
  private String tableName(String table) {
    return switch (table) {
      case "victims", "proceedings", "trainings" -> m.get("dq.table." + table) + " (" + table + ")";
      default -> table;
    };
  }

  private static ReportCell count(long n) {
    return ReportCell.of(BigDecimal.valueOf(n), 0);
  }

  private static ReportCell share(double s) {
    return ReportCell.of(BigDecimal.valueOf(s * 100).setScale(1, RoundingMode.HALF_UP), 1);
  }
}
