package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.contract.Requirement;

/**
 * Uniqueness of a table's key. Every row of a duplicated key gets a {@code duplicate_key}
 * violation naming the other lines (up to ten) and the count: no row wins by its position.
 */
final class DuplicateKeys {
  private DuplicateKeys() {}

  private static final int LINES_NAMED = 10;
  /** Up to this many duplicated keys are sent to every task; more are joined by a shuffle. */
  private static final long BROADCAST_KEYS = 1_000_000;

  /**
   * {@code checked} with a {@code duplicate_key} violation added to every row of a duplicated key;
   * {@code checked} itself when no key is duplicated. The keys are counted from {@code raw}'s key
   * columns alone ({@link IdValues}): they are required identifiers, whose clean value is their
   * text trimmed, so the rules need not run for this.
   */
  static Dataset<Row> apply(InputFile file, Dataset<Row> raw, Dataset<Row> checked,
      java.util.Optional<ParquetParts> parts) {
    ExtractTable table = file.table();
    List<String> key = table.key();
    for (String k : key) {
      if (table.column(k).orElseThrow().type() != ColumnType.ID
          || table.column(k).orElseThrow().requirement() != Requirement.REQUIRED) {
        throw new IllegalStateException(table.name() + ": key column " + k + " is not a required identifier");
      }
    }
    Column keyPresent = lit(true);
    for (String k : key) {
      keyPresent = keyPresent.and(col(k).isNotNull());
    }
    Column[] keyCols = key.stream().map(k -> col(k)).toArray(Column[]::new);
    // Rows with a wrong field count have unreliable keys: they take no part (IdValues leaves them out).
    Dataset<Row> keyed = IdValues.of(file, raw, key).filter(keyPresent);
    // Keys are counted first, without their lines: collecting every key's lines sorted a list per
    // row. Only the (usually no) duplicated keys then gather their lines.
    Dataset<Row> dupKeys = keyed.groupBy(keyCols).count().filter(col("count").gt(1)).select(keyCols);
    long duplicated = dupKeys.count();
    if (duplicated == 0) {
      return checked;
    }
    Column eligible = keyPresent.and(org.apache.spark.sql.functions.not(col(RowRules.FIELDS_BAD)));
    Seq<String> keyNames = CollectionConverters.asScala(key).toSeq();
    Dataset<Row> dups = keyed.join(duplicated <= BROADCAST_KEYS ? broadcast(dupKeys) : dupKeys, keyNames)
        .groupBy(keyCols)
        .agg(count(lit(1)).as("__dup_count"),
            slice(array_sort(collect_list(col(RawReader.LINE))), 1, LINES_NAMED + 1).as("__dup_lines"));
    Dataset<Row> joined = checked.join(duplicated <= BROADCAST_KEYS ? broadcast(dups) : dups, keyNames, "left");
    Column others = slice(array_remove(col("__dup_lines"), col(RawReader.LINE)), 1, LINES_NAMED);
    Column message = concat(
        lit("duplicate key: "), col("__dup_count").cast("string"),
        lit(file.isCsv() ? " rows have it; other line(s): " : " rows have it; other row(s): "),
        array_join(parts.isPresent() ? transform(others, parts.get()::place) : others.cast("array<string>"), ", "),
        when(col("__dup_count").gt(LINES_NAMED + 1), lit(", …")).otherwise(lit("")));
    Column violation = struct(
        lit(String.join("+", key)).as("column"),
        RowRules.keyText(key).as("value"),
        lit("duplicate_key").as("rule"),
        message.as("message"));
    Column isDup = col("__dup_count").isNotNull().and(eligible);
    Column[] out = checked.columns().length == 0 ? new Column[0] : new Column[checked.columns().length];
    String[] names = checked.columns();
    for (int i = 0; i < names.length; i++) {
      out[i] = names[i].equals(RowRules.VIOLATIONS)
          ? when(isDup, org.apache.spark.sql.functions.concat(col(names[i]), array(violation)))
              .otherwise(col(names[i])).as(names[i])
          : col(names[i]);
    }
    return joined.select(out);
  }
}
