package thbstat.jobs.compute;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.ValueSpec;

/** Compiles the catalogue's declarative filters, dimensions and values into Spark columns. */
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

  /**
   * The codes a record holds in a dimension, as a sorted distinct array: one code for a scalar
   * column, the mapped elements for a list column, empty when the value has no code.
   */
  static Column codes(Dimension d, ColumnResolver r) {
    Column col = r.column(d.column());
    DataType type = r.type(d.column());
    if (type instanceof ArrayType) {
      Column mapped = filter(transform(col, x -> code(d, x, DataTypes.StringType)), Column::isNotNull);
      Column whenEmpty = d.missing() == null ? emptyArray() : array(lit(d.missing()));
      return when(col.isNull().or(size(col).equalTo(0)), whenEmpty)
          .otherwise(array_sort(array_distinct(mapped)));
    }
    Column code = code(d, col, type);
    return when(code.isNull(), emptyArray()).otherwise(array(code));
  }

  /** {@link Dimension#codeOf} as a Spark expression over one value. */
  static Column code(Dimension d, Column value, DataType type) {
    boolean numeric = type instanceof org.apache.spark.sql.types.NumericType;
    Column text = numeric ? value.cast(DataTypes.StringType) : trim(value.cast(DataTypes.StringType));
    Column missing = d.missing() == null ? lit(null).cast(DataTypes.StringType) : lit(d.missing());
    Column result = when(text.isNull().or(text.equalTo("")), missing);
    for (Map.Entry<String, String> e : mapping(d).entrySet()) {
      result = result.when(text.equalTo(e.getKey()), lit(e.getValue()));
    }
    if (!d.bands().isEmpty()) {
      Column n = numeric ? value : text.try_cast(DataTypes.IntegerType);
      for (Dimension.Band b : d.bands()) {
        Column in = lit(true);
        if (b.min() != null) {
          in = in.and(n.geq(b.min()));
        }
        if (b.max() != null) {
          in = in.and(n.leq(b.max()));
        }
        result = result.when(in, lit(b.code()));
      }
    }
    return result.otherwise(d.other() != null ? lit(d.other()) : upper(text));
  }

  /**
   * The declared mapping, plus each declared code's lower-case spelling where upper-casing it gives
   * the code anyway: the usual input is then found in the mapping, and Spark's {@code upper}, which
   * costs more than all the comparisons, runs only for other spellings. Same codes as
   * {@link Dimension#codeOf}.
   */
  private static Map<String, String> mapping(Dimension d) {
    Map<String, String> mapping = new TreeMap<>(d.map());
    if (d.other() != null) {
      return mapping;
    }
    for (String code : d.codes()) {
      String lower = code.toLowerCase(java.util.Locale.ROOT);
      boolean numeric = lower.chars().anyMatch(Character::isDigit) && !d.bands().isEmpty();
      if (!numeric && lower.toUpperCase(java.util.Locale.ROOT).equals(code) && lower.strip().equals(lower)
          && !lower.isEmpty()) {
        mapping.putIfAbsent(lower, code);
      }
    }
    return mapping;
  }

  static Column value(ValueSpec spec, ColumnResolver r) {
    if (spec instanceof ValueSpec.DaysBetween d) {
      return datediff(r.column(d.to()), r.column(d.from())).cast(VALUE_TYPE);
    }
    return r.column(((ValueSpec.ColumnValue) spec).column()).cast(VALUE_TYPE);
  }

  private static Column emptyArray() {
    return array().cast(DataTypes.createArrayType(DataTypes.StringType));
  }
}
