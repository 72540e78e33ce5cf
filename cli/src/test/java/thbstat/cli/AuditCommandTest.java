package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.model.Text;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.jobs.protect.DisclosureControl;
import thbstat.jobs.protect.Protection;
import thbstat.reports.sdmx.IndicatorTableCsv;
import thbstat.reports.sdmx.IndicatorTableCsvReader;

/** {@code thbstat audit}: from a public CSV and its manifest alone, no Spark. */
class AuditCommandTest {
  @TempDir Path dir;
  Protection protection;

  record Result(int exitCode, String out, String err) {}

  static Result audit(String... files) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[files.length + 1];
    args[0] = "audit";
    System.arraycopy(files, 0, args, 1, files.length);
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** VIC by REGION × SEX, R1/F = 1: protected by the four inner cells. */
  @BeforeEach
  void protect() {
    Catalogue cat = new Catalogue("test",
        List.of(dim("REGION", "R1", "R2"), dim("SEX", "F", "M")), List.of(), List.of(),
        List.of(new Indicator("VIC", Text.of("v", "v"), Text.of("v", "v"), "victims",
            new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW), List.of(), "decision_date",
            List.of("REGION", "SEX"), List.of("REGION", "SEX"), "PS", List.of(), new Disclosure(3, "test"), null, 1)),
        List.of(new PublicationTable("VIC_BY_REGION", Text.of("t", "t"), "VIC", List.of("REGION"), List.of("SEX"))));
    int[][] v = {{1, 5}, {4, 7}};
    String[] regions = {"R1", "R2", "_T"};
    String[] sexes = {"F", "M", "_T"};
    List<IndicatorCell> cells = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      for (int s = 0; s < 3; s++) {
        int value = 0;
        for (int i = 0; i < 2; i++) {
          for (int j = 0; j < 2; j++) {
            if ((r == 2 || r == i) && (s == 2 || s == j)) {
              value += v[i][j];
            }
          }
        }
        List<String> codes = new ArrayList<>();
        for (String d : cat.outputDimensions()) {
          codes.add(d.equals("SEX") ? sexes[s] : d.equals("REGION") ? regions[r] : "_Z");
        }
        cells.add(new IndicatorCell("VIC", "2024", codes, BigDecimal.valueOf(value), "PS", "F", value));
      }
    }
    protection = new DisclosureControl(cat).protect(new IndicatorTable(cat.outputDimensions(), cells), "2024");
  }

  static Dimension dim(String id, String... codes) {
    return new Dimension(id, Text.of(id, id), id.toLowerCase(), false, List.of(codes), Map.of(), List.of(), null, null,
        Map.of());
  }

  Path write(String folder, IndicatorTable table, boolean withManifest) throws IOException {
    Path d = Files.createDirectories(dir.resolve(folder));
    Path csv = d.resolve("indicators-public.csv");
    IndicatorTableCsv.write(table, table.cells(), csv);
    if (withManifest) {
      new ObjectMapper().writeValue(d.resolve("manifest.json").toFile(),
          Map.of("period", "2024", "disclosure", protection.rulesForManifest()));
    }
    return csv;
  }

  @Test
  void protectedTableIsSafe() throws IOException {
    Path csv = write("2024", protection.publicTable(), true);
    Result r = audit(csv.toString());

    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains(csv + ": VIC 2024 REGION=R1 SEX=F C [0, 5]"), r.out());
    assertTrue(r.out().contains(csv + ": 4 protected cells, 0 complements of published subsets, safe"), r.out());
  }

  /** The complements published again: the primary cell is exact, the audit says where. */
  @Test
  void underProtectedTableFails() throws IOException {
    List<IndicatorCell> cells = new ArrayList<>();
    for (IndicatorCell c : protection.publicTable().cells()) {
      IndicatorCell truth = protection.internalWithStatus().cells().stream()
          .filter(i -> i.codes().equals(c.codes())).findFirst().orElseThrow();
      cells.add("D".equals(c.status()) ? c.withStatus("F", truth.value()) : c);
    }
    Path good = write("good", protection.publicTable(), true);
    Path bad = write("bad", new IndicatorTable(protection.publicTable().dimensions(), cells), true);
    Result r = audit(good.toString(), bad.toString());

    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains(bad + ": FAIL VIC 2024 REGION=R1 SEX=F: primary cell can be narrowed to [1, 1]"),
        r.out());
    assertTrue(r.out().contains(good + ": 4 protected cells, 0 complements of published subsets, safe"), r.out());
  }

  @Test
  void unreadableInputIsAUsageError() throws IOException {
    Path noManifest = write("nomanifest", protection.publicTable(), false);
    Path garbage = Files.writeString(Files.createDirectories(dir.resolve("garbage")).resolve("x.csv"), "hello\n");
    Result r = audit(noManifest.toString(), garbage.toString(), dir.resolve("missing.csv").toString());

    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains(noManifest + ": no manifest.json beside it"), r.err());
    assertTrue(r.err().contains(garbage.toString()), r.err());
    assertTrue(r.err().contains("missing.csv"), r.err());
  }

  @Test
  void quotedFieldsAreReadByTheSharedReader() throws IOException {
    // audit reads with the reports' IndicatorTableCsvReader, the one reader of the indicator table
    String csv = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,REGION,SEX,OBS_VALUE,UNIT_MEASURE,CONF_STATUS\n"
        + "dataflow,THBSTAT:THB_INDICATORS(1.0),I,VIC,2024,\"R,1\",\"d\"\"e\",,PS,C\n";
    IndicatorTable t = IndicatorTableCsvReader.read(new StringReader(csv), "t.csv");
    assertEquals(List.of("REGION", "SEX"), t.dimensions());
    assertEquals(List.of("R,1", "d\"e"), t.cells().get(0).codes());
    assertEquals(null, t.cells().get(0).value());
    assertEquals("C", t.cells().get(0).status());
  }
}
