package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Source;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Condition.Op;

/**
 * The reader tests "is set", "is empty", "is true" and "is false" on the row itself, without
 * numbering the value: the truth must be {@link RawCondition}'s on the value, for every kind of
 * column and for null.
 */
class RawColumnsTest {
  private static final StructType SCHEMA = new StructType()
      .add("flag", DataTypes.BooleanType)
      .add("day", DataTypes.DateType)
      .add("code", DataTypes.StringType)
      .add("forms", DataTypes.createArrayType(DataTypes.StringType));

  /** Rows: flag, day, code, forms. */
  private static final List<Object[]> ROWS = List.of(
      new Object[] {true, 19_800, UTF8String.fromString("cc388"), list("labour")},
      new Object[] {false, null, null, list()},
      new Object[] {null, 19_000, UTF8String.fromString(""), null});

  private static GenericArrayData list(String... values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = UTF8String.fromString(values[i]);
    }
    return new GenericArrayData(out);
  }

  @Test
  void directTestsAgreeWithTheConditionOnTheValue() {
    List<Condition> conditions = List.of(
        new Condition("flag", Op.TRUE, List.of()), new Condition("flag", Op.FALSE, List.of()),
        new Condition("flag", Op.SET, List.of()), new Condition("flag", Op.UNSET, List.of()),
        new Condition("day", Op.SET, List.of()), new Condition("day", Op.UNSET, List.of()),
        new Condition("code", Op.SET, List.of()), new Condition("code", Op.UNSET, List.of()),
        new Condition("forms", Op.SET, List.of()), new Condition("forms", Op.UNSET, List.of()));
    RawColumns columns = new RawColumns(SCHEMA);
    RawColumns.Resolver resolver = columns.resolvers(new Source("t", "proceedings", null))
        .get(0);
    int[][] ids = conditions.stream().map(c -> resolver.conditions(List.of(c))).toArray(int[][]::new);
    RawColumns.Reader reader = columns.reader(Map.of("flag", 0, "day", 1, "code", 2, "forms", 3));
    int checked = 0;
    for (Object[] values : ROWS) {
      GenericInternalRow row = new GenericInternalRow(values);
      reader.nextRow();
      for (int i = 0; i < conditions.size(); i++) {
        Condition c = conditions.get(i);
        int column = List.of(SCHEMA.fieldNames()).indexOf(c.column());
        Object value = values[column];
        boolean expected = new RawCondition(c, SCHEMA.fields()[column].dataType()).test(value);
        assertEquals(expected, reader.allHold(ids[i], row, -1), c + " on " + value);
        checked++;
      }
    }
    assertEquals(30, checked);
  }
}
