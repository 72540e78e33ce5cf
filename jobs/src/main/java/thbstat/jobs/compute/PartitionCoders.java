package thbstat.jobs.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The slot coders of one partition's entries, each distinct coder once with its cache, and the
 * codes of the current row, each coded at most once however many entries read it.
 */
final class PartitionCoders {
  private final SlotCoder.Cache[] caches;
  /** Per entry, per slot: the index of its coder, -1 for a slot it does not use. */
  private final int[][] coderOfSlot;
  /** Per coder: the current row's code set number, -1 not read yet. */
  private final int[] idOfRow;
  private InternalRow row;

  /** {@code slotsOfEntry}: per entry, its slots' coders (null: a slot the entry does not use). */
  PartitionCoders(List<SlotCoder[]> slotsOfEntry) {
    Map<SlotCoder, Integer> index = new HashMap<>();
    List<SlotCoder.Cache> caches = new ArrayList<>();
    coderOfSlot = new int[slotsOfEntry.size()][];
    for (int e = 0; e < slotsOfEntry.size(); e++) {
      SlotCoder[] slots = slotsOfEntry.get(e);
      coderOfSlot[e] = new int[slots.length];
      for (int s = 0; s < slots.length; s++) {
        SlotCoder coder = slots[s];
        coderOfSlot[e][s] = coder == null ? -1 : index.computeIfAbsent(coder, c -> {
          caches.add(c.cache());
          return caches.size() - 1;
        });
      }
    }
    this.caches = caches.toArray(SlotCoder.Cache[]::new);
    this.idOfRow = new int[this.caches.length];
  }

  /** Starts a row: codes are then read from it. */
  void row(InternalRow row) {
    this.row = row;
    Arrays.fill(idOfRow, -1);
  }

  /**
   * The number of the current row's codes in slot {@code slot} of entry {@code entry}, in its
   * coder's cache ({@link #cache}); -1 for an unused slot.
   */
  int id(int entry, int slot) {
    int c = coderOfSlot[entry][slot];
    if (c < 0) {
      return -1;
    }
    if (idOfRow[c] < 0) {
      idOfRow[c] = caches[c].idOf(row);
    }
    return idOfRow[c];
  }

  /** The cache of slot {@code slot} of entry {@code entry}; null for an unused slot. */
  SlotCoder.Cache cache(int entry, int slot) {
    int c = coderOfSlot[entry][slot];
    return c < 0 ? null : caches[c];
  }
}
