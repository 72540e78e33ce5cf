package thbstat.jobs.alerts;

import java.util.List;
import thbstat.indicators.period.Period;

/**
 * The outcome of one quarter's alert run.
 *
 * @param period the quarter tested
 * @param alerts the firings, most severe first
 * @param rules how many rules were evaluated
 */
public record AlertRun(Period period, List<Alert> alerts, int rules) {
  public AlertRun {
    alerts = List.copyOf(alerts);
  }
}
