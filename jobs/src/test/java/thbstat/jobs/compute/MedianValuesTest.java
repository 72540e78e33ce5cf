package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MedianValuesTest {
  @Test
  void numbersWholeNumbersAndDecimalsInOneSequence() {
    EntryCounts.MedianValues values = new EntryCounts.MedianValues();
    int five = values.idOfWhole(5);
    assertEquals(five, values.idOf(new BigDecimal("5.00")), "a whole number is the value at the value type's scale");
    assertEquals(five, values.idOfWhole(5));
    int minusFive = values.idOfWhole(-5);
    int large = values.idOfWhole(5 + (1L << 32));
    assertNotEquals(five, minusFive);
    assertNotEquals(five, large, "the high half of the long counts");
    assertEquals(new BigDecimal("-5.00"), values.value(minusFive));
    assertEquals(new BigDecimal("4294967301.00"), values.value(large));
    assertEquals(values.idOf(new BigDecimal("2.50")) + 1, values.idOfWhole(0), "numbers follow first meeting");
    assertEquals(-1, values.idOf(null));
  }
}
