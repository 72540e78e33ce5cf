package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignatureTableTest {
  @Test
  void numbersTuplesInOrderOfFirstMeeting() {
    SignatureTable table = new SignatureTable(3);
    assertEquals(0, table.numberOf(new int[] {20241, 0, 7}));
    assertEquals(1, table.numberOf(new int[] {20241, 1, 7}));
    assertEquals(0, table.numberOf(new int[] {20241, 0, 7}));
    // Enough tuples to grow the table several times; each keeps its number.
    for (int i = 0; i < 5000; i++) {
      assertEquals(2 + i, table.numberOf(new int[] {i, -1, i * 31}));
    }
    for (int i = 0; i < 5000; i++) {
      assertEquals(2 + i, table.numberOf(new int[] {i, -1, i * 31}));
      assertEquals(i * 31, table.get(2 + i, 2));
    }
    assertEquals(5002, table.size());
    assertEquals(1, table.numberOf(new int[] {20241, 1, 7, 99}), "only the first width ints count");
  }
}
