package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.sdmx.IndicatorTableCsv;

/** {@code thbstat report} in-process, on a tiny run folder written by the test; no Spark. */
class ReportCommandTest {
  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A run folder with 2025 holding identified victims: 25 in total, 20 women, men confidential. */
  static Path runFolder(Path dir) throws Exception {
    Catalogue catalogue = CatalogueLoader.load(CatalogueLocator.locate(null));
    Indicator ind = catalogue.indicator("VIC_IDENTIFIED").orElseThrow();
    List<IndicatorCell> cells = new ArrayList<>();
    cells.add(cell(catalogue, ind, "_T", BigDecimal.valueOf(25), "F"));
    cells.add(cell(catalogue, ind, "F", BigDecimal.valueOf(20), "F"));
    cells.add(cell(catalogue, ind, "M", null, "C"));
    IndicatorTable t = new IndicatorTable(catalogue.outputDimensions(), cells);
    Path p = Files.createDirectories(dir.resolve("2025"));
    IndicatorTableCsv.write(t, t.cells(), p.resolve("indicators-public.csv"));
    IndicatorTableCsv.write(t, t.cells(), p.resolve("indicators.csv"));
    Files.writeString(p.resolve("manifest.json"), "{\"engine\": {\"version\": \"0.1.0\"}, \"catalogue\": "
        + "{\"sha256\": \"" + "ab".repeat(32) + "\"}, \"inputs\": {\"victims\": {\"sha256\": {\"victims.csv\": \""
        + "cd".repeat(32) + "\"}}}}");
    return dir;
  }

  private static IndicatorCell cell(Catalogue c, Indicator ind, String sex, BigDecimal v, String status) {
    List<String> codes = new ArrayList<>();
    for (String d : c.outputDimensions()) {
      codes.add(d.equals("SEX") ? sex : ind.dimensions().contains(d) ? "_T" : "_Z");
    }
    return new IndicatorCell(ind.id(), "2025", codes, v, "PS", status, 0);
  }

  @Test
  void rendersTheAnnualWorkbookAndPdfInOneLanguage(@TempDir Path tmp) throws Exception {
    Path from = runFolder(tmp.resolve("run"));
    Path out = tmp.resolve("reports");
    Result r = run("report", "--from", from.toString(), "--period", "2025", "--report", "annual", "--lang",
        "sr-Cyrl", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.size(out.resolve("annual-2025-sr-Cyrl.xlsx")) > 0);
    assertTrue(Files.size(out.resolve("annual-2025-sr-Cyrl.pdf")) > 0);
    assertTrue(r.out().contains("done: 2 file(s)"), r.out());
  }

  /** A run folder with the quarters 2024-Q2 (identified victims 8) and 2025-Q2 (10). */
  static Path quarterFolder(Path dir) throws Exception {
    Catalogue catalogue = CatalogueLoader.load(CatalogueLocator.locate(null));
    Indicator ind = catalogue.indicator("VIC_IDENTIFIED").orElseThrow();
    for (String q : List.of("2024-Q2", "2025-Q2")) {
      List<String> codes = new ArrayList<>();
      for (String d : catalogue.outputDimensions()) {
        codes.add(ind.dimensions().contains(d) ? "_T" : "_Z");
      }
      IndicatorCell c = new IndicatorCell(ind.id(), q, codes, BigDecimal.valueOf(q.startsWith("2024") ? 8 : 10), "PS",
          "F", 0);
      IndicatorTable t = new IndicatorTable(catalogue.outputDimensions(), List.of(c));
      Path p = Files.createDirectories(dir.resolve(q));
      IndicatorTableCsv.write(t, t.cells(), p.resolve("indicators-public.csv"));
      Files.writeString(p.resolve("manifest.json"), "{\"engine\": {\"version\": \"0.1.0\"}}");
    }
    return dir;
  }

  @Test
  void allRendersTheFourYearlyReportsForAYear(@TempDir Path tmp) throws Exception {
    Path from = runFolder(tmp.resolve("run"));
    Path out = tmp.resolve("reports");
    Result r = run("report", "--from", from.toString(), "--period", "2025", "--report", "all", "--lang", "en",
        "--format", "xlsx", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    for (String kind : List.of("greta", "annual", "action-plan", "eurostat")) {
      assertTrue(Files.size(out.resolve(kind + "-2025-en.xlsx")) > 0, kind);
    }
    assertTrue(r.out().contains("done: 4 file(s)"), r.out());
  }

  @Test
  void quarterlyRendersForAQuarterAndIsRefusedForAYear(@TempDir Path tmp) throws Exception {
    Path from = quarterFolder(tmp.resolve("run"));
    Path out = tmp.resolve("reports");
    Result r = run("report", "--from", from.toString(), "--period", "2025-Q2", "--report", "all", "--lang",
        "sr-Latn", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.size(out.resolve("quarterly-2025-Q2-sr-Latn.xlsx")) > 0);
    assertTrue(Files.size(out.resolve("quarterly-2025-Q2-sr-Latn.pdf")) > 0);
    assertTrue(r.out().contains("done: 2 file(s)"), r.out());

    Result wrong = run("report", "--from", from.toString(), "--period", "2025", "--report", "quarterly", "--out",
        tmp.resolve("o").toString());
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.err().contains("'quarterly' is made for a quarter (YYYY-Qn), not for 2025; for 2025: greta, "
        + "annual, action-plan, eurostat"), wrong.err());
  }

  @Test
  void everyBadOptionIsReportedAtOnce(@TempDir Path tmp) {
    Result r = run("report", "--from", tmp.resolve("nowhere").toString(), "--period", "2025-Q5", "--report",
        "gretta", "--lang", "de", "--format", "docx", "--out", tmp.toString());
    assertEquals(2, r.exitCode());
    for (String option : List.of("--period", "--report", "--lang", "--format", "--from")) {
      assertTrue(r.err().contains(option + ":"), option + " in " + r.err());
    }
  }

  @Test
  void aPeriodTheRunDidNotWriteIsAUsageErrorThatSaysWhatToRun(@TempDir Path tmp) throws Exception {
    Path from = runFolder(tmp.resolve("run"));
    Result r = run("report", "--from", from.toString(), "--period", "2024", "--report", "greta", "--out",
        tmp.resolve("o").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("thbstat run --input EXTRACT --period 2024"), r.err());
  }
}
