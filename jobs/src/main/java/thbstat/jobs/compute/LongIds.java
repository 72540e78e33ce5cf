package thbstat.jobs.compute;

import java.util.Arrays;
import java.util.function.LongToIntFunction;

/**
 * The id of each distinct long met, given once by {@code newId} and then looked up in a flat
 * table: a row's value costs no object. For columns whose values are mostly distinct (amounts) or
 * numbers standing for decimals (median values).
 */
final class LongIds {
  private final SignatureTable longs = new SignatureTable(2);
  private final int[] probe = new int[2];
  private final LongToIntFunction newId;
  /** Per number of the table: the id plus one; 0 until given. */
  private int[] idOf = new int[64];

  LongIds(LongToIntFunction newId) {
    this.newId = newId;
  }

  int idOf(long value) {
    probe[0] = (int) (value >>> 32);
    probe[1] = (int) value;
    int n = longs.numberOf(probe);
    if (n >= idOf.length) {
      idOf = Arrays.copyOf(idOf, Math.max(n + 1, idOf.length * 2));
    }
    if (idOf[n] == 0) {
      idOf[n] = newId.applyAsInt(value) + 1;
    }
    return idOf[n] - 1;
  }
}
