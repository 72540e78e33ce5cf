package thbstat.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;
import thbstat.reports.Fixtures;
import thbstat.reports.model.ReportBuilder;
import thbstat.reports.model.ReportKind;

class ExcelWorkbookWriterIT {
  private static final List<String> SEX = List.of("_T", "F", "M", "_U");
  private static final Map<String, String> AGE_EN = Map.of("_T", "Total", "Y_LT18", "Children (under 18)",
      "Y_GE18", "Adults (18 and over)", "_U", "Unknown");

  private static Workbook render(ReportKind kind, Language language, boolean internal) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExcelWorkbookWriter().write(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables())
        .build(kind, language, internal, Fixtures.provenance()), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void annualSheetT03HoldsTheInputCellsCellByCell() throws Exception {
    try (Workbook wb = render(ReportKind.ANNUAL, Language.EN, false)) {
      Sheet s = wb.getSheet("T03");
      assertNotNull(s);
      Fixtures.VALUES_2025.forEach((age, row) -> {
        Row r = rowLabelled(s, AGE_EN.get(age));
        for (int c = 0; c < SEX.size(); c++) {
          Cell cell = r.getCell(c + 1);
          Integer expected = row.get(SEX.get(c));
          if (expected != null) {
            assertEquals(CellType.NUMERIC, cell.getCellType(), age + "/" + SEX.get(c));
            assertEquals(expected.doubleValue(), cell.getNumericCellValue(), age + "/" + SEX.get(c));
            assertEquals("#,##0", cell.getCellStyle().getDataFormatString());
          } else {
            String status = Fixtures.STATUS_2025.get(age + "/" + SEX.get(c));
            assertEquals("C".equals(status) ? "x" : "(x)", cell.getStringCellValue(), age + "/" + SEX.get(c));
          }
        }
      });
      assertTrue(hasText(s, "x = confidential: fewer persons than the disclosure threshold"));
      assertTrue(hasText(s, "(x) = suppressed to protect another confidential cell"));
      assertNotNull(s.getPaneInformation());
      assertTrue(s.getPaneInformation().isFreezePane());
      assertTrue(s.getPrintSetup().getLandscape());
      assertEquals(1, s.getPrintSetup().getFitWidth());
      assertTrue(s.getNumMergedRegions() >= 0);
      assertTrue(hasText(wb.getSheet("About"), "ab".repeat(32)), "catalogue hash on the info sheet");
      assertNotNull(wb.getSheet("Definitions and sources"));
      assertTrue(hasText(wb.getSheet("Definitions and sources"), "VIC_IDENTIFIED"));
    }
  }

  @Test
  void gretaMergesTheYearHeadingsAndSerbianLabelsAreUsed() throws Exception {
    try (Workbook wb = render(ReportKind.GRETA, Language.SR_LATN, false)) {
      Sheet s = wb.getSheet("T03");
      assertTrue(s.getMergedRegions().stream().anyMatch(m -> m.getNumberOfCells() == 4 && m.getFirstRow() == m.getLastRow()),
          "year heading merged over its four columns");
      Row total = rowLabelled(s, "Ukupno");
      assertEquals(1000, total.getCell(1).getNumericCellValue());
      assertEquals("–", total.getCell(2).getStringCellValue());
      assertEquals(1234, total.getCell(5).getNumericCellValue());
      assertTrue(hasText(s, "– = nema podataka"));
    }
  }

  @Test
  void internalWorkbookSaysSoOnEverySheet() throws Exception {
    try (Workbook wb = render(ReportKind.ANNUAL, Language.SR_CYRL, true)) {
      for (Sheet s : wb) {
        assertTrue(hasText(s, "ИНТЕРНО – НИЈЕ ЗА ОБЈАВЉИВАЊЕ: потпуне вредности без заштите података"), s.getSheetName());
      }
    }
  }

  static Row rowLabelled(Sheet s, String label) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row '" + label + "' in " + s.getSheetName());
  }

  static boolean hasText(Sheet s, String text) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return true;
        }
      }
    }
    return false;
  }
}
