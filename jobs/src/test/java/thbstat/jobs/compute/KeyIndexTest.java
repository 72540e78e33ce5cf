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
    KeyIndex index = roundTrip(new KeyIndex(keys).trimmed());

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
    KeyIndex index = new KeyIndex(List.of(UTF8String.fromString("A"), known)).trimmed();
    assertEquals(1, index.numberOf(known));
    assertEquals(-1, index.numberOf(other), other + " has the hash of " + known + " and is not a key");
    assertEquals(2, new KeyIndex(List.of(UTF8String.fromString("A"), known, other)).numberOf(other));
  }

  @Test
  void addsKeysOneByOneKeepingTheFirstNumberOfARepeat() throws Exception {
    KeyIndex part1 = new KeyIndex();
    byte[] buffer = "CASE-1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, part1.add(UTF8String.fromBytes(buffer)));
    buffer[5] = '9'; // the key was borrowed from a buffer that is then reused
    assertEquals(1, part1.add(UTF8String.fromBytes(buffer)));
    assertEquals(0, part1.add(UTF8String.fromString("CASE-1")), "a repeated key keeps its number");
    assertEquals(2, part1.size());

    KeyIndex part2 = new KeyIndex();
    for (int i = 9; i < 1000; i++) {
      part2.add(UTF8String.fromString("CASE-" + i));
    }
    KeyIndex all = new KeyIndex();
    all.addAll(part1.trimmed());
    all.addAll(roundTrip(part2.trimmed()));
    all.trimmed().add(UTF8String.fromString("LAST"));

    assertEquals(2 + 990 + 1, all.size(), "CASE-9 is in both parts and counted once");
    assertEquals(0, all.numberOf(UTF8String.fromString("CASE-1")));
    assertEquals(1, all.numberOf(UTF8String.fromString("CASE-9")));
    assertEquals(2, all.numberOf(UTF8String.fromString("CASE-10")));
    assertEquals(991, all.numberOf(UTF8String.fromString("CASE-999")));
    assertEquals(992, all.numberOf(UTF8String.fromString("LAST")));
    assertEquals(UTF8String.fromString("CASE-10"), all.key(2));
    assertEquals(-1, all.numberOf(UTF8String.fromString("CASE-8")));
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
