package thbstat.jobs.compute;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.array.ByteArrayMethods;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Numbers of keys (unit keys as text), in order of first adding: the keys' bytes in one array and
 * an open-addressing table of their hashes and numbers. Against a {@code HashMap<UTF8String,
 * Integer>} of the same keys it is a few arrays, not millions of objects: a lookup touches two
 * places in memory instead of five, adding a key copies only its bytes, and a broadcast is written
 * and read as plain arrays. Not shared between threads while keys are added.
 */
final class KeyIndex implements Serializable {
  private static final long serialVersionUID = 2L;

  /** Every key's bytes, key after key; key {@code n} is at {@code starts[n]} to {@code starts[n + 1]}. */
  private byte[] bytes;
  private int[] starts;
  private int size;
  /** Per slot: the key's hash in the high half, its number plus one in the low half; 0 is free. */
  private long[] slots;
  /**
   * One bit per hash value (its top bits), set for every key; null until {@link #trimmed}. A few
   * megabytes that stay in cache: most texts looked up that are not keys stop here, before the
   * slots, which are too large to stay in cache.
   */
  private long[] seen;
  /** {@link #seen}'s bit of a hash is its top bits: the hash shifted right by this. */
  private int seenShift;

  KeyIndex() {
    bytes = new byte[256];
    starts = new int[17];
    slots = new long[32];
  }

  /** Numbers {@code keys} 0, 1, ... in their order; a repeated key keeps its first number. */
  KeyIndex(Collection<UTF8String> keys) {
    this();
    keys.forEach(this::add);
  }

  /** How many keys there are. */
  int size() {
    return size;
  }

  /** The number of {@code key}, or -1 when it is not one of the keys. */
  int numberOf(UTF8String key) {
    int hash = key.hashCode();
    if (seen != null && (seen[seenBit(hash) >>> 6] & 1L << seenBit(hash)) == 0) {
      return -1;
    }
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

  /** The number of {@code key}, numbering it next when new; its bytes are copied, so it may be borrowed. */
  int add(UTF8String key) {
    int hash = key.hashCode();
    int mask = slots.length - 1;
    int slot = hash & mask;
    for (; slots[slot] != 0; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if ((int) (s >>> 32) == hash && equals((int) s - 1, key)) {
        return (int) s - 1;
      }
    }
    int length = key.numBytes();
    int at = starts[size];
    if ((long) at + length > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("unit keys of more than " + at + " bytes do not fit one array");
    }
    if (at + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(at + length, 2L * bytes.length)));
    }
    if (size + 2 > starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    key.writeToMemory(bytes, Platform.BYTE_ARRAY_OFFSET + at);
    starts[size + 1] = at + length;
    slots[slot] = (long) hash << 32 | (size + 1);
    if (seen != null) {
      seen[seenBit(hash) >>> 6] |= 1L << seenBit(hash);
    }
    size++;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return size - 1;
  }

  /** Adds every key of {@code other}, in its order. */
  void addAll(KeyIndex other) {
    for (int n = 0; n < other.size; n++) {
      add(other.key(n));
    }
  }

  /** Key number {@code n}, borrowing this index's bytes. */
  UTF8String key(int n) {
    return UTF8String.fromBytes(bytes, starts[n], starts[n + 1] - starts[n]);
  }

  /** Drops the spare room of the arrays, before the index is sent anywhere, and marks its keys' hashes in {@link #seen}. */
  KeyIndex trimmed() {
    bytes = Arrays.copyOf(bytes, starts[size]);
    starts = Arrays.copyOf(starts, size + 1);
    // 16 to 32 bits per key: a text that is not a key gets past them about one time in 20.
    seen = new long[Math.max(1, Integer.highestOneBit(Math.max(1, size)) >>> 1)];
    seenShift = 32 - Integer.numberOfTrailingZeros(seen.length * 64);
    for (long s : slots) {
      if (s != 0) {
        int hash = (int) (s >>> 32);
        seen[seenBit(hash) >>> 6] |= 1L << seenBit(hash);
      }
    }
    return this;
  }

  /** The bit of {@link #seen} for a hash: its top bits, as the slots use the bottom ones. */
  private int seenBit(int hash) {
    return hash >>> seenShift;
  }

  private void rehash(int capacity) {
    long[] grown = new long[capacity];
    for (long s : slots) {
      if (s != 0) {
        int slot = (int) (s >>> 32) & (capacity - 1);
        while (grown[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        grown[slot] = s;
      }
    }
    slots = grown;
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
