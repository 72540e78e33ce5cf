package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.sketch.BloomFilter;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;

/**
 * How a clean table is laid out in Parquet. Each file's rows are in order of the year of the row's
 * latest date, then of the table's key, in row groups of about 16 MB; each row also says, for each
 * of its ids that is not the table's key, whether other rows may share it ({@link #sharingColumn}).
 *
 * <p>The compute stage reads, for a period, the rows with some date in it, and Parquet skips a
 * row group whose every date column lies outside it. In the order of a row's first date, a year's
 * rows are spread over the row groups of the five or so years before it (a case's judgment comes
 * years after its complaint); in the order of its latest date, they sit in the row groups of that
 * year and later ones. Within a year, the key's order lets a unit's rows (a person's) reach the
 * compute stage's merge nearly sorted, whatever the order of the extract.
 *
 * <p>Most persons appear in one case only: a unit whose id is on no other row is that row, and
 * the compute stage counts it where it reads it, without the shuffle that gathers the rows of the
 * others.
 */
public final class CleanLayout {
  /** Changes when the layout does, so that a copy laid out by an older version is not mistaken for one in this layout. */
  public static final int VERSION = 4;

  /** Row-group size: the compute stage splits a clean file by row groups, so a single file still feeds every core. */
  public static final long ROW_GROUP_BYTES = 16L << 20;

  /**
   * The share of the ids on one row only that {@link #sharingColumn} calls shared all the same:
   * the Bloom filter's false positives, which cost the compute stage a merge, never a wrong count.
   */
  static final double FALSE_SHARED = 0.01;

  private CleanLayout() {}

  /**
   * The boolean column that says, on each row, whether other rows of the table may have its value
   * of {@code idColumn}: false when none has, true when some has (and for about 1% of the others,
   * and where the id is empty). Absent from clean tables written before it existed, and for an id
   * that is the table's key.
   */
  public static String sharingColumn(String idColumn) {
    return "__shared_" + idColumn;
  }

  /** The ids whose {@link #sharingColumn} the table gets: every id column but a key of its own. */
  static List<String> sharedIds(ExtractTable table) {
    return table.columns().stream().filter(c -> c.type() == ColumnType.ID).map(ExtractColumn::name)
        .filter(c -> !table.key().equals(List.of(c))).toList();
  }

  /**
   * Writes {@code rows} (in the clean schema of {@code table}) to {@code path}, in this layout;
   * replaces what is there. One file per core at most: each file holds every year in its own
   * order, so a year's rows lie in one block per file; in 8 files instead of 2 at 10M rows, the
   * compute stage took 20% more time.
   */
  public static void write(Dataset<Row> rows, ExtractTable table, String path) {
    write(rows, table, path, id -> rows.select(col(id)));
  }

  /**
   * {@link #write(Dataset, ExtractTable, String)}, where {@code idValues} gives each shared id's
   * values over the rows (one column named after the id): ingest gives them from the raw key
   * columns of every row read, so the checked rows are read once, by the write. An id on a
   * quarantined row as well as on an accepted one is then called shared: a merge, not a wrong count.
   */
  static void write(Dataset<Row> rows, ExtractTable table, String path, Function<String, Dataset<Row>> idValues) {
    int files = rows.sparkSession().sparkContext().defaultParallelism();
    List<Broadcast<BloomFilter>> filters = new ArrayList<>();
    try {
      Dataset<Row> marked = withSharing(rows, table, idValues, filters);
      Dataset<Row> fewer = marked.rdd().getNumPartitions() > files ? marked.coalesce(files) : marked;
      ordered(fewer, table).write().mode("overwrite")
          .option("parquet.block.size", ROW_GROUP_BYTES)
          .parquet(path);
    } finally {
      // Released now, not when the driver's garbage collector reaches them.
      filters.forEach(f -> f.destroy());
    }
  }

  /**
   * The rows with the {@link #sharingColumn} of each of the table's {@link #sharedIds}. The ids on
   * several rows are found by one aggregation of {@code idValues} (the id alone), and go to the tasks as a Bloom
   * filter (about 10 bits per shared id), so the rows themselves are not shuffled. The filters are
   * added to {@code filters}; destroy them once the rows are written.
   */
  static Dataset<Row> withSharing(Dataset<Row> rows, ExtractTable table, Function<String, Dataset<Row>> idValues,
      List<Broadcast<BloomFilter>> filters) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext());
    for (String id : sharedIds(table)) {
      Dataset<Row> shared = idValues.apply(id).groupBy(col(id)).count()
          .filter(col("count").gt(1).and(col(id).isNotNull())).select(col(id)).persist();
      try {
        long n = shared.count();
        BloomFilter filter = n == 0 ? BloomFilter.create(1, FALSE_SHARED)
            : shared.stat().bloomFilter(col(id), n, FALSE_SHARED);
        Broadcast<BloomFilter> sharedIds = context.broadcast(filter);
        filters.add(sharedIds);
        UserDefinedFunction mayBeShared = functions.udf(
            (UDF1<String, Boolean>) v -> v == null || sharedIds.value().mightContainString(v), DataTypes.BooleanType);
        rows = rows.withColumn(sharingColumn(id), mayBeShared.apply(col(id)));
      } finally {
        shared.unpersist();
      }
    }
    return rows;
  }

  /**
   * The rows in the order each file gets them: by the year of the latest of their dates (rows with
   * no date first), then by the table's key. Only within each partition: no shuffle.
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
    return order.isEmpty() ? rows : rows.sortWithinPartitions(order.toArray(Column[]::new));
  }
}
