package thbstat.reports.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the ingest of the run recorded about the extract ({@code OUT/ingest/data-quality.json}),
 * as the data-quality annex shows it.
 *
 * @param tables rows read, accepted and quarantined per input table, in the file's order
 * @param unknownShares table → column → share (0–1) of accepted rows with an unknown value
 * @param warnings the ingest's warnings, as written
 * @param latestMonth the month (YYYY-MM) of the latest date of any record of the extract up to the
 *     day of the run, or null when the report does not say: how recent the data are
 * @param unknownSharesByYear table → year → column → share of that year's accepted rows with an
 *     unknown value (columns with some only); empty when the report does not say
 */
public record DataQuality(List<TableRows> tables, Map<String, Map<String, Double>> unknownShares,
    List<String> warnings, String latestMonth, Map<String, Map<String, Map<String, Double>>> unknownSharesByYear) {
  /** Without a latest date (a report written before it was recorded). */
  public DataQuality(List<TableRows> tables, Map<String, Map<String, Double>> unknownShares, List<String> warnings) {
    this(tables, unknownShares, warnings, null);
  }

  /** Without the unknown shares by year. */
  public DataQuality(List<TableRows> tables, Map<String, Map<String, Double>> unknownShares, List<String> warnings,
      String latestMonth) {
    this(tables, unknownShares, warnings, latestMonth, Map.of());
  }

  public DataQuality {
    tables = List.copyOf(tables);
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    unknownShares.forEach((t, cols) -> copy.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(cols))));
    unknownShares = Collections.unmodifiableMap(copy);
    warnings = List.copyOf(warnings);
    Map<String, Map<String, Map<String, Double>>> byYear = new LinkedHashMap<>();
    unknownSharesByYear.forEach((t, years) -> {
      Map<String, Map<String, Double>> y = new LinkedHashMap<>();
      years.forEach((year, cols) -> y.put(year, Collections.unmodifiableMap(new LinkedHashMap<>(cols))));
      byYear.put(t, Collections.unmodifiableMap(y));
    });
    unknownSharesByYear = Collections.unmodifiableMap(byYear);
  }

  /** The share of {@code year}'s accepted rows of {@code table} with {@code column} unknown, or null when not given. */
  public Double unknownShareIn(String table, String year, String column) {
    Map<String, Map<String, Double>> years = unknownSharesByYear.get(table);
    if (years == null || !years.containsKey(year)) {
      return null;
    }
    return years.get(year).getOrDefault(column, 0.0);
  }

  /**
   * The row balance of one input table.
   *
   * @param yearColumn the date column that places its rows in years, or null when the report does not say
   * @param byYear year (or {@code unknown}) → rows read and quarantined with a date in it
   */
  public record TableRows(String table, long read, long accepted, long quarantined, String yearColumn,
      Map<String, YearRows> byYear) {
    public TableRows {
      Objects.requireNonNull(table);
      byYear = Collections.unmodifiableMap(new LinkedHashMap<>(byYear));
    }

    /** Without the rows by year (a report written before it was recorded). */
    public TableRows(String table, long read, long accepted, long quarantined) {
      this(table, read, accepted, quarantined, null, Map.of());
    }
  }

  /** Rows read and quarantined in one year. */
  public record YearRows(long read, long quarantined) {}
}
