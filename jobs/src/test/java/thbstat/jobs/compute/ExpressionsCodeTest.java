package thbstat.jobs.compute;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.model.Dimension;
import thbstat.jobs.spark.TestSpark;

/**
 * The Spark form of a dimension's coding gives the code {@link Dimension#codeOf} gives, for every
 * dimension of {@code indicators.yaml} and every spelling of its values: as declared, lower case,
 * upper case, mixed case, padded, unknown, blank.
 */
class ExpressionsCodeTest {

  @Test
  void sparkCodesEqualTheCatalogueCodesForEverySpelling() {
    List<Dimension> dimensions = CatalogueLoader.load(Path.of("..", "indicators.yaml")).dimensions();
    Set<String> values = new LinkedHashSet<>();
    dimensions.forEach(d -> values.addAll(spellings(d)));
    List<Column> coded = new ArrayList<>(List.of(col("v")));
    dimensions.forEach(d -> coded.add(Expressions.code(d, col("v"), DataTypes.StringType)));
    // One job for all dimensions: every value through every dimension's coding.
    List<Row> rows = TestSpark.session().createDataset(new ArrayList<>(values), Encoders.STRING()).toDF("v")
        .select(coded.toArray(Column[]::new)).collectAsList();
    for (Row r : rows) {
      for (int i = 0; i < dimensions.size(); i++) {
        Dimension d = dimensions.get(i);
        assertEquals(d.codeOf(r.getString(0)), r.getString(i + 1), d.id() + " of '" + r.getString(0) + "'");
      }
    }
    assertEquals(values.size(), rows.size());
  }

  private static Set<String> spellings(Dimension d) {
    Set<String> values = new LinkedHashSet<>(List.of("", "zz-unknown", "Zz", "17", "18", "-1", "  "));
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
