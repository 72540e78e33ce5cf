package thbstat.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

class RevisionsTest {
  private static IndicatorCell cell(String indicator, List<String> codes, Integer value, String status) {
    return new IndicatorCell(indicator, "2024", codes, value == null ? null : BigDecimal.valueOf(value), "PS", status,
        0);
  }

  /**
   * The old table (SEX, AGE): victims total 61, women 40, girls confidential, men 21 and a
   * dropped indicator; the new one lists AGE before SEX and adds REGION, as another catalogue
   * would: total 63 (+2, +3.3 %), women 40, girls now 3 (newly published), men confidential (newly
   * protected), unknown sex C → D, and a new indicator.
   */
  @Test
  void everyKindOfChangeIsFoundAcrossTablesOfTwoLayouts() {
    IndicatorTable before = new IndicatorTable(List.of("SEX", "AGE"), List.of(
        cell("VIC", List.of("_T", "_T"), 61, "F"),
        cell("VIC", List.of("F", "_T"), 40, "F"),
        cell("VIC", List.of("F", "Y_LT18"), null, "C"),
        cell("VIC", List.of("M", "_T"), 21, "F"),
        cell("VIC", List.of("_U", "_T"), null, "C"),
        cell("OLD_ONLY", List.of("_Z", "_Z"), 5, "F")));
    IndicatorTable after = new IndicatorTable(List.of("AGE", "SEX", "REGION"), List.of(
        cell("VIC", List.of("_T", "_T", "_Z"), 63, "F"),
        cell("VIC", List.of("_T", "F", "_Z"), 40, "F"),
        cell("VIC", List.of("Y_LT18", "F", "_Z"), 3, "F"),
        cell("VIC", List.of("_T", "M", "_Z"), null, "D"),
        cell("VIC", List.of("_T", "_U", "_Z"), null, "D"),
        cell("NEW_ONLY", List.of("_Z", "_Z", "BEOGRAD"), 0, "F")));
    Revisions r = Revisions.of(before, after);
    assertEquals(5, r.compared(), "the five VIC cells match although their dimensions are in another order");
    assertEquals(List.of("AGE", "SEX", "REGION"), r.dimensions());
    Map<String, Revisions.Change> c = new java.util.HashMap<>();
    r.changes().forEach(x -> c.put(x.indicator() + " " + new java.util.TreeMap<>(x.codes()), x));
    assertEquals(6, r.changes().size(), r.changes().toString());
    Revisions.Change total = c.get("VIC {AGE=_T, SEX=_T}");
    assertEquals(Revisions.Kind.REVISED, total.kind());
    assertEquals(new BigDecimal("2"), total.difference());
    assertEquals(new BigDecimal("3.3"), total.percent(), "2 of 61");
    assertEquals(Revisions.Kind.NEWLY_PUBLISHED, c.get("VIC {AGE=Y_LT18, SEX=F}").kind());
    assertNull(c.get("VIC {AGE=Y_LT18, SEX=F}").difference());
    assertEquals(Revisions.Kind.NEWLY_PROTECTED, c.get("VIC {AGE=_T, SEX=M}").kind());
    assertEquals(Revisions.Kind.STATUS, c.get("VIC {AGE=_T, SEX=_U}").kind());
    assertEquals(Revisions.Kind.ONLY_NEW, c.get("NEW_ONLY {REGION=BEOGRAD}").kind());
    assertEquals(Revisions.Kind.ONLY_OLD, c.get("OLD_ONLY {}").kind());
    assertEquals(Revisions.Kind.ONLY_OLD, r.changes().get(5).kind(), "cells only in the old table come last");
    assertEquals(Map.of("OLD_ONLY", 0, "NEW_ONLY", 1, "VIC", 5), r.cellsPerIndicator());
  }

  @Test
  void aRevisionFromZeroHasNoPercentAndEqualValuesAreNoChange() {
    IndicatorTable before = new IndicatorTable(List.of("SEX"), List.of(cell("VIC", List.of("_T"), 0, "F"),
        new IndicatorCell("MEDIAN", "2024", List.of("_T"), new BigDecimal("43.50"), "DAYS", "F", 0)));
    IndicatorTable after = new IndicatorTable(List.of("SEX"), List.of(cell("VIC", List.of("_T"), 4, "F"),
        new IndicatorCell("MEDIAN", "2024", List.of("_T"), new BigDecimal("43.5"), "DAYS", "F", 0)));
    Revisions r = Revisions.of(before, after);
    assertEquals(1, r.changes().size(), "43.50 and 43.5 are the same value");
    assertEquals(new BigDecimal("4"), r.changes().get(0).difference());
    assertNull(r.changes().get(0).percent());
    assertTrue(Revisions.of(after, after).identical());
  }

  @Test
  void theCsvHasTheKeyTheTwoValuesAndTheChange(@TempDir Path tmp) throws Exception {
    IndicatorTable before = new IndicatorTable(List.of("SEX", "AGE"), List.of(
        cell("VIC", List.of("_T", "_T"), 61, "F"), cell("VIC", List.of("M", "_T"), 21, "F")));
    IndicatorTable after = new IndicatorTable(List.of("SEX", "AGE"), List.of(
        cell("VIC", List.of("_T", "_T"), 63, "F"), cell("VIC", List.of("M", "_T"), null, "C")));
    Path file = tmp.resolve("revisions.csv");
    RevisionsCsv.write(Revisions.of(before, after), file);
    assertEquals(List.of(
        "INDICATOR,TIME_PERIOD,SEX,AGE,UNIT_MEASURE,OLD_VALUE,OLD_CONF_STATUS,NEW_VALUE,NEW_CONF_STATUS,CHANGE,"
            + "CHANGE_PERCENT,REVISION",
        "VIC,2024,M,_T,PS,21,F,,C,,,NEWLY_PROTECTED",
        "VIC,2024,_T,_T,PS,61,F,63,F,2,3.3,REVISED"), Files.readAllLines(file), "in the table's order");
  }
}
