package thbstat.reports.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.reports.i18n.Messages;

/**
 * The methodology section of the annual report: fixed paragraphs on sources, counting and
 * periods, and the disclosure rules of the indicators shown, as {@code indicators.yaml} declares them.
 */
final class Methodology {
  private final Catalogue catalogue;
  private final Messages m;

  Methodology(Catalogue catalogue, Messages messages) {
    this.catalogue = catalogue;
    this.m = messages;
  }

  /**
   * @param indicatorIds the indicators of the report's tables
   * @param symbolNotes the legends of the symbols the report's tables show (none: no list)
   */
  TextSection section(Set<String> indicatorIds, List<String> symbolNotes) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(m.get("method.sources").replace("{version}", catalogue.version()));
    paragraphs.add(m.get("method.counting"));
    paragraphs.add(m.get("method.periods"));
    // threshold → the indicators it applies to, lowest threshold first
    Map<Integer, List<String>> byThreshold = new TreeMap<>();
    for (String id : indicatorIds) {
      catalogue.indicator(id).ifPresent(ind -> byThreshold.computeIfAbsent(ind.disclosure().threshold(),
          k -> new ArrayList<>()).add(label(ind)));
    }
    paragraphs.add(m.get("method.disclosure"));
    byThreshold.forEach((threshold, labels) -> paragraphs.add("• " + (threshold <= 1 ? m.get("method.public")
        : m.get("method.threshold").replace("{n}", String.valueOf(threshold)).replace("{n1}",
            String.valueOf(threshold - 1))) + ": " + String.join("; ", labels) + "."));
    // semicolons: the indicators' labels have commas in them ("…, by sentence")
    if (!symbolNotes.isEmpty()) {
      paragraphs.add(m.get("method.symbols") + " " + String.join("; ", symbolNotes) + ".");
    }
    return new TextSection(m.get("method.title"), paragraphs);
  }

  private String label(Indicator ind) {
    return m.text(ind.label());
  }
}
