package thbstat.jobs.compute;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.execution.FileSourceScanExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Hands the rows of a clean table to plain Java, partition by partition. From a Parquet table the
 * rows come as the scan's column batches, so text columns stay dictionary ids and no row is
 * copied; from any other table (the tests' in-memory ones), as Spark's binary rows of the needed
 * columns.
 */
final class ColumnScan {
  private ColumnScan() {}

  /** What one partition's rows are given to; not shared between threads. */
  interface Counter<T> {
    void add(ColumnarBatch batch);

    void add(InternalRow row);

    /** What the partition returns, once all its rows are in. */
    Iterator<T> results();
  }

  /** Makes the counter of a partition, given where each column is in its rows (name → position). */
  interface Counters<T> extends Serializable {
    Counter<T> counter(Map<String, Integer> ordinals);
  }

  /**
   * What {@code counters} make of the rows of {@code table} that {@code needed} keeps, reading
   * {@code columns}. {@code needed} (a filter of {@code table}) may skip more rows, never fewer:
   * the counters test every row themselves, since a column batch holds every row of the Parquet
   * row groups the filter did not skip.
   */
  static <T> JavaRDD<T> map(Dataset<Row> table, Dataset<Row> needed, List<String> columns, Counters<T> counters) {
    Dataset<Row> rows = needed.select(columns.stream().map(functions::col).toArray(Column[]::new));
    FileSourceScanExec scan = isParquetTable(table) ? columnarScan(rows.queryExecution().executedPlan()) : null;
    Map<String, Integer> ordinals = new HashMap<>();
    if (scan != null) {
      List<Attribute> output = CollectionConverters.asJava(scan.output());
      for (int i = 0; i < output.size(); i++) {
        ordinals.put(output.get(i).name(), i);
      }
      return scan.executeColumnar().toJavaRDD().mapPartitions((Iterator<ColumnarBatch> batches) -> {
        Counter<T> counter = counters.counter(ordinals);
        while (batches.hasNext()) {
          counter.add(batches.next());
        }
        return counter.results();
      });
    }
    for (int i = 0; i < columns.size(); i++) {
      ordinals.put(columns.get(i), i);
    }
    return rows.queryExecution().toRdd().toJavaRDD().mapPartitions((Iterator<InternalRow> it) -> {
      Counter<T> counter = counters.counter(ordinals);
      while (it.hasNext()) {
        counter.add(it.next());
      }
      return counter.results();
    });
  }

  /** Whether {@code table}'s rows reach the counters as Parquet column batches. */
  static boolean readsColumnBatches(Dataset<Row> table) {
    return isParquetTable(table) && columnarScan(table.queryExecution().executedPlan()) != null;
  }

  /** Whether the table is a Parquet file scan as it is, with nothing computed over it. */
  private static boolean isParquetTable(Dataset<Row> table) {
    return table.queryExecution().optimizedPlan() instanceof LogicalRelation relation
        && relation.relation() instanceof HadoopFsRelation fs
        && fs.fileFormat() instanceof ParquetFileFormat;
  }

  /**
   * The Parquet scan under a plan of only filters and column selections over it, when it reads
   * column batches; null otherwise.
   */
  private static FileSourceScanExec columnarScan(SparkPlan plan) {
    SparkPlan node = plan;
    while (!(node instanceof FileSourceScanExec)) {
      String kind = node.getClass().getSimpleName();
      if (!List.of("WholeStageCodegenExec", "ProjectExec", "FilterExec", "ColumnarToRowExec", "InputAdapter")
          .contains(kind) || node.children().size() != 1) {
        return null;
      }
      node = node.children().head();
    }
    FileSourceScanExec scan = (FileSourceScanExec) node;
    return scan.supportsColumnar() ? scan : null;
  }
}
