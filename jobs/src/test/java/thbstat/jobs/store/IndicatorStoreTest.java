package thbstat.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.spark.TestSpark;

class IndicatorStoreTest {
  @TempDir Path dir;

  private static final List<IndicatorCell> CELLS = List.of(
      new IndicatorCell("VIC_IDENTIFIED", "2025", List.of("_T", "F"), new BigDecimal("12"), "PS", "F", 12),
      // a share: six decimals kept exactly
      new IndicatorCell("VIC_SHARE_CHILD", "2025", List.of("_T", "_T"), new BigDecimal("33.333333"), "PC", "F", 3),
      // a value larger than a long holds, unscaled
      new IndicatorCell("BIG", "2025-Q1", List.of("RS11", "_T"), new BigDecimal("98765432109876.5"), "EUR", "F", 1),
      new IndicatorCell("NEG", "2025-Q1", List.of("_T", "M"), new BigDecimal("-0.25"), "PC", "F", 4),
      // a suppressed value: no number
      new IndicatorCell("VIC_IDENTIFIED", "2025", List.of("RS11", "M"), null, "PS", "C", 2));

  @Test
  void spark_reads_back_every_cell_and_the_types_of_the_store() {
    IndicatorTable table = new IndicatorTable(List.of("REF_AREA", "SEX"), CELLS);
    Path folder = dir.resolve(IndicatorStore.FOLDER);
    IndicatorStore.write(table, CELLS, folder);

    IndicatorTable back = IndicatorStore.read(TestSpark.session(), folder);
    assertEquals(List.of("REF_AREA", "SEX"), back.dimensions());
    // the table orders its cells; the values come back with six decimals
    assertEquals(new IndicatorTable(table.dimensions(), CELLS.stream().map(IndicatorStoreTest::scaled).toList()).cells(),
        back.cells());

    Dataset<Row> df = TestSpark.session().read().parquet(folder.toString());
    assertEquals(DataTypes.createDecimalType(38, 6), df.schema().apply("OBS_VALUE").dataType());
    assertEquals(DataTypes.LongType, df.schema().apply("OBS_UNITS").dataType());
    assertEquals(DataTypes.StringType, df.schema().apply("SEX").dataType());
    Row first = df.select("STRUCTURE", "STRUCTURE_ID", "ACTION").first();
    assertEquals(List.of("dataflow", "THBSTAT:THB_INDICATORS(1.0)", "I"),
        List.of(first.getString(0), first.getString(1), first.getString(2)));
  }

  @Test
  void refuses_to_overwrite_a_store() {
    IndicatorTable table = new IndicatorTable(List.of("REF_AREA", "SEX"), CELLS);
    Path folder = dir.resolve(IndicatorStore.FOLDER);
    IndicatorStore.write(table, CELLS, folder);
    assertThrows(UncheckedIOException.class, () -> IndicatorStore.write(table, CELLS, folder));
  }

  /** The store keeps six decimals: 12 reads back as 12.000000. */
  private static IndicatorCell scaled(IndicatorCell c) {
    return c.value() == null ? c : c.withStatus(c.status(), c.value().setScale(6));
  }
}
