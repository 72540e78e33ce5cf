package thbstat.jobs.compute;

import java.util.Arrays;

/**
 * Numbers distinct fixed-width int tuples in order of first meeting: an open-addressing hash
 * table over one flat array, so a row's lookup allocates nothing. Rows of an extract repeat a
 * few thousand combinations of codes and flags; each is stored once.
 */
final class SignatureTable {
  private final int width;
  /** The tuples, {@code width} ints each, in the order they were numbered. */
  private int[] tuples;
  private int[] hashes;
  /** Hash slots: a tuple's number plus one; 0 is free. */
  private int[] slots;
  private int size;

  SignatureTable(int width) {
    this.width = width;
    this.tuples = new int[Math.max(1, width) * 64];
    this.hashes = new int[64];
    this.slots = new int[128];
  }

  /** The number of {@code tuple} (its first {@code width} ints), numbering it if new. */
  int numberOf(int[] tuple) {
    int hash = hash(tuple);
    int mask = slots.length - 1;
    for (int at = hash & mask; ; at = (at + 1) & mask) {
      int s = slots[at];
      if (s == 0) {
        return add(tuple, hash, at);
      }
      int n = s - 1;
      if (hashes[n] == hash && Arrays.equals(tuples, n * width, n * width + width, tuple, 0, width)) {
        return n;
      }
    }
  }

  /** How many tuples are numbered: 0 to size() - 1. */
  int size() {
    return size;
  }

  /** Field {@code field} of tuple number {@code n}. */
  int get(int n, int field) {
    return tuples[n * width + field];
  }

  private int add(int[] tuple, int hash, int at) {
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
      tuples = Arrays.copyOf(tuples, tuples.length * 2);
    }
    System.arraycopy(tuple, 0, tuples, size * width, width);
    hashes[size] = hash;
    slots[at] = size + 1;
    size++;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int n = 0; n < size; n++) {
      int at = hashes[n] & mask;
      while (slots[at] != 0) {
        at = (at + 1) & mask;
      }
      slots[at] = n + 1;
    }
  }

  private int hash(int[] tuple) {
    long h = width;
    for (int i = 0; i < width; i++) {
      h = (h + tuple[i]) * 0x9e3779b97f4a7c15L;
    }
    return (int) PartitionGroups.mix(h);
  }
}
