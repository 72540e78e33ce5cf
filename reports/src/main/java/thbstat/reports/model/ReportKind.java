package thbstat.reports.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import thbstat.indicators.period.Period;

/** The publications {@code thbstat report} knows, by their command-line names. */
public enum ReportKind {
  GRETA("greta", true),
  ANNUAL("annual", true),
  QUARTERLY("quarterly", true),
  ACTION_PLAN("action-plan", true),
  EUROSTAT("eurostat", true);

  private final String id;
  private final boolean implemented;

  ReportKind(String id, boolean implemented) {
    this.id = id;
    this.implemented = implemented;
  }

  public String id() {
    return id;
  }

  public boolean implemented() {
    return implemented;
  }

  /** Whether this publication is made for a period of that kind (quarterly for quarters, the rest for years). */
  public boolean appliesTo(Period period) {
    return (this == QUARTERLY) != period.isYear();
  }

  /** The implemented publications made for {@code period}: a quarter gets the bulletin, a year the rest. */
  public static List<ReportKind> forPeriod(Period period) {
    return Arrays.stream(values()).filter(k -> k.implemented && k.appliesTo(period)).toList();
  }

  public static ReportKind fromId(String id) {
    for (ReportKind k : values()) {
      if (k.id.equalsIgnoreCase(id.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown report '" + id + "': use one of "
        + Arrays.stream(values()).map(ReportKind::id).collect(Collectors.joining(", ")));
  }
}
