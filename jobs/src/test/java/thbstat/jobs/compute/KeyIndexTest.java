package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

class KeyIndexTest {
  @Test
  void numbersKeysInTheirOrderAndKnowsNoOthers() throws Exception {
    List<UTF8String> keys = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      keys.add(UTF8String.fromString("CASE-" + i));
    }
    keys.add(UTF8String.fromString(""));
    keys.add(UTF8String.fromString("Ћирилица-7"));
    KeyIndex index = roundTrip(new KeyIndex(keys));

    assertEquals(3002, index.size());
    assertEquals(0, index.numberOf(UTF8String.fromString("CASE-0")));
    assertEquals(2999, index.numberOf(UTF8String.fromString("CASE-2999")));
    assertEquals(3000, index.numberOf(UTF8String.fromString("")), "the empty key is a key");
    assertEquals(3001, index.numberOf(UTF8String.fromString("Ћирилица-7")));
    assertEquals(-1, index.numberOf(UTF8String.fromString("CASE-3000")));
    assertEquals(-1, index.numberOf(UTF8String.fromString("CASE-")), "a prefix of a key is not the key");
    assertEquals(-1, index.numberOf(UTF8String.fromString("CASE-29 ")), "nor a key and more");
    // A key read from the middle of a larger buffer, as column batches hand them over.
    byte[] buffer = "xxCASE-17yy".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(17, index.numberOf(UTF8String.fromBytes(buffer, 2, 7)));
  }

  @Test
  void tellsApartKeysOfTheSameHash() {
    // Two keys whose 32-bit hashes collide, found among enough short keys that some pair must.
    java.util.Map<Integer, UTF8String> byHash = new java.util.HashMap<>();
    UTF8String known = null;
    UTF8String other = null;
    for (int i = 0; known == null; i++) {
      UTF8String k = UTF8String.fromString("K" + i);
      UTF8String before = byHash.putIfAbsent(k.hashCode(), k);
      if (before != null) {
        known = before;
        other = k;
      }
    }
    KeyIndex index = new KeyIndex(List.of(UTF8String.fromString("A"), known));
    assertEquals(1, index.numberOf(known));
    assertEquals(-1, index.numberOf(other), other + " has the hash of " + known + " and is not a key");
    assertEquals(2, new KeyIndex(List.of(UTF8String.fromString("A"), known, other)).numberOf(other));
  }

  @Test
  void anEmptySetHasNoKeys() {
    KeyIndex index = new KeyIndex(List.of());
    assertEquals(0, index.size());
    assertEquals(-1, index.numberOf(UTF8String.fromString("CASE-1")));
  }

  /** The index as the executors get it: through Java serialisation, as a broadcast is. */
  private static KeyIndex roundTrip(KeyIndex index) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(index);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (KeyIndex) in.readObject();
    }
  }
}
