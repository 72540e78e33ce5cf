package thbstat.jobs.protect;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import thbstat.indicators.table.IndicatorTable;

/**
 * The result of disclosure control for one period.
 *
 * @param publicTable every cell of every published table, zeros included; protected cells have a
 *     null value and status C (primary) or D (secondary)
 * @param internalWithStatus the internal cells, each with the status it has in the public table
 *     (F when not published)
 * @param tables per publication table: cells, primary and secondary suppressions
 * @param rulesForManifest the rules applied, for {@code manifest.json}'s {@code disclosure} entry
 *     (plain maps, lists, strings and numbers)
 */
public record Protection(IndicatorTable publicTable, IndicatorTable internalWithStatus,
    List<TableProtection> tables, Map<String, Object> rulesForManifest) {
  public Protection {
    Objects.requireNonNull(publicTable);
    Objects.requireNonNull(internalWithStatus);
    tables = List.copyOf(tables);
    Objects.requireNonNull(rulesForManifest);
  }
}
