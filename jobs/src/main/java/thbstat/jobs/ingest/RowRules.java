package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.jobs.spark.SparkSessions;

/**
 * The row rules of CONTRACT.md §1, driven by the contract's columns: one violation struct per
 * broken rule, the clean typed value of every contract column, and the conditional values that
 * were present where their condition does not hold (ignored). {@link RowChecker} applies them.
 *
 * <p>Output columns: {@value RawReader#LINE}, {@value #VIOLATIONS}
 * (array&lt;struct&lt;column,value,rule,message&gt;&gt;), {@value #IGNORED} (array of column names),
 * then the contract columns, typed, in contract order.
 */
final class RowRules {
  static final String VIOLATIONS = "__violations";
  static final String IGNORED = "__ignored";
  /** True where the CSV line has the wrong number of fields (no other rule is checked then). */
  static final String FIELDS_BAD = "__fields_bad";

  /** Columns whose lower bound is exclusive ({@code hours > 0}). */
  static final List<String> EXCLUSIVE_MIN = List.of("trainings.hours");

  /** Dates that must not run backwards, per table, in order. */
  static final Map<String, List<String>> DATE_ORDER = Map.of(
      "victims", List.of("report_date", "decision_date"),
      "proceedings", List.of("complaint_date", "indictment_date", "first_instance_date", "final_date"),
      "trainings", List.of("start_date", "end_date"));

  private RowRules() {}

  static DataType cleanType(ColumnType type) {
    return switch (type) {
      case ID, CODE -> DataTypes.StringType;
      case LIST -> DataTypes.createArrayType(DataTypes.StringType);
      case DATE -> DataTypes.DateType;
      case INTEGER -> DataTypes.IntegerType;
      case DECIMAL -> DataTypes.createDecimalType(18, 2);
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }

  /**
   * The checked rows of one file: {@value RawReader#LINE}, {@value #FIELDS_BAD}, {@value #VIOLATIONS},
   * {@value #IGNORED}, then the contract columns, typed. The rules run in plain Java, one row at a
   * time ({@link RowChecker}), on Spark's internal rows: as Spark expressions they made one
   * generated method of over 20 KB that the JVM never compiles, so every row was interpreted; and
   * Spark's conversion of Java rows costs more than the rules themselves.
   */
  static Dataset<Row> apply(InputFile file, Dataset<Row> raw) {
    RowChecker checker = new RowChecker(file);
    JavaRDD<InternalRow> checked = raw.queryExecution().toRdd().toJavaRDD()
        .mapPartitions((FlatMapFunction<Iterator<InternalRow>, InternalRow>) rows -> new Iterator<>() {
          @Override
          public boolean hasNext() {
            return rows.hasNext();
          }

          @Override
          public InternalRow next() {
            return checker.check(rows.next());
          }
        });
    return SparkSessions.ofInternalRows(raw.sparkSession(), checked, schema(file.table()));
  }

  static final String VIOLATION_TYPE = "array<struct<column:string,value:string,rule:string,message:string>>";

  /** The schema of {@link #apply}'s rows. */
  static StructType schema(ExtractTable table) {
    StructType out = new StructType()
        .add(RawReader.LINE, DataTypes.LongType, false)
        .add(FIELDS_BAD, DataTypes.BooleanType, false)
        .add(VIOLATIONS, DataType.fromDDL(VIOLATION_TYPE), false)
        .add(IGNORED, DataTypes.createArrayType(DataTypes.StringType, false), false);
    for (ExtractColumn c : table.columns()) {
      out = out.add(c.name(), cleanType(c.type()), true);
    }
    return out;
  }

  /** The message of a value that is not of its column's type or codes (a list names its bad elements). */
  static String invalidMessage(ExtractColumn c) {
    return switch (c.type()) {
      case ID -> "an id holding an invisible or control character";
      case CODE -> c.isCountry()
          ? "not an ISO 3166-1 alpha-3 country code (or XKX, XXA, XXX)"
          : "not one of the codes: " + String.join(", ", c.codes());
      case LIST -> "invalid element(s): ";
      case DATE -> "not a date YYYY-MM-DD (or no such day)";
      case INTEGER -> "not a whole number";
      case DECIMAL -> "not a decimal number (use . as the decimal mark)";
      case BOOLEAN -> "not a boolean (true/false, 1/0, da/ne, yes/no)";
    };
  }

  static boolean exclusiveMin(ExtractTable table, ExtractColumn c) {
    return EXCLUSIVE_MIN.contains(table.name() + "." + c.name());
  }

  static String rangeText(ExtractTable table, ExtractColumn c) {
    boolean exclusive = exclusiveMin(table, c);
    if (c.max() == null) {
      return "must be " + (exclusive ? "> " : "≥ ") + num(c.min());
    }
    return "must be between " + num(c.min()) + " and " + num(c.max());
  }

  private static String num(Double d) {
    return d == Math.rint(d) ? String.format(Locale.ROOT, "%d", d.longValue()) : d.toString();
  }

  /** The text of a key, for messages: values joined by {@code |}. */
  static Column keyText(List<String> key) {
    return concat_ws("|", key.stream().map(k -> col(k)).toArray(Column[]::new));
  }
}
