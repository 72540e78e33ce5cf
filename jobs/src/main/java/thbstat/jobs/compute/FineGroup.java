package thbstat.jobs.compute;

import java.math.BigDecimal;

/**
 * One group of the finest grain, collected to the driver: the units of one indicator and period
 * that hold the same codes in every dimension slot (and the same median value / numerator flag).
 *
 * @param indicator plan index
 * @param period TIME_PERIOD
 * @param slots the codes of each dimension slot, {@code |}-joined, slots joined by {@code #}
 * @param numerator whether these units meet the share's numerator
 * @param medianValue the value, for median indicators; null otherwise
 * @param units number of units (persons, cases, records)
 * @param sum sum of the values, for sums; null otherwise
 */
record FineGroup(int indicator, String period, String slots, boolean numerator, BigDecimal medianValue, long units,
    BigDecimal sum) {

  /** The codes of each slot; an empty slot means the unit has no code in that dimension. */
  String[][] codes(int slotCount) {
    String[] parts = slots.split("#", -1);
    String[][] out = new String[slotCount][];
    for (int i = 0; i < slotCount; i++) {
      String p = i < parts.length ? parts[i] : "";
      out[i] = p.isEmpty() ? new String[0] : p.split("\\|");
    }
    return out;
  }
}
