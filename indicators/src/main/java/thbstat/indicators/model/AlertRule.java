package thbstat.indicators.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rule of the Early Warning System ({@code alerts:} in {@code indicators.yaml}).
 *
 * <p>Indicator-based kinds ({@code fixed}, {@code yoy}, {@code poisson}, {@code negbin},
 * {@code share}, {@code silence}) watch the cells of {@link #indicator} whose codes are
 * {@link #cells} on the named dimensions, any code (not {@code _T}) on the {@link #by}
 * dimensions, and {@code _T}/{@code _Z} elsewhere. {@code new_category} reads the clean
 * {@link #column} of {@link #source} directly, placed in quarters by {@link #date}.
 *
 * @param id the rule id (upper case)
 * @param label what the rule watches, in the three languages
 * @param kind the test
 * @param indicator the watched indicator (indicator-based kinds)
 * @param cells fixed codes of the watched cells, dimension → code
 * @param by dimensions that vary: one tested cell per code
 * @param denominator for {@code share}: the indicator whose same cell is the denominator
 * @param history how many previous quarters the rule compares with
 * @param minCount below this observed count a statistical rule does not fire (0 → 1 is no news)
 * @param q the false discovery rate of the rule's family (Benjamini–Hochberg per rule and quarter)
 * @param threshold for {@code fixed}: fires when the observed value is at least this
 * @param minChange for {@code yoy}: the least ratio observed / same quarter last year
 * @param minQuarters for {@code silence}: quarters (of {@code history}) the cell must have had
 *     records in to count as "usually refers"
 * @param source for {@code new_category}: the source id
 * @param column for {@code new_category}: the clean column whose values are watched
 * @param date for {@code new_category}: the date column placing a record in a quarter
 * @param ignore for {@code new_category}: values that are never news (XXX unknown)
 * @param severity for {@code fixed} and {@code new_category}: the severity of a firing
 * @param line line of the rule in the catalogue
 */
public record AlertRule(
    String id,
    Text label,
    Kind kind,
    String indicator,
    Map<String, String> cells,
    List<String> by,
    String denominator,
    int history,
    int minCount,
    double q,
    Double threshold,
    double minChange,
    int minQuarters,
    String source,
    String column,
    String date,
    List<String> ignore,
    Severity severity,
    int line) {

  /** The kinds of rule, by their YAML name. */
  public enum Kind {
    FIXED("fixed"), YOY("yoy"), POISSON("poisson"), NEGBIN("negbin"), SHARE("share"),
    NEW_CATEGORY("new_category"), SILENCE("silence");

    private final String yaml;

    Kind(String yaml) {
      this.yaml = yaml;
    }

    public String yaml() {
      return yaml;
    }

    /** Whether the rule yields a p-value that goes through Benjamini–Hochberg. */
    public boolean statistical() {
      return this != FIXED && this != NEW_CATEGORY;
    }

    public static Kind of(String yaml) {
      for (Kind k : values()) {
        if (k.yaml.equals(yaml)) {
          return k;
        }
      }
      return null;
    }
  }

  /** How urgent a firing is; statistical rules take it from the adjusted p-value. */
  public enum Severity {
    INFO, WARNING, ALERT;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Severity of(String code) {
      for (Severity s : values()) {
        if (s.code().equals(code)) {
          return s;
        }
      }
      return null;
    }
  }

  public AlertRule {
    Objects.requireNonNull(id);
    Objects.requireNonNull(label);
    Objects.requireNonNull(kind);
    cells = Map.copyOf(cells);
    by = List.copyOf(by);
    ignore = List.copyOf(ignore);
    Objects.requireNonNull(severity);
  }

  /** The dimensions this rule names, fixed ones first. */
  public List<String> dimensionsNamed() {
    java.util.List<String> out = new java.util.ArrayList<>(new java.util.TreeSet<>(cells.keySet()));
    out.addAll(by);
    return out;
  }
}
