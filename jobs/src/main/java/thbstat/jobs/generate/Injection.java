package thbstat.jobs.generate;

import java.util.List;
import java.util.Locale;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.period.Period;
import thbstat.indicators.problem.ThbstatException;

/**
 * A known anomaly planted in a generated extract, so the alert rules can be measured:
 * {@code labour-cluster:2025-Q2:novi_sad:8} adds 8 foreign men, labour-exploited in Serbia,
 * reported to the Centre and identified in that quarter in that police administration.
 *
 * @param kind what is planted (only {@code labour-cluster} so far)
 * @param quarter the quarter of the reports and decisions
 * @param policeAdmin the police administration (a contract code)
 * @param victims how many victims
 */
public record Injection(String kind, Period quarter, String policeAdmin, int victims) {
  public static final List<String> KINDS = List.of("labour-cluster");

  public Injection {
    if (!KINDS.contains(kind)) {
      throw usage("unknown anomaly '" + kind + "': use " + String.join(", ", KINDS));
    }
    if (quarter.isYear()) {
      throw usage("an anomaly is planted in a quarter (YYYY-Qn), not in " + quarter);
    }
    if (!Codes.POLICE_ADMINISTRATIONS.contains(policeAdmin)) {
      throw usage("'" + policeAdmin + "' is not a police administration (" + String.join(", ",
          Codes.POLICE_ADMINISTRATIONS) + ")");
    }
    if (victims < 1 || victims > 100_000) {
      throw usage("an anomaly has 1..100000 victims, not " + victims);
    }
  }

  /** Parses {@code KIND:YYYY-Qn:POLICE_ADMIN:N}. */
  public static Injection parse(String text) {
    String[] parts = text.trim().split(":");
    if (parts.length != 4) {
      throw usage("--inject " + text + ": write KIND:YYYY-Qn:POLICE_ADMIN:N, e.g. labour-cluster:2025-Q2:novi_sad:8");
    }
    Period q;
    int n;
    try {
      q = Period.parse(parts[1]);
      n = Integer.parseInt(parts[3]);
    } catch (RuntimeException e) {
      throw usage("--inject " + text + ": " + (e.getMessage() == null ? "bad quarter or count" : e.getMessage()));
    }
    return new Injection(parts[0].toLowerCase(Locale.ROOT), q, parts[2].toLowerCase(Locale.ROOT), n);
  }

  @Override
  public String toString() {
    return kind + ":" + quarter + ":" + policeAdmin + ":" + victims;
  }

  private static ThbstatException usage(String message) {
    return ThbstatException.usage(message);
  }
}
