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
 */
record TableQuality(
    TableSummary summary,
    SortedMap<String, SortedMap<String, Long>> violations,
    SortedMap<String, Double> unknownShare,
    SortedMap<String, Long> notApplicable,
    SortedMap<String, SortedMap<String, Long>> codes,
    SortedMap<String, Long> ignoredConditional,
    List<String> extraColumns) {
  TableQuality {
    extraColumns = List.copyOf(extraColumns);
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
    return m;
  }
}
