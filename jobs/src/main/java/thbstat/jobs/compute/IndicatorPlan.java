package thbstat.jobs.compute;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Source;
import thbstat.jobs.ingest.CleanLayout;

/**
 * One record-based indicator as the engine runs it.
 *
 * @param index position in the plan, the {@code ind} of every record
 * @param indicator the catalogue entry
 * @param source its source
 * @param dimensions its dimensions, in order
 * @param units the units it counts: all, or those of one row or of several rows (see {@link #split})
 */
record IndicatorPlan(int index, Indicator indicator, Source source, List<Dimension> dimensions, Units units) {

  /** Which of the indicator's units a plan counts; its two parts count disjoint units, summed in each cell. */
  enum Units {
    ALL,
    /** Units whose key is on one row of the table: each is its row, with no merge. */
    SINGLE_ROW,
    /** Units whose key is on several rows, merged. */
    SEVERAL_ROWS
  }

  IndicatorPlan(int index, Indicator indicator, Source source, List<Dimension> dimensions) {
    this(index, indicator, source, dimensions, Units.ALL);
  }

  /**
   * The conditions a row meets to be one of the plan's records: the indicator's filter, and for a
   * part of its units, whether other rows of the table may share the row's unit key.
   */
  List<Condition> filter() {
    if (units == Units.ALL) {
      return indicator.filter();
    }
    List<Condition> filter = new ArrayList<>(indicator.filter());
    filter.add(new Condition(CleanLayout.sharingColumn(unitKey()),
        units == Units.SINGLE_ROW ? Condition.Op.FALSE : Condition.Op.TRUE, List.of()));
    return filter;
  }

  /**
   * This plan, or where its units must be merged and the table says which unit keys other rows may
   * share ({@link CleanLayout#sharingColumn}), its two parts: the units of one row, counted as
   * rows, and the others, merged. Each unit is in one part only, so their cells add up.
   */
  List<IndicatorPlan> split(StructType table) {
    if (units != Units.ALL || !needsUnitMerge() || source.unpivot() != null
        || !List.of(table.fieldNames()).contains(CleanLayout.sharingColumn(unitKey()))) {
      return List.of(this);
    }
    return List.of(new IndicatorPlan(index, indicator, source, dimensions, Units.SINGLE_ROW),
        new IndicatorPlan(index, indicator, source, dimensions, Units.SEVERAL_ROWS));
  }

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
    if (key == null || units == Units.SINGLE_ROW) {
      return false;
    }
    List<String> tableKey = Extract.table(source.table()).map(t -> t.key()).orElse(List.of());
    boolean unique = tableKey.equals(List.of(key)) && source.unpivot() == null;
    return !unique;
  }
}
