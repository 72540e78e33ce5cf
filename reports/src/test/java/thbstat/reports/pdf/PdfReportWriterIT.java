package thbstat.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  private static String text(Report report) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(report, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertFontsEmbedded(doc);
      return new PDFTextStripper().getText(doc);
    }
  }

  private static void assertFontsEmbedded(PDDocument doc) throws Exception {
    for (PDPage page : doc.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertTrue(font.isEmbedded(), font.getName() + " embedded");
        assertTrue(font.getName().contains("DejaVu"), font.getName());
      }
    }
  }

  @Test
  void quarterlyBulletinInCyrillicHasTheQuartersAndTheChangeWithASerbianComma() throws Exception {
    String t = text(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
        .build(ReportKind.QUARTERLY, Language.SR_CYRL, false, Fixtures.provenance()));
    assertTrue(t.contains("Тромесечни билтен о трговини људима"), "Cyrillic title");
    assertTrue(t.contains("Идентификоване жртве 40 50 25,0"), "40 → 50 is +25,0 %:\n" + t);
    // the quarter as a reader writes it (the heading may wrap in its column)
    assertTrue(t.replaceAll("\\s+", " ").contains("III тромесечје 2023."), "first of the eight quarters:\n" + t);
    assertTrue(t.contains(": = није доступно"), "footnote of the missing quarter");
    assertTrue(t.contains("Полиција 9 12"), "referrals by the police");
    assertTrue(t.contains("C1. Кључни подаци у последњих осам тромесечја"), "chart caption");
    // the PDF draws the symbol of the missing quarter where its bars would be, and says so
    assertTrue(t.replaceAll("\\s+", " ").contains("на месту стубића стоји тај знак."), "chart note:\n" + t);
    // under the chart, whose records it draws: the headline's two institutions
    assertTrue(t.replaceAll("\\s+", " ").contains("тај знак. Извор: Центар за заштиту жртава трговине људима"),
        "chart source:\n" + t);
  }

  @Test
  void actionPlanPdfPrintsStatusAndTheRule() throws Exception {
    String t = text(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance()));
    assertTrue(t.contains("2023 66 75 70 at risk 10"), "identified victims:\n" + t);
    assertTrue(t.contains("off track"));
    assertTrue(t.contains("Status: on track = the actual value is at or beyond"));
  }

  @Test
  void annualPdfHasNumberedContentsChartsMethodologyAndAnnex() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance()), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      PDFTextStripper contents = new PDFTextStripper();
      contents.setStartPage(2);
      contents.setEndPage(3); // 31 tables: the contents run over two pages
      String toc = contents.getText(doc);
      assertTrue(toc.startsWith("Annual report") || toc.contains("Contents"), toc);
      java.util.regex.Matcher methodology = java.util.regex.Pattern.compile("Methodology (\\d+)").matcher(toc);
      assertTrue(methodology.find(), toc);
      int page = Integer.parseInt(methodology.group(1));
      PDFTextStripper there = new PDFTextStripper();
      there.setStartPage(page);
      there.setEndPage(page);
      assertTrue(there.getText(doc).contains("Sources. The figures are computed"), "methodology on page " + page);
      String all = new PDFTextStripper().getText(doc);
      assertTrue(all.contains("C2. Criminal-justice funnel"));
      assertTrue(all.contains("D1. Annex – data quality: input rows read, accepted and quarantined"));
      assertTrue(all.contains("Total 150 147 3 2.0"), all);
    }
  }

  @Test
  void eurostatPdfHasTheDatasetsWithTheYearsAcross() throws Exception {
    String t = text(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.eurostat(false))
        .build(ReportKind.EUROSTAT, Language.SR_LATN, false, Fixtures.provenance()));
    assertTrue(t.contains("crim_thb_vict: registrovane žrtve prema polu"));
    assertTrue(t.contains("2023 2024 2025"));
    assertTrue(t.contains("Ženski 50 : 61"), t);
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
      assertTrue(text.contains("x = поверљиво: изостављено ради заштите поверљивости"), "footnote of the symbol");
      assertFalse(text.contains("(x) ="), "one symbol for primary and secondary suppression");
      assertTrue(text.contains("Језик: српски (ћирилица)"), "the language in words, in its script");
      assertFalse(text.contains("sr-Cyrl"), "no Latin language tag in a Cyrillic report");
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
      assertTrue(doc.getNumberOfPages() >= 5, "cover, contents and at least three pages of table");
      PDFTextStripper toc = new PDFTextStripper();
      toc.setStartPage(2);
      toc.setEndPage(2);
      assertTrue(toc.getText(doc).contains("T99. A long table 3"), "contents: the table starts on page 3");
      for (int p = 3; p <= doc.getNumberOfPages(); p++) {
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

  /**
   * Millions of rows (the data-quality annex of a large extract) print whole: "2.506.914" in a
   * 41-point column was cut to "2.506.91". A block of few columns takes the wider columns; one of
   * many shrinks the figure's font.
   */
  @Test
  void figuresOfMillionsPrintWholeInFewColumnsAndInMany() throws Exception {
    for (int columns : List.of(6, 14)) {
      List<ColumnHeading> headings = new java.util.ArrayList<>();
      for (int c = 0; c < columns; c++) {
        headings.add(new ColumnHeading("", "C" + c));
      }
      List<ReportRow> rows = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        List<ReportCell> cells = new java.util.ArrayList<>();
        for (int c = 0; c < columns; c++) {
          cells.add(ReportCell.of(java.math.BigDecimal.valueOf(i == 0 ? 123_456_789 + c : 2_506_914 + c), 0));
        }
        rows.add(new ReportRow(i == 0 ? "Total" : "Line " + i, i == 0, cells));
      }
      ReportTable big = new ReportTable("T98", "Rows read", "Rows", "Table",
          headings, rows, List.of(), null);
      for (Language language : List.of(Language.SR_LATN, Language.EN)) {
        Report r = new Report(ReportKind.GRETA, language, "Test", "2025", false, List.of(big), List.of(),
            java.util.Map.of(), Fixtures.provenance());
        String text = text(r);
        String sep = language == Language.EN ? "," : ".";
        for (int c = 0; c < columns; c++) {
          for (String figure : List.of("123" + sep + "456" + sep + (789 + c), "2" + sep + "506" + sep + (914 + c))) {
            assertTrue(text.contains(figure), columns + " columns, " + language + ": " + figure + " in " + text);
          }
        }
      }
    }
  }

  @Test
  void theCoverSaysHowRecentTheDataAre() throws Exception {
    thbstat.reports.model.DataQuality dq = Fixtures.dataQuality();
    String t = text(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), new thbstat.reports.model.DataQuality(
        dq.tables(), dq.unknownShares(), dq.warnings(), "2025-12"))
        .build(ReportKind.EUROSTAT, Language.SR_CYRL, false, Fixtures.provenance()));
    assertTrue(t.contains("Најкаснији запис у изводу (до дана обраде): децембар 2025."), t);
    // each table names who keeps its records
    assertTrue(t.contains("Извор: Центар за заштиту жртава трговине људима"), t);
  }

  @Test
  void actionPlanPdfAlignsFiguresRightAndWordsLeft() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance()), out);
    // each word printed on the identified victims' line, with its left and right edge in points
    java.util.Map<String, float[]> edges = new java.util.HashMap<>();
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
          if (positions.isEmpty() || !text.matches("2023|66|75|70|at risk")) {
            return;
          }
          org.apache.pdfbox.text.TextPosition last = positions.get(positions.size() - 1);
          edges.putIfAbsent(text, new float[] {positions.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()});
        }
      };
      s.getText(doc);
    }
    // the wide layout's columns start at 238, 300, 362, 424, 486 points (30 margin + 208, then 62 each)
    assertTrue(edges.get("2023")[0] < 245, "the baseline year is a word: left");
    assertTrue(edges.get("66")[1] > 345 && edges.get("66")[1] < 362, "the baseline value ends at its column's right");
    assertTrue(edges.get("75")[1] > 407 && edges.get("75")[1] < 424, "target");
    assertTrue(edges.get("70")[1] > 469 && edges.get("70")[1] < 486, "actual");
    assertTrue(edges.get("at risk")[0] < 493, "the status is a word: left");
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
