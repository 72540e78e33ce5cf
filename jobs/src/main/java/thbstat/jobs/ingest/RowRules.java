package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.contract.Requirement;

/**
 * The row rules of CONTRACT.md §1 as Spark expressions, driven by the contract's columns: one
 * violation struct per broken rule, the clean typed value of every contract column, and the
 * conditional values that were present where their condition does not hold (ignored).
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

  static Dataset<Row> apply(InputFile file, Dataset<Row> raw) {
    ExtractTable table = file.table();
    // Stage 1: the raw string and the parsed value of every contract column.
    List<Column> stage1 = new ArrayList<>(List.of(col(RawReader.LINE), col(RawReader.FIELDS)));
    for (ExtractColumn c : table.columns()) {
      int i = file.columns().indexOf(c.name());
      Column s = i < 0 ? lit(null).cast("string") : col(RawReader.rawName(i));
      stage1.add(s.as("s_" + c.name()));
      stage1.add(parse(c, s).cast(cleanType(c.type())).as("t_" + c.name()));
    }
    Dataset<Row> parsed = raw.select(stage1.toArray(Column[]::new));

    // Stage 2: conditions, violations, clean values.
    Map<String, Column> clean = new HashMap<>();
    Map<String, Column> holds = new HashMap<>();
    for (ExtractColumn c : table.columns()) {
      Column t = col("t_" + c.name());
      if (c.requirement() == Requirement.CONDITIONAL) {
        Column cond = Conditions.predicate(c.condition(), clean::get);
        holds.put(c.name(), cond);
        clean.put(c.name(), when(cond, t));
      } else {
        clean.put(c.name(), t);
      }
    }
    List<Column> violations = new ArrayList<>();
    List<Column> ignored = new ArrayList<>();
    for (ExtractColumn c : table.columns()) {
      Column s = col("s_" + c.name());
      Column t = col("t_" + c.name());
      Column checked = lit(true);
      if (c.requirement() == Requirement.REQUIRED) {
        violations.add(violation(s.isNull(), c.name(), s, "required", lit("required value is missing")));
      } else if (c.requirement() == Requirement.CONDITIONAL) {
        Column cond = holds.get(c.name());
        violations.add(violation(cond.and(s.isNull()), c.name(), s, "conditional",
            lit("required when " + c.condition())));
        ignored.add(when(functions.not(cond).and(s.isNotNull()), array(lit(c.name())))
            .otherwise(array().cast("array<string>")));
        checked = cond;
      }
      violations.add(violation(checked.and(invalid(c, s, t)), c.name(), s,
          c.type() == ColumnType.CODE || c.type() == ColumnType.LIST ? "code" : "type", invalidMessage(c, t)));
      Column range = range(table, c, t);
      if (range != null) {
        violations.add(violation(checked.and(range), c.name(), s, "range", lit(rangeText(table, c))));
      }
    }
    List<String> dates = DATE_ORDER.getOrDefault(table.name(), List.of());
    for (int j = 1; j < dates.size(); j++) {
      Column dj = clean.get(dates.get(j));
      List<Column> earlier = new ArrayList<>();
      Column which = null;
      for (int i = 0; i < j; i++) {
        Column di = clean.get(dates.get(i));
        earlier.add(di);
        Column text = concat(lit(dates.get(i) + " "), di.cast("string"));
        which = which == null ? when(di.gt(dj), text) : which.when(di.gt(dj), text);
      }
      Column latest = earlier.size() == 1 ? earlier.get(0) : greatest(earlier.toArray(Column[]::new));
      violations.add(violation(dj.lt(latest), dates.get(j), col("s_" + dates.get(j)), "date_order",
          concat(lit("before "), which)));
    }

    int expected = file.columns().size();
    Column fieldsBad = col(RawReader.FIELDS).isNotNull().and(col(RawReader.FIELDS).notEqual(expected));
    Column fieldViolation = array(struct(
        lit("").as("column"),
        col(RawReader.FIELDS).cast("string").as("value"),
        lit("field_count").as("rule"),
        concat(lit("expected " + expected + " fields as in the header, found "), col(RawReader.FIELDS).cast("string"))
            .as("message")));
    List<Column> stage2 = new ArrayList<>();
    stage2.add(col(RawReader.LINE));
    stage2.add(fieldsBad.as(FIELDS_BAD));
    stage2.add(when(fieldsBad, fieldViolation)
        .otherwise(concatAll(violations)).as(VIOLATIONS));
    stage2.add(ignored.isEmpty()
        ? array().cast("array<string>").as(IGNORED)
        : when(fieldsBad, array().cast("array<string>"))
            .otherwise(concatAll(ignored)).as(IGNORED));
    for (ExtractColumn c : table.columns()) {
      stage2.add(clean.get(c.name()).cast(cleanType(c.type())).as(c.name()));
    }
    return parsed.select(stage2.toArray(Column[]::new));
  }

  static final String VIOLATION_TYPE = "array<struct<column:string,value:string,rule:string,message:string>>";

  /** A one-element array where the rule is broken, else an empty array (never null). */
  private static Column violation(Column when, String column, Column value, String rule, Column message) {
    return when(when, array(struct(lit(column).as("column"), value.as("value"), lit(rule).as("rule"),
        message.as("message")))).otherwise(array().cast(VIOLATION_TYPE));
  }

  /**
   * Concatenation of arrays that are each empty or hold one element. Unlike array_compact (a
   * higher-order function, interpreted row by row), concat keeps the whole expression in
   * generated code.
   */
  private static Column concatAll(List<Column> arrays) {
    return concat(arrays.toArray(Column[]::new));
  }

  /** The typed value, or null when the text is not a valid value of the column. */
  static Column parse(ExtractColumn c, Column s) {
    return switch (c.type()) {
      case ID -> s;
      case CODE -> {
        Column norm = c.isCountry() ? upper(s) : lower(s);
        yield when(norm.isin((c.isCountry() ? Codes.countries().toArray() : c.codes().toArray())), norm);
      }
      case LIST -> {
        // Lower case, trimmed, non-empty, distinct, sorted elements. Written without lambdas
        // (transform/filter run interpreted, row by row): s is already trimmed at both ends, so
        // trimming every element is removing the trimmed characters around each separator.
        Column separated = regexp_replace(lower(s), ELEMENT_PADDING + "\\|" + ELEMENT_PADDING, "|");
        Column elems = sort_array(array_distinct(array_remove(split(separated, "\\|"), "")));
        yield when(size(elems).gt(0), elems);
      }
      case DATE -> when(s.rlike(Values.DATE_PATTERN), try_to_date(s, "yyyy-MM-dd"));
      case INTEGER -> when(s.rlike(Values.INTEGER_PATTERN), s.try_cast(DataTypes.IntegerType));
      case DECIMAL -> when(s.rlike(Values.DECIMAL_PATTERN), s.try_cast(DataTypes.createDecimalType(18, 2)));
      case BOOLEAN -> when(lower(s).isin(Values.TRUE_WORDS.toArray()), lit(true))
          .when(lower(s).isin(Values.FALSE_WORDS.toArray()), lit(false));
    };
  }

  private static Column invalid(ExtractColumn c, Column s, Column t) {
    if (c.type() == ColumnType.ID) {
      return lit(false);
    }
    if (c.type() == ColumnType.LIST) {
      return s.isNotNull().and(size(invalidElements(c, t)).gt(0));
    }
    return s.isNotNull().and(t.isNull());
  }

  /** The elements of a parsed list that are not codes of the column, in list order. */
  private static Column invalidElements(ExtractColumn c, Column t) {
    // array_except keeps the order of t and drops repeats; t is already distinct.
    return array_except(t, array(c.codes().stream().map(functions::lit).toArray(Column[]::new)));
  }

  /** A regex for the characters that are trimmed (RawReader.TRIMMED), any number of them. */
  private static final String ELEMENT_PADDING = "[" + RawReader.TRIMMED + "]*";

  private static Column invalidMessage(ExtractColumn c, Column t) {
    return switch (c.type()) {
      case ID -> lit("");
      case CODE -> lit(c.isCountry()
          ? "not an ISO 3166-1 alpha-3 country code (or XKX, XXA, XXX)"
          : "not one of the codes: " + String.join(", ", c.codes()));
      case LIST -> concat(lit("invalid element(s): "), array_join(invalidElements(c, t), ", "));
      case DATE -> lit("not a date YYYY-MM-DD (or no such day)");
      case INTEGER -> lit("not a whole number");
      case DECIMAL -> lit("not a decimal number (use . as the decimal mark)");
      case BOOLEAN -> lit("not a boolean (true/false, 1/0, da/ne, yes/no)");
    };
  }

  private static Column range(ExtractTable table, ExtractColumn c, Column t) {
    if (c.min() == null && c.max() == null) {
      return null;
    }
    Column out = lit(false);
    if (c.min() != null) {
      out = EXCLUSIVE_MIN.contains(table.name() + "." + c.name()) ? t.leq(c.min()) : t.lt(c.min());
    }
    if (c.max() != null) {
      out = out.or(t.gt(c.max()));
    }
    return t.isNotNull().and(out);
  }

  private static String rangeText(ExtractTable table, ExtractColumn c) {
    boolean exclusive = EXCLUSIVE_MIN.contains(table.name() + "." + c.name());
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
