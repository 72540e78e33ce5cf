package thbstat.jobs.alerts;

import java.util.Map;
import java.util.Objects;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.Text;

/**
 * One firing of a rule: a row of {@code alerts.csv}.
 *
 * @param period the quarter tested
 * @param rule the rule that fired
 * @param cell the watched cell, dimension → code (for new_category: the column → the new value)
 * @param observed the value of the cell in the quarter
 * @param expected what the history leads one to expect (null for a fixed threshold)
 * @param bound the value from which the rule fires this quarter (null when it does not apply)
 * @param p the cell's p-value (null for fixed thresholds and new categories)
 * @param q the Benjamini–Hochberg adjusted p-value within the rule's family (null as p)
 * @param severity info, warning or alert
 * @param explanation a sentence in the three languages
 */
public record Alert(String period, AlertRule rule, Map<String, String> cell, double observed, Double expected,
    Double bound, Double p, Double q, AlertRule.Severity severity, Text explanation) {

  public Alert {
    Objects.requireNonNull(period);
    Objects.requireNonNull(rule);
    cell = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cell));
    Objects.requireNonNull(severity);
  }

  /** The cell as written in the CSV: {@code EXPLOITATION=LABOUR;REGION=NOVI_SAD}, or {@code _T}. */
  public String cellText() {
    if (cell.isEmpty()) {
      return "_T";
    }
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : cell.entrySet()) {
      if (b.length() > 0) {
        b.append(';');
      }
      b.append(e.getKey()).append('=').append(e.getValue());
    }
    return b.toString();
  }

  public Alert withExplanation(Text text) {
    return new Alert(period, rule, cell, observed, expected, bound, p, q, severity, text);
  }
}
