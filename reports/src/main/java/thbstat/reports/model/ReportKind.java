package thbstat.reports.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The publications {@code thbstat report} knows, by their command-line names. */
public enum ReportKind {
  GRETA("greta", true),
  ANNUAL("annual", true),
  QUARTERLY("quarterly", false),
  ACTION_PLAN("action-plan", false),
  EUROSTAT("eurostat", false);

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
