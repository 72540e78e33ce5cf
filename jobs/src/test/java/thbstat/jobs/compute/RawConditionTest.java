package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Condition.Op;

/**
 * The conditions as the Java readers test them, against the truth of the Spark expressions they
 * stand for ({@link Expressions#condition}, a null result counted as false), worked out by hand.
 */
class RawConditionTest {
  private static final DataType LIST = DataTypes.createArrayType(DataTypes.StringType);

  @Test
  void codesInAndNotIn() {
    RawCondition in = condition(Op.IN, DataTypes.StringType, "identified", "presumed");
    assertTrue(in.test(text("identified")));
    assertFalse(in.test(text("pending")));
    assertFalse(in.test(text("Identified")), "codes are compared exactly");
    assertFalse(in.test(null), "null is not in any list");

    RawCondition notIn = condition(Op.NOT_IN, DataTypes.StringType, "SRB", "XXX");
    assertTrue(notIn.test(text("BGR")));
    assertFalse(notIn.test(text("SRB")));
    assertFalse(notIn.test(null), "an unknown citizenship is not counted as foreign");
  }

  @Test
  void listsHaveAnyOfTheValues() {
    RawCondition has = condition(Op.IN, LIST, "labour");
    assertTrue(has.test(list("sexual", "labour")));
    assertFalse(has.test(list("sexual")));
    assertFalse(has.test(list()));
    assertFalse(has.test(null));
    assertFalse(has.test(list("sexual", null)), "no match and a null element: null, so false");
    assertTrue(has.test(list(null, "labour")));

    RawCondition hasNot = condition(Op.NOT_IN, LIST, "labour");
    assertTrue(hasNot.test(list("sexual")));
    assertTrue(hasNot.test(null), "a null list has none of the values");
    assertTrue(hasNot.test(list()));
    assertFalse(hasNot.test(list("labour", "sexual")));
    assertFalse(hasNot.test(list("sexual", null)), "arrays_overlap is null: false");
  }

  @Test
  void setAndUnset() {
    assertTrue(condition(Op.SET, DataTypes.DateType).test(days("2024-03-01")));
    assertFalse(condition(Op.SET, DataTypes.DateType).test(null));
    assertTrue(condition(Op.UNSET, DataTypes.DateType).test(null));
    assertFalse(condition(Op.SET, LIST).test(list()), "an empty list is not set");
    assertTrue(condition(Op.SET, LIST).test(list("food")));
    assertTrue(condition(Op.UNSET, LIST).test(list()));
    assertTrue(condition(Op.UNSET, LIST).test(null));
    assertFalse(condition(Op.UNSET, LIST).test(list("food")));
  }

  @Test
  void flags() {
    assertTrue(condition(Op.TRUE, DataTypes.BooleanType).test(Boolean.TRUE));
    assertFalse(condition(Op.TRUE, DataTypes.BooleanType).test(Boolean.FALSE));
    assertFalse(condition(Op.TRUE, DataTypes.BooleanType).test(null));
    assertTrue(condition(Op.FALSE, DataTypes.BooleanType).test(Boolean.FALSE));
    assertFalse(condition(Op.FALSE, DataTypes.BooleanType).test(null), "unknown is not false");
  }

  @Test
  void numbersAndDatesAgainstABound() {
    DataType money = DataTypes.createDecimalType(18, 2);
    assertTrue(condition(Op.GT, money, "0").test(new BigDecimal("0.01")));
    assertFalse(condition(Op.GT, money, "0").test(new BigDecimal("0.00")));
    assertFalse(condition(Op.GT, money, "0").test(null));
    assertTrue(condition(Op.GE, money, "0").test(new BigDecimal("0.00")));

    assertTrue(condition(Op.LT, DataTypes.IntegerType, "18").test(17));
    assertFalse(condition(Op.LT, DataTypes.IntegerType, "18").test(18));
    assertTrue(condition(Op.LE, DataTypes.IntegerType, "18").test(18));
    assertFalse(condition(Op.LT, DataTypes.IntegerType, "18").test(null), "an unknown age is not under 18");
    assertTrue(condition(Op.LT, DataTypes.IntegerType, "36").test(35));

    assertTrue(condition(Op.GE, DataTypes.DateType, "2024-01-01").test(days("2024-01-01")));
    assertFalse(condition(Op.GT, DataTypes.DateType, "2024-01-01").test(days("2024-01-01")));
    assertTrue(condition(Op.LT, DataTypes.DateType, "2024-01-01").test(days("2023-12-31")));
    assertFalse(condition(Op.LE, DataTypes.DateType, "2024-01-01").test(null));
  }

  private static RawCondition condition(Op op, DataType type, String... values) {
    return new RawCondition(new Condition("c", op, List.of(values)), type);
  }

  private static UTF8String text(String s) {
    return UTF8String.fromString(s);
  }

  private static GenericArrayData list(String... values) {
    return new GenericArrayData(Arrays.stream(values).map(v -> v == null ? null : text(v)).toArray());
  }

  private static Integer days(String date) {
    return (int) LocalDate.parse(date).toEpochDay();
  }
}
