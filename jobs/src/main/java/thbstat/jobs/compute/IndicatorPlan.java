package thbstat.jobs.compute;

import java.util.List;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Source;

/**
 * One record-based indicator as the engine runs it.
 *
 * @param index position in the plan, the {@code ind} of every record
 * @param indicator the catalogue entry
 * @param source its source
 * @param dimensions its dimensions, in order
 */
record IndicatorPlan(int index, Indicator indicator, Source source, List<Dimension> dimensions) {

  Measure measure() {
    return indicator.measure();
  }

  /** The unit key: the column whose distinct values are counted, or null for record-level measures. */
  String unitKey() {
    Measure m = measure();
    if (m instanceof Measure.DistinctCount d) {
      return d.key();
    }
    if (m instanceof Measure.Share s) {
      return s.key();
    }
    if (m instanceof Measure.Median median) {
      return median.key();
    }
    return null;
  }

  boolean placedByEarliestDate() {
    return measure() instanceof Measure.DistinctCount d && d.periodBy() == Measure.PeriodBy.EARLIEST;
  }

  boolean isMedian() {
    return measure() instanceof Measure.Median;
  }

  /**
   * Whether records must be merged per unit before counting: the unit key is not unique per row
   * of the table (a person in several cases; a case with several defendants). A unique key makes
   * every row its own unit, and its date its earliest date.
   */
  boolean needsUnitMerge() {
    String key = unitKey();
    if (key == null) {
      return false;
    }
    List<String> tableKey = Extract.table(source.table()).map(t -> t.key()).orElse(List.of());
    boolean unique = tableKey.equals(List.of(key)) && source.unpivot() == null;
    return !unique;
  }
}
