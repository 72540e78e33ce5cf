package thbstat.jobs.compute;

import java.io.Serializable;
import java.util.Collection;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.array.ByteArrayMethods;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Numbers of a fixed set of keys (unit keys as text), built on the driver and broadcast: the keys'
 * bytes in one array and an open-addressing table of their hashes and numbers. Against a
 * {@code HashMap<UTF8String, Integer>} of the same keys it is a few arrays, not millions of
 * objects: a lookup touches two places in memory instead of five, and the broadcast is written
 * and read as plain arrays.
 */
final class KeyIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Every key's bytes, key after key; key {@code n} is at {@code starts[n]} to {@code starts[n + 1]}. */
  private final byte[] bytes;
  private final int[] starts;
  /** Per slot: the key's hash in the high half, its number plus one in the low half; 0 is free. */
  private final long[] slots;

  /** Numbers {@code keys} 0, 1, ... in their order; equal keys must not repeat. */
  KeyIndex(Collection<UTF8String> keys) {
    int n = keys.size();
    starts = new int[n + 1];
    long total = 0;
    for (UTF8String k : keys) {
      total += k.numBytes();
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("unit keys of " + total + " bytes do not fit one array");
    }
    bytes = new byte[(int) total];
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    slots = new long[capacity];
    int number = 0;
    int at = 0;
    for (UTF8String k : keys) {
      starts[number] = at;
      k.writeToMemory(bytes, Platform.BYTE_ARRAY_OFFSET + at);
      at += k.numBytes();
      int hash = k.hashCode();
      int slot = hash & (capacity - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = (long) hash << 32 | (number + 1);
      number++;
    }
    starts[n] = at;
  }

  /** How many keys there are. */
  int size() {
    return starts.length - 1;
  }

  /** The number of {@code key}, or -1 when it is not one of the keys. */
  int numberOf(UTF8String key) {
    int hash = key.hashCode();
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == 0) {
        return -1;
      }
      if ((int) (s >>> 32) == hash) {
        int n = (int) s - 1;
        if (equals(n, key)) {
          return n;
        }
      }
    }
  }

  private boolean equals(int n, UTF8String key) {
    int start = starts[n];
    int length = starts[n + 1] - start;
    if (length != key.numBytes()) {
      return false;
    }
    return ByteArrayMethods.arrayEquals(bytes, Platform.BYTE_ARRAY_OFFSET + start, key.getBaseObject(),
        key.getBaseOffset(), length);
  }
}
