package thbstat.jobs.ingest;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The data-quality facts of one table, in sorted maps so that the report is stable.
 *
 * @param violations rule → column → count
 * @param unknownShare column → share of the accepted rows where the column applies (for a
 *     conditional column: its condition holds) whose value is empty, {@code unknown}, {@code u}
 *     or {@code XXX}
 * @param notApplicable conditional column → accepted rows where its condition does not hold
 * @param codes code column → code → count over accepted rows
 * @param ignoredConditional column → values ignored because their condition does not hold
 * @param latestDates date column → the latest date (ISO) up to the day of the run among accepted
 *     rows: how recent the extract is
 * @param yearColumn the date column that places rows in years (the table's first), or null
 * @param rowsByYear year (or {@code unknown}: the date cannot be read) → {@code read} and
 *     {@code quarantined} rows: the balance of a reference year, which the whole extract's hides
 * @param unknownShareByYear year → column → {@code unknownShare} over that year's accepted rows
 *     (columns with unknown values only)
 * @param parquetParts for a folder of Parquet parts, which rows each part holds ({@code rows
 *     1–500000: part-00000.parquet}): messages number the rows through the parts in name order
 */
record TableQuality(
    TableSummary summary,
    SortedMap<String, SortedMap<String, Long>> violations,
    SortedMap<String, Double> unknownShare,
    SortedMap<String, Long> notApplicable,
    SortedMap<String, SortedMap<String, Long>> codes,
    SortedMap<String, Long> ignoredConditional,
    List<String> extraColumns,
    SortedMap<String, String> latestDates,
    String yearColumn,
    SortedMap<String, SortedMap<String, Long>> rowsByYear,
    SortedMap<String, SortedMap<String, Double>> unknownShareByYear,
    List<String> parquetParts) {
  TableQuality {
    extraColumns = List.copyOf(extraColumns);
    parquetParts = List.copyOf(parquetParts);
  }

  TableQuality withParquetParts(List<String> parts) {
    return new TableQuality(summary, violations, unknownShare, notApplicable, codes, ignoredConditional, extraColumns,
        latestDates, yearColumn, rowsByYear, unknownShareByYear, parts);
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new java.util.TreeMap<>();
    m.put("file", summary.inputFile().name());
    m.put("format", summary.format());
    Map<String, Object> rows = new java.util.TreeMap<>();
    rows.put("read", summary.read());
    rows.put("accepted", summary.accepted());
    rows.put("quarantined", summary.quarantined());
    m.put("rows", rows);
    m.put("balance", summary.balance());
    m.put("violations", violations);
    m.put("unknown_share", unknownShare);
    m.put("not_applicable", notApplicable);
    m.put("codes", codes);
    m.put("ignored_conditional_values", ignoredConditional);
    m.put("extra_columns_ignored", extraColumns);
    m.put("latest_date", latestDates);
    if (yearColumn != null) {
      m.put("rows_by_year", rowsByYear);
      m.put("unknown_share_by_year", unknownShareByYear);
      m.put("year_of", yearColumn);
    }
    if (!parquetParts.isEmpty()) {
      m.put("parquet_parts", parquetParts);
    }
    return m;
  }
}
