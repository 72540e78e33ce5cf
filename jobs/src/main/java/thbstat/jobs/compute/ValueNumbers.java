package thbstat.jobs.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * One partition's numbering of the distinct values of one scanned column, so that conditions and
 * codes are worked out once per distinct value, not once per row: 0 is null, then each value in
 * order of first meeting. Values are kept as Java values: {@link UTF8String}, {@link ArrayData},
 * {@code Integer} (also dates, as days since 1970-01-01), {@code Long}, {@code Boolean},
 * {@code BigDecimal}. A column of text read from Parquet usually comes dictionary-encoded: its
 * rows are then numbered by dictionary id, one lookup per distinct id of the batch.
 */
final class ValueNumbers {
  /** Where the column is in the row, or -1 for a constant. */
  private final int ordinal;
  private final DataType type;
  private final List<Object> values = new ArrayList<>();
  private final Map<Object, Integer> numbers = new HashMap<>();
  /** Ints, dates and shorts: numbered without boxing. */
  private final SignatureTable ints;
  private final int[] probe = new int[1];
  private int[] numberOfInt = new int[64];
  /** Longs and decimals of up to 18 digits, by their (unscaled) long: numbered without an object. */
  private final LongIds longs;
  /** Lists: hash slots holding a list's number (0 is free: number 0 is null), and each number's hash. */
  private int[] listSlots = new int[64];
  private int[] listHashes = new int[64];

  /** The dictionary ids of the current batch's vector, or null when its values are plain. */
  private WritableColumnVector dictionaryIds;
  /** Per dictionary id of the current batch: its number plus one, valid where {@code stampOfId} is the batch's stamp. */
  private int[] numberOfId = new int[0];
  private int[] stampOfId = new int[0];
  private int batch;

  ValueNumbers(int ordinal, DataType type, Object constant) {
    this.ordinal = ordinal;
    this.type = type;
    values.add(null);
    if (ordinal < 0) {
      values.add(constant);
    }
    boolean intLike = type instanceof IntegerType || type instanceof DateType || type instanceof ShortType
        || type instanceof ByteType;
    this.ints = intLike ? new SignatureTable(1) : null;
    boolean longLike = type instanceof LongType
        || type instanceof DecimalType d && d.precision() <= Decimal.MAX_LONG_DIGITS();
    int scale = type instanceof DecimalType d ? d.scale() : -1;
    this.longs = !longLike ? null
        : new LongIds(whole -> add(scale >= 0 ? BigDecimal.valueOf(whole, scale) : (Object) whole, null));
  }

  /** Starts a batch of a columnar scan whose vector of this column is {@code vector}. */
  void batch(ColumnVector vector) {
    batch++;
    dictionaryIds = ordinal >= 0 && type instanceof StringType && vector instanceof WritableColumnVector w
        && w.hasDictionary() ? w.getDictionaryIds() : null;
  }

  /** The number of the value of row {@code row} (at {@code rowId} in the current batch). */
  int numberOf(InternalRow row, int rowId) {
    if (ordinal < 0) {
      return 1;
    }
    if (row.isNullAt(ordinal)) {
      return 0;
    }
    if (dictionaryIds != null) {
      int id = dictionaryIds.getInt(rowId);
      if (id >= numberOfId.length) {
        numberOfId = Arrays.copyOf(numberOfId, Math.max(id + 1, numberOfId.length * 2));
        stampOfId = Arrays.copyOf(stampOfId, numberOfId.length);
      }
      if (stampOfId[id] != batch) {
        stampOfId[id] = batch;
        numberOfId[id] = lookUp(row);
      }
      return numberOfId[id];
    }
    return lookUp(row);
  }

  private int lookUp(InternalRow row) {
    if (ints != null) {
      probe[0] = row.getInt(ordinal);
      int n = ints.numberOf(probe);
      if (n == numberOfInt.length) {
        numberOfInt = Arrays.copyOf(numberOfInt, n * 2);
      }
      if (numberOfInt[n] == 0) {
        numberOfInt[n] = add(probe[0], probe[0]);
      }
      return numberOfInt[n];
    }
    if (type instanceof StringType) {
      // The row's bytes are borrowed: the key kept is a copy.
      UTF8String value = row.getUTF8String(ordinal);
      Integer n = numbers.get(value);
      if (n == null) {
        UTF8String copy = value.clone();
        n = add(copy, copy);
      }
      return n;
    }
    if (type instanceof ArrayType a) {
      return numberOfList(row.getArray(ordinal), a.elementType());
    }
    if (type instanceof BooleanType) {
      return row.getBoolean(ordinal) ? numberOfKey(Boolean.TRUE, Boolean.TRUE) : numberOfKey(Boolean.FALSE, Boolean.FALSE);
    }
    if (longs != null) {
      // Amounts are mostly distinct: numbered by their long, with no object made for one met before.
      long whole = type instanceof DecimalType d
          ? row.getDecimal(ordinal, d.precision(), d.scale()).toUnscaledLong() : row.getLong(ordinal);
      return longs.idOf(whole);
    }
    if (type instanceof DecimalType d) {
      var value = row.getDecimal(ordinal, d.precision(), d.scale());
      return numberOfKey(value, value.toJavaBigDecimal());
    }
    Object value = row.get(ordinal, type);
    return numberOfKey(value, value);
  }

  /**
   * Lists are looked up by their elements, read where they lie: a columnar list has no value
   * equality, and copying every row's list to get one cost more than the rest of the row.
   */
  private int numberOfList(ArrayData list, DataType elementType) {
    int hash = 1;
    int size = list.numElements();
    for (int i = 0; i < size; i++) {
      hash = 31 * hash + (list.isNullAt(i) ? 0 : list.get(i, elementType).hashCode());
    }
    int mask = listSlots.length - 1;
    int slot = hash & mask;
    for (; listSlots[slot] != 0; slot = (slot + 1) & mask) {
      int n = listSlots[slot];
      if (listHashes[n] == hash && sameElements((ArrayData) values.get(n), list, elementType)) {
        return n;
      }
    }
    int n = add(list.copy(), null);
    if (n >= listHashes.length) {
      listHashes = Arrays.copyOf(listHashes, Math.max(n + 1, listHashes.length * 2));
    }
    listHashes[n] = hash;
    listSlots[slot] = n;
    if (2 * n > listSlots.length) {
      int[] grown = new int[listSlots.length * 2];
      for (int m : listSlots) {
        if (m != 0) {
          int at = listHashes[m] & (grown.length - 1);
          while (grown[at] != 0) {
            at = (at + 1) & (grown.length - 1);
          }
          grown[at] = m;
        }
      }
      listSlots = grown;
    }
    return n;
  }

  private static boolean sameElements(ArrayData kept, ArrayData list, DataType elementType) {
    int size = kept.numElements();
    if (size != list.numElements()) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      boolean isNull = kept.isNullAt(i);
      if (isNull != list.isNullAt(i) || !isNull && !kept.get(i, elementType).equals(list.get(i, elementType))) {
        return false;
      }
    }
    return true;
  }

  private int numberOfKey(Object key, Object value) {
    Integer n = numbers.get(key);
    return n != null ? n : add(value, key);
  }

  /** Numbers a new value; {@code key}: what {@link #numbers} finds it by, null for a list or an int. */
  private int add(Object value, Object key) {
    values.add(value);
    int n = values.size() - 1;
    if (key != null && !(key instanceof Integer && ints != null)) {
      numbers.put(key, n);
    }
    return n;
  }

  /** The value numbered {@code number}; null for 0. */
  Object value(int number) {
    return values.get(number);
  }
}
