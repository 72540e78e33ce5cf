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

  /**
   * Columns whose empty value records that something has not happened (yet): no criminal case for
   * the victim, no indictment or judgment so far, nothing awarded or confiscated. The contract counts
   * an empty value as unknown; as a share of unknown values they would read as gaps in the records
   * (final_date "unknown" for every pending case).
   */
  static final List<String> EVENT_COLUMNS = List.of("case_id", "indictment_date", "first_instance_date", "final_date",
      "compensation_awarded_rsd", "assets_confiscated_rsd");

  private final Messages m;

  DataQualityAnnex(Messages messages) {
    this.m = messages;
  }

  /**
   * The two annex tables; without a report, one line that says so. D1 gives the rows of the
   * reference {@code year} beside the whole extract's, where the report counts them by year: a
   * share of quarantined rows in the year can be far above the extract's.
   */
  List<ReportTable> tables(DataQuality dq, int year) {
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
    boolean byYear = !dq.tables().isEmpty() && dq.tables().stream().allMatch(t -> t.yearColumn() != null);
    String yearKey = String.valueOf(year);
    long readInYear = 0;
    long quarantinedInYear = 0;
    long undated = 0;
    for (DataQuality.TableRows t : dq.tables()) {
      List<ReportCell> cells = new ArrayList<>(List.of(count(t.read()), count(t.accepted()), count(t.quarantined()),
          share(t.read(), t.quarantined())));
      if (byYear) {
        DataQuality.YearRows y = t.byYear().getOrDefault(yearKey, new DataQuality.YearRows(0, 0));
        cells.addAll(List.of(count(y.read()), count(y.quarantined()), share(y.read(), y.quarantined())));
        readInYear += y.read();
        quarantinedInYear += y.quarantined();
        undated += t.byYear().getOrDefault("unknown", new DataQuality.YearRows(0, 0)).quarantined();
      }
      rows.add(new ReportRow(tableName(t.table()), false, cells));
      read += t.read();
      accepted += t.accepted();
      quarantined += t.quarantined();
    }
    List<ReportCell> totals = new ArrayList<>(List.of(count(read), count(accepted), count(quarantined),
        share(read, quarantined)));
    if (byYear) {
      totals.addAll(List.of(count(readInYear), count(quarantinedInYear), share(readInYear, quarantinedInYear)));
    }
    rows.add(0, new ReportRow(m.get("total"), true, totals));
    List<String> notes = new ArrayList<>();
    notes.add(m.get("dq.rows.note"));
    if (byYear) {
      notes.add(m.get("dq.dated.note").replace("{year}", yearKey).replace("{n}", String.valueOf(undated))
          .replace("{columns}", String.join(", ", dq.tables().stream().map(DataQuality.TableRows::yearColumn).toList())));
    }
    if (dq.latestMonth() != null) {
      // how recent the data are: the extract's own latest record, not the day it was exported
      notes.add(m.get("dq.latest") + ": " + new thbstat.reports.i18n.NumberStyle(m.language())
          .month(java.time.YearMonth.parse(dq.latestMonth())));
    }
    dq.warnings().forEach(w -> notes.add(m.get("dq.warning") + ": " + thbstat.reports.i18n.IngestWarnings.in(w, m)));
    // the whole extract's columns and the year's each under their spanning heading
    String whole = m.get("dq.extract");
    List<ColumnHeading> columns = new ArrayList<>(List.of(new ColumnHeading(whole, m.get("dq.read")),
        new ColumnHeading(whole, m.get("dq.accepted")), new ColumnHeading(whole, m.get("dq.quarantined")),
        new ColumnHeading(whole, m.get("dq.quarantined.pc"))));
    if (byYear) {
      String dated = m.get("dq.dated").replace("{year}", yearKey);
      columns.addAll(List.of(new ColumnHeading(dated, m.get("dq.read")), new ColumnHeading(dated, m.get("dq.quarantined")),
          new ColumnHeading(dated, m.get("dq.quarantined.pc"))));
    }
    out.add(new ReportTable("D1", m.get("dq.rows"), m.get("dq.rows.unit"), m.get("dq.table"), columns, rows, notes,
        null));
    // the reference year beside the whole extract, where the report gives the shares by year
    boolean unknownByYear = !dq.unknownSharesByYear().isEmpty();
    List<ReportRow> unknown = new ArrayList<>();
    for (Map.Entry<String, Map<String, Double>> t : dq.unknownShares().entrySet()) {
      t.getValue().forEach((column, s) -> {
        if (s > 0 && !EVENT_COLUMNS.contains(column)) {
          List<ReportCell> cells = new ArrayList<>(List.of(share(s)));
          if (unknownByYear) {
            Double inYear = dq.unknownShareIn(t.getKey(), yearKey, column);
            cells.add(inYear == null ? ReportCell.symbol(ReportCell.NO_DATA) : share(inYear));
          }
          unknown.add(new ReportRow(tableName(t.getKey()) + ": " + m.column(column), false, cells));
        }
      });
    }
    if (unknown.isEmpty()) {
      unknown.add(new ReportRow(m.get("dq.no.unknown"), false,
          unknownByYear ? List.of(share(0), share(0)) : List.of(share(0))));
    }
    // one column each: the headings name the rows they cover (the title and unit say what is shown)
    List<ColumnHeading> unknownColumns = unknownByYear
        ? List.of(new ColumnHeading("", m.get("dq.extract")),
            new ColumnHeading("", m.get("dq.dated.column").replace("{year}", yearKey)))
        : List.of(new ColumnHeading("", m.get("dq.unknown.pc")));
    List<String> unknownNotes = new ArrayList<>(List.of(m.get("dq.unknown.note"),
        m.get("dq.events").replace("{columns}", String.join(", ", EVENT_COLUMNS.stream().map(m::column).toList()))));
    if (unknown.stream().anyMatch(r -> r.cells().stream().anyMatch(ReportCell::isSymbol))) {
      unknownNotes.add(0, m.get("note.missing"));
    }
    out.add(new ReportTable("D2", m.get("dq.unknown"), m.unit("PC"), m.get("dq.column"), unknownColumns, unknown,
        unknownNotes, null));
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

  /** Quarantined rows as a share of rows read, in per cent (0 of none). */
  private static ReportCell share(long read, long quarantined) {
    return share(read == 0 ? 0 : (double) quarantined / read);
  }

  private static ReportCell share(double s) {
    return ReportCell.of(BigDecimal.valueOf(s * 100).setScale(1, RoundingMode.HALF_UP), 1);
  }
}
