package thbstat.jobs.compute;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.execution.FileSourceScanExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The fine groups of the indicators whose every row is its own unit, per partition, read by
 * {@link RawRecords} from the table's own columns. From a Parquet table the rows come as the
 * scan's column batches, so text columns stay dictionary ids and no row is copied; from any
 * other table, as Spark's binary rows of the needed columns.
 */
final class RowUnitGroups {
  private RowUnitGroups() {}

  /**
   * The partial groups of {@code records} over the rows of {@code table} that {@code needed}
   * keeps ({@code needed} may skip more, never fewer: {@code records} tests every row itself),
   * in the columns of {@link PartitionGroups#SCHEMA}.
   */
  static Dataset<Row> of(Dataset<Row> table, Dataset<Row> needed, RawRecords records) {
    List<String> columns = records.scannedColumns();
    Dataset<Row> rows = needed.select(columns.stream().map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new));
    FileSourceScanExec scan = isParquetTable(table) ? columnarScan(rows.queryExecution().executedPlan()) : null;
    JavaRDD<Row> groups;
    if (scan != null) {
      Map<String, Integer> ordinals = new HashMap<>();
      List<Attribute> output = CollectionConverters.asJava(scan.output());
      for (int i = 0; i < output.size(); i++) {
        ordinals.put(output.get(i).name(), i);
      }
      // The scan's batches, not its rows: Spark filters nothing inside a batch, so every row
      // reaches the records' own tests; the filters of `needed` only skip Parquet row groups.
      groups = scan.executeColumnar().toJavaRDD().mapPartitions((Iterator<ColumnarBatch> batches) -> {
        RawRecords.Reader reader = records.reader(ordinals);
        while (batches.hasNext()) {
          reader.add(batches.next());
        }
        return reader.groups();
      });
    } else {
      Map<String, Integer> ordinals = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        ordinals.put(columns.get(i), i);
      }
      groups = rows.queryExecution().toRdd().toJavaRDD().mapPartitions((Iterator<InternalRow> it) -> {
        RawRecords.Reader reader = records.reader(ordinals);
        while (it.hasNext()) {
          reader.add(it.next());
        }
        return reader.groups();
      });
    }
    return table.sparkSession().createDataFrame(groups, PartitionGroups.SCHEMA);
  }

  /** Whether the indicators over {@code table} read its Parquet column batches. */
  static boolean readsColumnBatches(Dataset<Row> table) {
    return isParquetTable(table) && columnarScan(table.queryExecution().executedPlan()) != null;
  }

  /** Whether the table is a file scan as it is, with nothing computed over it. */
  private static boolean isParquetTable(Dataset<Row> table) {
    return table.queryExecution().optimizedPlan()
        instanceof org.apache.spark.sql.execution.datasources.LogicalRelation relation
        && relation.relation() instanceof org.apache.spark.sql.execution.datasources.HadoopFsRelation fs
        && fs.fileFormat() instanceof org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
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
