package thbstat.jobs.compute;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.ValueSpec;

/** Compiles the catalogue's declarative filters and values into Spark columns; dimensions are coded in Java ({@link SlotCoder}). */
final class Expressions {
  private Expressions() {}

  /** Exact decimal for every summed or median value: RSD cents and half days survive. */
  static final DecimalType VALUE_TYPE = DataTypes.createDecimalType(38, 2);

  /** The conjunction of the conditions; null comparisons count as false. */
  static Column allOf(List<Condition> conditions, ColumnResolver r) {
    Column all = lit(true);
    for (Condition c : conditions) {
      all = all.and(coalesce(condition(c, r), lit(false)));
    }
    return all;
  }

  static Column condition(Condition c, ColumnResolver r) {
    Column col = r.column(c.column());
    DataType type = r.type(c.column());
    boolean list = type instanceof ArrayType;
    return switch (c.op()) {
      case IN -> list ? arrays_overlap(col, literals(c.values())) : col.isin(typed(c.values(), type));
      case NOT_IN -> list
          ? col.isNull().or(lit(true).and(arrays_overlap(col, literals(c.values())).equalTo(false)))
          : col.isNotNull().and(col.isin(typed(c.values(), type)).equalTo(false));
      case SET -> list ? col.isNotNull().and(size(col).gt(0)) : col.isNotNull();
      case UNSET -> list ? col.isNull().or(size(col).equalTo(0)) : col.isNull();
      case TRUE -> col.equalTo(true);
      case FALSE -> col.equalTo(false);
      case GT -> col.gt(lit(c.values().get(0)).cast(type));
      case GE -> col.geq(lit(c.values().get(0)).cast(type));
      case LT -> col.lt(lit(c.values().get(0)).cast(type));
      case LE -> col.leq(lit(c.values().get(0)).cast(type));
    };
  }

  private static Object[] typed(List<String> values, DataType type) {
    return values.stream().map(v -> (Object) lit(v).cast(type)).toArray();
  }

  private static Column literals(List<String> values) {
    return array(values.stream().map(v -> lit(v)).toArray(Column[]::new));
  }

  static Column value(ValueSpec spec, ColumnResolver r) {
    if (spec instanceof ValueSpec.DaysBetween d) {
      return datediff(r.column(d.to()), r.column(d.from())).cast(VALUE_TYPE);
    }
    return r.column(((ValueSpec.ColumnValue) spec).column()).cast(VALUE_TYPE);
  }
}
