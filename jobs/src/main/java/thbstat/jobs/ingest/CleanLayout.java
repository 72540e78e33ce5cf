package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;

/**
 * How a clean table is laid out in Parquet. Its rows are in order of the year of the row's latest
 * date, then of the table's key, in row groups of about 16 MB; each row also says how many rows
 * of the table share each of its ids ({@link #sharingColumn}).
 *
 * <p>The compute stage reads, for a period, the rows with some date in it, and Parquet skips a
 * row group whose every date column lies outside it. In the order of a row's first date, a year's
 * rows are spread over the row groups of the five or so years before it (a case's judgment comes
 * years after its complaint); in the order of its latest date, they sit in the row groups of that
 * year and later ones. Within a year, the key's order lets a unit's rows (a person's) reach the
 * compute stage's merge nearly sorted, whatever the order of the extract.
 *
 * <p>Most persons appear in one case only, and most cases may have one defendant: a unit (a
 * person) whose id is on one row only is that row, and the compute stage counts it where it reads
 * it, without the shuffle that gathers the rows of the others.
 */
public final class CleanLayout {
  /** Changes when the layout does, so that a copy laid out by an older version is not mistaken for one in this layout. */
  public static final int VERSION = 2;

  /** Row-group size: the compute stage splits a clean file by row groups, so a single file still feeds every core. */
  public static final long ROW_GROUP_BYTES = 16L << 20;

  private CleanLayout() {}

  /**
   * The column that holds, on each row, the number of rows of the table with its value of
   * {@code idColumn} (rows with no value share theirs with each other). Absent from clean tables
   * written before it existed, and for an id that is the table's key.
   */
  public static String sharingColumn(String idColumn) {
    return "__rows_of_" + idColumn;
  }

  /** The ids whose {@link #sharingColumn} the table gets: every id column but a key of its own. */
  static List<String> sharedIds(ExtractTable table) {
    return table.columns().stream().filter(c -> c.type() == ColumnType.ID).map(ExtractColumn::name)
        .filter(c -> !table.key().equals(List.of(c))).toList();
  }

  /** Writes {@code rows} (in the clean schema of {@code table}) to {@code path}, in this layout; replaces what is there. */
  public static void write(Dataset<Row> rows, ExtractTable table, String path) {
    ordered(withSharing(rows, table), table).write().mode("overwrite")
        .option("parquet.block.size", ROW_GROUP_BYTES)
        .parquet(path);
  }

  /** The rows with the {@link #sharingColumn} of each of the table's {@link #sharedIds}. */
  static Dataset<Row> withSharing(Dataset<Row> rows, ExtractTable table) {
    for (String id : sharedIds(table)) {
      rows = rows.withColumn(sharingColumn(id), count(lit(1)).over(Window.partitionBy(col(id))).cast("int"));
    }
    return rows;
  }

  /**
   * The rows in order: by the year of the latest of their dates (rows with no date first), then
   * by the table's key. Sorted across the files, so a year's rows lie in few row groups.
   */
  static Dataset<Row> ordered(Dataset<Row> rows, ExtractTable table) {
    List<Column> order = new ArrayList<>();
    List<Column> dates = table.columns().stream().filter(c -> c.type() == ColumnType.DATE)
        .map(ExtractColumn::name).map(c -> col(c)).toList();
    if (dates.size() == 1) {
      order.add(year(dates.get(0)));
    } else if (dates.size() > 1) {
      order.add(year(greatest(dates.toArray(Column[]::new))));
    }
    table.key().forEach(k -> order.add(col(k)));
    return order.isEmpty() ? rows : rows.orderBy(order.toArray(Column[]::new));
  }
}
