package thbstat.jobs.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Text;
import thbstat.jobs.spark.TestSpark;

/**
 * The Java coding of a slot gives the codes {@link Dimension#codeOf} gives, read from Spark's own
 * binary rows: every dimension of {@code indicators.yaml} and every spelling of its values (as
 * declared, lower, upper and mixed case, padded, unknown, blank, null), and list columns element by
 * element. Each partition codes many rows with one cache, so a value kept from a borrowed row
 * buffer would show as a wrong code in a later row.
 */
class SlotCoderTest {
  private static final StructType SCHEMA = new StructType()
      .add("v", DataTypes.StringType, true)
      .add("n", DataTypes.IntegerType, true)
      .add("list", DataTypes.createArrayType(DataTypes.StringType), true);

  @Test
  void theUnionOfTwoCodeSetsIsNumberedAsTheSetItIs() {
    Dimension offence = new Dimension("OFFENCE", Text.of("Offence", "Offence"), "offence", true,
        List.of("CC388", "CC389", "CC390"), Map.of(), List.of(), null, null, Map.of());
    SlotCoder.Cache cache = new SlotCoder(offence, 0, DataTypes.createArrayType(DataTypes.StringType)).cache();
    int cc388 = cache.idOfValue("cc388");
    int cc390 = cache.idOfValue("cc390");
    int both = cache.union(cc388, cc390);
    assertEquals("CC388|CC390", cache.coded(both).text());
    assertEquals(both, cache.union(cc390, cc388), "in either order");
    assertEquals(both, cache.union(both, cc388), "a set with one of its own codes is itself");
    assertEquals(cc388, cache.union(cc388, cc388));
    int listOfBoth = cache.idOfValue(org.apache.spark.sql.catalyst.util.ArrayData.toArrayData(
        new Object[] {org.apache.spark.unsafe.types.UTF8String.fromString("cc390"),
            org.apache.spark.unsafe.types.UTF8String.fromString("cc388")}));
    assertEquals(both, listOfBoth, "a row holding both codes has the union's number");
    assertEquals("CC388|CC389|CC390", cache.coded(cache.union(both, cache.idOfValue("cc389"))).text());
  }

  @Test
  void everyDimensionCodesEverySpellingAsTheCatalogueDoes() {
    List<Dimension> dimensions = CatalogueLoader.load(Path.of("..", "indicators.yaml")).dimensions();
    Set<String> values = new LinkedHashSet<>(List.of("", "zz-unknown", "Zz", "17", "18", "-1", "  "));
    dimensions.forEach(d -> values.addAll(spellings(d)));
    List<String> texts = new ArrayList<>(values);
    texts.add(null);
    List<Row> rows = new ArrayList<>();
    // Twice over, in a different order: the second reading of a value comes from the cache.
    for (int round = 0; round < 2; round++) {
      for (String v : texts) {
        rows.add(RowFactory.create(v, null, null));
      }
      java.util.Collections.reverse(texts);
    }
    for (int i = 0; i < dimensions.size(); i++) {
      Dimension d = dimensions.get(i);
      List<String> coded = coded(rows, new SlotCoder(d, 0, DataTypes.StringType));
      for (int r = 0; r < rows.size(); r++) {
        String value = rows.get(r).getString(0);
        String code = d.codeOf(value);
        assertEquals(code == null ? "" : code, coded.get(r), d.id() + " of '" + value + "'");
      }
    }
  }

  @Test
  void numbersAreCodedByTheirBandsAndListsByTheirElements() {
    Dimension age = new Dimension("AGE", Text.of("Age", "Uzrast"), "n", false, List.of("Y_LT18", "Y_GE18", "UNK"),
        Map.of(), List.of(new Dimension.Band("Y_LT18", null, 17), new Dimension.Band("Y_GE18", 18, null)),
        null, "UNK", Map.of());
    Dimension form = new Dimension("FORM", Text.of("Form", "Oblik"), "list", true, List.of("SEX", "LAB", "OTH", "UNK"),
        Map.of("sexual", "SEX", "labour", "LAB"), List.of(), "OTH", "UNK", Map.of());
    List<Row> rows = List.of(
        RowFactory.create(null, 17, List.of("labour", "sexual", "labour")),
        RowFactory.create(null, 18, List.of(" sexual ", "begging")),
        RowFactory.create(null, null, List.of()),
        RowFactory.create(null, -3, null),
        RowFactory.create(null, 17, List.of("labour", "sexual")),
        RowFactory.create(null, 40, java.util.Arrays.asList("", "labour")));
    assertEquals(List.of("Y_LT18", "Y_GE18", "UNK", "Y_LT18", "Y_LT18", "Y_GE18"),
        coded(rows, new SlotCoder(age, 1, DataTypes.IntegerType)));
    // Sorted, distinct; an empty or null list has the missing code; a blank element codes as missing.
    assertEquals(List.of("LAB|SEX", "OTH|SEX", "UNK", "UNK", "LAB|SEX", "LAB|UNK"),
        coded(rows, new SlotCoder(form, 2, SCHEMA.apply("list").dataType())));
  }

  @Test
  void aColumnOfAnotherTypeIsRefusedByName() {
    Dimension d = new Dimension("D", Text.of("D", "D"), "day", false, List.of(), Map.of(), List.of(), null, null,
        Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SlotCoder(d, 0, DataTypes.DateType));
    assertEquals("dimension D: column 'day' of type date cannot be coded", e.getMessage());
  }

  /** The slot text of each row, coded in one partition through one cache. */
  private static List<String> coded(List<Row> rows, SlotCoder coder) {
    Dataset<Row> table = TestSpark.session().createDataFrame(rows, SCHEMA).coalesce(1);
    FlatMapFunction<Iterator<InternalRow>, String> code = it -> {
      SlotCoder.Cache cache = coder.cache();
      List<String> out = new ArrayList<>();
      it.forEachRemaining(row -> out.add(cache.coded(cache.idOf(row)).text()));
      return out.iterator();
    };
    return table.queryExecution().toRdd().toJavaRDD().mapPartitions(code).collect();
  }

  private static Set<String> spellings(Dimension d) {
    Set<String> values = new LinkedHashSet<>();
    List<String> declared = new ArrayList<>(d.codes());
    declared.addAll(d.map().keySet());
    for (String v : declared) {
      values.add(v);
      values.add(v.toLowerCase(Locale.ROOT));
      values.add(v.toUpperCase(Locale.ROOT));
      values.add(" " + v.toLowerCase(Locale.ROOT) + " ");
      values.add(v.isEmpty() ? v : v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1).toLowerCase(Locale.ROOT));
    }
    return values;
  }
}
