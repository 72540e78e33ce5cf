package thbstat.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.i18n.Language;
import thbstat.reports.Fixtures;
import thbstat.reports.model.ColumnHeading;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportBuilder;
import thbstat.reports.model.ReportCell;
import thbstat.reports.model.ReportRow;
import thbstat.reports.model.ReportTable;
import thbstat.reports.model.ReportKind;

class PdfReportWriterIT {
  private static byte[] render(ReportKind kind, Language language, boolean internal) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables())
        .build(kind, language, internal, Fixtures.provenance()), out);
    return out.toByteArray();
  }

  @Test
  void compiledTemplateShipsOnTheClassPath() throws Exception {
    assertNotNull(PdfReportWriter.template());
  }

  @Test
  void everyTemplateCompiles(@TempDir Path tmp) throws Exception {
    Path src = Path.of("src/main/jasperreports");
    List<Path> compiled = TemplateCompiler.compileAll(src, tmp);
    assertTrue(compiled.size() >= 1);
    for (Path p : compiled) {
      assertTrue(Files.size(p) > 0, p.toString());
    }
  }

  @Test
  void cyrillicPdfHasCyrillicTextSerbianNumbersSymbolsAndEmbeddedFonts() throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(ReportKind.ANNUAL, Language.SR_CYRL, false))) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Идентификоване жртве према полу и узрасту"), "Cyrillic table title");
      assertTrue(text.contains("1.234"), "Serbian thousands separator");
      assertTrue(text.contains("x = поверљиво"), "footnote of the confidential symbol");
      assertTrue(text.contains("(x) = изостављено"), "footnote of the secondary symbol");
      assertTrue(text.contains("Страна 2 од"), "page numbers");
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " embedded");
          assertTrue(font.getName().contains("DejaVu"), font.getName());
        }
      }
    }
  }

  @Test
  void aTableLongerThanAPageRepeatsItsTitleAndHeadingsOnEveryPage() throws Exception {
    List<ReportRow> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(new ReportRow("Line " + i, i == 1, List.of(ReportCell.of(java.math.BigDecimal.valueOf(i), 0))));
    }
    ReportTable long1 = new ReportTable("T99", "A long table", "Persons", "Police administration",
        List.of(new ColumnHeading("", "Total")), rows, List.of(), null);
    Report r = new Report(ReportKind.GRETA, Language.EN, "Test", "2025", false, List.of(long1), List.of(),
        java.util.Map.of(), Fixtures.provenance());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(r, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertTrue(doc.getNumberOfPages() >= 4, "cover and at least three pages of table");
      for (int p = 2; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(p);
        s.setEndPage(p);
        String text = s.getText(doc);
        assertTrue(text.contains("T99. A long table"), "title on page " + p);
        assertTrue(text.contains("Police administration"), "row heading on page " + p);
      }
      assertTrue(new PDFTextStripper().getText(doc).contains("Line 120"));
    }
  }

  @Test
  void englishPdfFormatsNumbersTheEnglishWayAndInternalSaysSoOnEveryPage() throws Exception {
    try (PDDocument doc = Loader.loadPDF(render(ReportKind.GRETA, Language.EN, true))) {
      assertTrue(new PDFTextStripper().getText(doc).contains("1,234"));
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(p);
        s.setEndPage(p);
        assertTrue(s.getText(doc).contains("INTERNAL – NOT FOR PUBLICATION"), "page " + p);
      }
    }
  }
}
