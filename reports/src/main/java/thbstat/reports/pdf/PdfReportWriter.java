package thbstat.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import thbstat.reports.i18n.Messages;
import thbstat.reports.i18n.NumberStyle;
import thbstat.reports.model.Report;

/**
 * Writes a report as PDF with the {@code tables} template, compiled at build time and shipped as
 * {@code tables.jasper}; the DejaVu fonts of the JasperReports font extension are embedded.
 */
public final class PdfReportWriter {
  static final String TEMPLATE = "tables.jasper";
  /** The key of the group title element in the template, found again to number the contents. */
  static final String TITLE_KEY = "groupTitle";
  private static final int CHART_WIDTH = 372;
  private static final int CHART_HEIGHT = 220;
  private static JasperReport template;

  public void write(Report report, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out);
    }
  }

  public void write(Report report, OutputStream out) throws IOException {
    try {
      Map<String, Object> params = parameters(report);
      Map<String, java.awt.Image> drawn = new HashMap<>();
      JasperPrint print = JasperFillManager.fillReport(template(), new HashMap<>(params),
          new JRMapCollectionDataSource(PdfRows.of(report, Map.of(), drawn)));
      if (PdfRows.hasContents(report)) {
        // the contents list has the same lines either way, so a second fill moves nothing
        print = JasperFillManager.fillReport(template(), new HashMap<>(params),
            new JRMapCollectionDataSource(PdfRows.of(report, startPages(print), drawn)));
      }
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
      config.setMetadataTitle(report.title() + " " + report.period());
      config.setMetadataAuthor("thbstat " + report.provenance().engineVersion());
      config.setTagLanguage(report.language().tag());
      exporter.setConfiguration(config);
      exporter.exportReport();
    } catch (JRException e) {
      throw new IOException("PDF of " + report.kind().id() + " (" + report.language().tag() + "): " + e.getMessage(), e);
    }
  }

  /** The page on which each group title is first printed (1 = the cover). */
  static Map<String, Integer> startPages(JasperPrint print) {
    Map<String, Integer> pages = new HashMap<>();
    List<JRPrintPage> all = print.getPages();
    for (int i = 0; i < all.size(); i++) {
      for (JRPrintElement e : all.get(i).getElements()) {
        if (TITLE_KEY.equals(e.getKey()) && e instanceof JRPrintText t && t.getFullText() != null) {
          pages.putIfAbsent(t.getFullText(), i + 1);
        }
      }
    }
    return pages;
  }

  /** The compiled template from the jar; loaded once. */
  static synchronized JasperReport template() throws JRException {
    if (template == null) {
      try (InputStream in = PdfReportWriter.class.getResourceAsStream(TEMPLATE)) {
        if (in == null) {
          throw new JRException(TEMPLATE + " is not on the class path: the build compiles it from tables.jrxml");
        }
        template = (JasperReport) JRLoader.loadObject(in);
      } catch (IOException e) {
        throw new JRException(e);
      }
    }
    return template;
  }

  private static Map<String, Object> parameters(Report r) {
    Messages m = new Messages(r.language());
    NumberStyle ns = new NumberStyle(r.language());
    Map<String, Object> p = new HashMap<>();
    p.put("REPORT_TITLE", r.title());
    p.put("PERIOD_LINE", m.get("period") + ": " + r.period());
    p.put("PUBLISHER", m.get("publisher"));
    p.put("INTERNAL_BANNER", r.internal() ? m.get("internal") : null);
    p.put("PAGE_LABEL", m.get("page"));
    p.put("OF_LABEL", m.get("of"));
    p.put("SOURCE_LINE", m.get("source") + ": " + m.get("source.value"));
    StringBuilder info = new StringBuilder();
    info.append(m.get("generated")).append(": ").append(ns.dateTime(r.provenance().generated())).append('\n');
    if (r.provenance().latestMonth() != null) {
      info.append(m.get("dq.latest")).append(": ")
          .append(ns.month(java.time.YearMonth.parse(r.provenance().latestMonth()))).append('\n');
    }
    info.append(m.get("engine")).append(": ").append(r.provenance().engineVersion()).append('\n');
    info.append(m.get("language")).append(": ").append(m.get("language.value")).append('\n');
    if (!r.internal()) {
      info.append(m.get("note.public"));
    }
    p.put("COVER_INFO", info.toString());
    StringBuilder prov = new StringBuilder(m.get("provenance")).append('\n');
    prov.append(m.get("catalogue")).append(": ").append(r.provenance().catalogueSha256()).append('\n');
    r.provenance().dataFile().forEach((k, v) -> prov.append(m.get("data")).append(' ').append(k).append(": ")
        .append(v).append('\n'));
    new TreeMap<>(r.provenance().inputs()).forEach((k, v) -> prov.append(m.get("input")).append(' ').append(k)
        .append(": ").append(v).append('\n'));
    p.put("PROVENANCE", prov.toString().strip());
    if (!r.trend().isEmpty()) {
      p.put("CHART_TITLE", m.get("chart.victims"));
      // the template has no lines of its own around the cover's chart: the picture carries them
      String source = m.get("source") + ": " + (r.trendSource() != null ? r.trendSource() : m.get("source.value"));
      p.put("CHART", TrendChart.draw(r.trend(), r.language(), CHART_WIDTH, CHART_HEIGHT,
          m.get("unit") + ": " + m.unit("PS"), source));
    }
    p.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, r.language().locale());
    return p;
  }
}
