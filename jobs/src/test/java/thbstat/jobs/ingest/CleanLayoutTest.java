package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Date;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.contract.Extract;
import thbstat.jobs.spark.TestSpark;

class CleanLayoutTest {
  @TempDir Path tmp;

  private final SparkSession spark = TestSpark.session();

  /** Proceedings rows with only the key and date columns: person, case, complaint, indictment, first instance, final. */
  private Dataset<Row> proceedings() {
    StructType schema = new StructType().add("person_id", DataTypes.StringType).add("case_id", DataTypes.StringType)
        .add("complaint_date", DataTypes.DateType).add("indictment_date", DataTypes.DateType)
        .add("first_instance_date", DataTypes.DateType).add("final_date", DataTypes.DateType);
    List<Row> rows = Arrays.asList(
        row("P2", "C1", "2019-03-01", null, null, "2024-05-01"), // latest date in 2024
        row("P1", "C9", "2024-12-31", null, null, null), // 2024
        row("P9", "C5", "2017-06-01", "2018-02-01", "2025-01-10", null), // 2025
        row("P1", "C2", "2024-01-01", null, null, null), // 2024
        row("P3", "C3", "2018-01-01", "2019-01-01", null, null), // 2019
        row("P0", "C4", null, null, null, null)); // no date
    return spark.createDataFrame(rows, schema).coalesce(1);
  }

  private static Row row(String person, String kase, String... dates) {
    Object[] values = new Object[2 + dates.length];
    values[0] = person;
    values[1] = kase;
    for (int i = 0; i < dates.length; i++) {
      values[2 + i] = dates[i] == null ? null : Date.valueOf(dates[i]);
    }
    return RowFactory.create(values);
  }

  private static List<String> keys(List<Row> rows) {
    return rows.stream().map(r -> r.getString(0) + "/" + r.getString(1)).toList();
  }

  @Test
  void ordersRowsByTheYearOfTheirLatestDateThenByKey() {
    List<Row> ordered = CleanLayout.ordered(proceedings(), Extract.PROCEEDINGS).collectAsList();
    assertEquals(List.of("P0/C4", "P3/C3", "P1/C2", "P1/C9", "P2/C1", "P9/C5"), keys(ordered));
  }

  @Test
  void marksTheIdsThatOtherRowsShare() {
    assertEquals(List.of("person_id", "case_id"), CleanLayout.sharedIds(Extract.PROCEEDINGS));
    assertEquals(List.of("case_id"), CleanLayout.sharedIds(Extract.VICTIMS));
    assertEquals(List.of(), CleanLayout.sharedIds(Extract.TRAININGS));
    Dataset<Row> extra = proceedings().union(spark.createDataFrame(List.of(row("P3", "C4", "2020-01-01", null, null,
        null)), proceedings().schema()));
    List<org.apache.spark.broadcast.Broadcast<org.apache.spark.util.sketch.BloomFilter>> filters = new ArrayList<>();
    Map<String, String> counts = CleanLayout.withSharing(extra, Extract.PROCEEDINGS, id -> extra.select(id), filters)
        .collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0) + "/" + r.getString(1),
            r -> r.getAs(CleanLayout.sharingColumn("person_id")) + " " + r.getAs(CleanLayout.sharingColumn("case_id"))));
    assertEquals(2, filters.size(), "one filter per shared id");
    filters.forEach(f -> f.destroy());
    // P1 and P3 are in two cases each; C4 has two defendants.
    assertEquals(Map.of("P0/C4", "false true", "P3/C3", "true false", "P3/C4", "true true", "P1/C2", "true false",
        "P1/C9", "true false", "P2/C1", "false false", "P9/C5", "false false"), counts);
  }

  @Test
  void writesParquetInThatOrderAndLosesNoRow() {
    String path = tmp.resolve("proceedings.parquet").toString();
    CleanLayout.write(proceedings(), Extract.PROCEEDINGS, path);
    List<Row> back = spark.read().parquet(path).collectAsList();
    assertEquals(List.of("P0/C4", "P3/C3", "P1/C2", "P1/C9", "P2/C1", "P9/C5"), keys(back));
  }
}
