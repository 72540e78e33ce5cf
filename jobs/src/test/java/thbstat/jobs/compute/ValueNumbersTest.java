package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.junit.jupiter.api.Test;

class ValueNumbersTest {
  @Test
  void numbersListsByTheirElementsAsTheyLieInAColumnBatch() {
    // Rows: [sexual, labour], [labour], null, [sexual, labour], [], [labour, sexual], [labour, null], [labour]
    List<List<String>> rows = java.util.Arrays.asList(List.of("sexual", "labour"), List.of("labour"), null,
        List.of("sexual", "labour"), List.of(), List.of("labour", "sexual"),
        java.util.Arrays.asList("labour", null), List.of("labour"));
    ColumnarBatch batch = batchOf(rows);
    ValueNumbers numbers = new ValueNumbers(0, DataTypes.createArrayType(DataTypes.StringType), null);
    numbers.batch(batch.column(0));

    int[] got = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      got[r] = numbers.numberOf(batch.getRow(r), r);
    }
    assertEquals(1, got[0]);
    assertEquals(2, got[1]);
    assertEquals(0, got[2], "null is number 0");
    assertEquals(1, got[3], "an equal list read again gets its number");
    assertEquals(3, got[4], "the empty list is a value");
    assertEquals(4, got[5], "the same elements in another order are another list");
    assertEquals(5, got[6], "a null element counts");
    assertEquals(2, got[7]);
    ArrayData kept = (ArrayData) numbers.value(1);
    assertEquals("[sexual, labour]", List.of(kept.getUTF8String(0).toString(), kept.getUTF8String(1).toString()).toString());
    batch.close();
  }

  @Test
  void keepsACopyOfEachListNotTheBatchItWasReadFrom() {
    ColumnarBatch first = batchOf(List.of(List.of("sexual")));
    ValueNumbers numbers = new ValueNumbers(0, DataTypes.createArrayType(DataTypes.StringType), null);
    numbers.batch(first.column(0));
    assertEquals(1, numbers.numberOf(first.getRow(0), 0));
    first.close(); // the next batch reuses nothing of the first

    ColumnarBatch second = batchOf(List.of(List.of("begging"), List.of("sexual")));
    numbers.batch(second.column(0));
    assertEquals(2, numbers.numberOf(second.getRow(0), 0));
    assertEquals(1, numbers.numberOf(second.getRow(1), 1));
    assertNotEquals(numbers.value(1), numbers.value(2));
    assertEquals("sexual", ((ArrayData) numbers.value(1)).getUTF8String(0).toString());
    second.close();
  }

  @Test
  void numbersAmountsByTheirValueWithTheirScale() {
    for (int precision : new int[] {18, 38}) {
      DecimalType type = DataTypes.createDecimalType(precision, 2);
      OnHeapColumnVector amounts = new OnHeapColumnVector(4, type);
      long[] cents = {150000, 0, 150000, -1};
      for (int r = 0; r < cents.length; r++) {
        if (cents[r] < 0) {
          amounts.putNull(r);
        } else {
          amounts.putDecimal(r, Decimal.apply(cents[r], precision, 2), precision);
        }
      }
      ColumnarBatch batch = new ColumnarBatch(new ColumnVector[] {amounts});
      batch.setNumRows(cents.length);
      ValueNumbers numbers = new ValueNumbers(0, type, null);
      numbers.batch(amounts);

      assertEquals(1, numbers.numberOf(batch.getRow(0), 0), "decimal(" + precision + ",2)");
      assertEquals(2, numbers.numberOf(batch.getRow(1), 1));
      assertEquals(1, numbers.numberOf(batch.getRow(2), 2), "an equal amount gets its number");
      assertEquals(0, numbers.numberOf(batch.getRow(3), 3));
      assertEquals(new BigDecimal("1500.00"), numbers.value(1));
      assertEquals(new BigDecimal("0.00"), numbers.value(2));
      batch.close();
    }
  }

  /** One column of lists of text, as the Parquet reader hands them over. */
  private static ColumnarBatch batchOf(List<List<String>> rows) {
    OnHeapColumnVector lists = new OnHeapColumnVector(rows.size(), DataTypes.createArrayType(DataTypes.StringType));
    OnHeapColumnVector elements = (OnHeapColumnVector) lists.getChild(0);
    int offset = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row == null) {
        lists.putNull(r);
        continue;
      }
      for (String e : row) {
        if (e == null) {
          elements.appendNull();
        } else {
          byte[] bytes = e.getBytes(StandardCharsets.UTF_8);
          elements.appendByteArray(bytes, 0, bytes.length);
        }
      }
      lists.putArray(r, offset, row.size());
      offset += row.size();
    }
    ColumnarBatch batch = new ColumnarBatch(new ColumnVector[] {lists});
    batch.setNumRows(rows.size());
    return batch;
  }
}
