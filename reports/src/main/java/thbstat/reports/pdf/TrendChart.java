package thbstat.reports.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import thbstat.indicators.i18n.Language;
import thbstat.reports.model.ChartColours;
import thbstat.reports.model.ReportChart;

/**
 * The report's bar charts (the cover's trend of identified victims, and the body's charts), drawn
 * with the DejaVu font the PDF embeds so Cyrillic labels render.
 */
final class TrendChart {
  private static final int SCALE = 3;
  private static final Font FONT = loadFont();

  private TrendChart() {}

  /**
   * The cover's chart of {@code trend}, with {@code unit} above the plot and {@code source} under
   * it, as the template prints them around the body's charts.
   */
  static BufferedImage draw(Map<String, BigDecimal> trend, Language language, int width, int height, String unit,
      String source) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    trend.forEach((period, v) -> data.addValue(v, "victims", period));
    CategoryPlot plot = new CategoryPlot();
    plot.setDataset(data);
    plot.setDomainAxis(new org.jfree.chart.axis.CategoryAxis());
    NumberAxis range = new NumberAxis();
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    range.setUpperMargin(0.12);
    range.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(language.locale()));
    plot.setRangeAxis(range);
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new Color(ChartColours.rgb(0)));
    bars.setMaximumBarWidth(0.18);
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
        "{2}", java.text.NumberFormat.getIntegerInstance(language.locale())));
    plot.setRenderer(bars);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xC8, 0xC8, 0xC8));
    plot.setOutlineVisible(false);
    Font small = FONT.deriveFont(9f);
    plot.getDomainAxis().setTickLabelFont(small);
    range.setTickLabelFont(small);
    bars.setDefaultItemLabelFont(small);
    JFreeChart chart = new JFreeChart(null, small, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    Color grey = new Color(0x40, 0x40, 0x40);
    chart.addSubtitle(line(unit, FONT.deriveFont(Font.ITALIC, 7f), grey, org.jfree.chart.ui.RectangleEdge.TOP));
    chart.addSubtitle(line(source, FONT.deriveFont(6.5f), grey, org.jfree.chart.ui.RectangleEdge.BOTTOM));
    return image(chart, width, height);
  }

  /** A chart of the report body: one colour per series, a legend when there are several. */
  static BufferedImage draw(ReportChart chart, Language language, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    chart.series().forEach((name, values) -> {
      for (int i = 0; i < values.size(); i++) {
        // a protected or missing value: a bar of 0 whose label is the table's symbol
        BigDecimal v = values.get(i) == null && chart.mark(name, i) != null ? BigDecimal.ZERO : values.get(i);
        data.addValue(v, name, chart.categories().get(i));
      }
    });
    boolean horizontal = chart.style() == ReportChart.Style.HORIZONTAL_BARS;
    CategoryPlot plot = new CategoryPlot();
    plot.setDataset(data);
    org.jfree.chart.axis.CategoryAxis categories = new org.jfree.chart.axis.CategoryAxis();
    categories.setMaximumCategoryLabelLines(4);
    categories.setCategoryMargin(0.15);
    plot.setDomainAxis(categories);
    NumberAxis range = new NumberAxis();
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    range.setUpperMargin(0.12);
    range.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(language.locale()));
    plot.setRangeAxis(range);
    java.util.List<String> seriesNames = java.util.List.copyOf(chart.series().keySet());
    BarRenderer bars = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public org.jfree.chart.labels.ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
        // a symbol (x, :) stays level whatever the figures do: ':' on its side reads as '..'
        boolean mark = chart.series().get(seriesNames.get(row)).get(column) == null;
        return mark ? new org.jfree.chart.labels.ItemLabelPosition() : super.getPositiveItemLabelPosition(row, column);
      }
    };
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setItemMargin(0.03);
    for (int i = 0; i < chart.series().size(); i++) {
      bars.setSeriesPaint(i, new Color(ChartColours.rgb(i)));
    }
    bars.setMaximumBarWidth(horizontal ? 0.25 : 0.12);
    bars.setDefaultItemLabelsVisible(true);
    java.text.NumberFormat integers = java.text.NumberFormat.getIntegerInstance(language.locale());
    java.util.List<String> names = java.util.List.copyOf(chart.series().keySet());
    bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}", integers) {
      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
        String name = names.get(row);
        String mark = chart.series().get(name).get(column) == null ? chart.mark(name, column) : null;
        return mark != null ? mark : super.generateLabel(dataset, row, column);
      }
    });
    if (horizontal) {
      // the figure after the end of its bar, where a vertical bar has it on top
      bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
          org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
    } else if (uprightLabels(chart, language, width)) {
      // figures wider than their bars (thousands in six series) would run into each other: upright
      bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
          org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12, org.jfree.chart.ui.TextAnchor.CENTER_LEFT,
          org.jfree.chart.ui.TextAnchor.CENTER_LEFT, -Math.PI / 2));
      range.setUpperMargin(0.3);
    }
    plot.setRenderer(bars);
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xC8, 0xC8, 0xC8));
    plot.setOutlineVisible(false);
    Font small = FONT.deriveFont(8f);
    categories.setTickLabelFont(small);
    range.setTickLabelFont(small);
    bars.setDefaultItemLabelFont(small);
    boolean legend = chart.series().size() > 1;
    JFreeChart jf = new JFreeChart(null, small, plot, legend);
    if (legend) {
      jf.getLegend().setItemFont(small);
      jf.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    jf.setBackgroundPaint(Color.WHITE);
    return image(jf, width, height);
  }

  /** The chart drawn {@code width} by {@code height} points, at {@link #SCALE} pixels a point. */
  private static BufferedImage image(JFreeChart chart, int width, int height) {
    BufferedImage img = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.scale(SCALE, SCALE);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    return img;
  }

  /**
   * Whether the figures over the bars of a vertical chart {@code width} points wide stand upright:
   * when the widest of them is wider than a bar, they would run into their neighbours' level.
   */
  static boolean uprightLabels(ReportChart chart, Language language, int width) {
    return chart.style() != ReportChart.Style.HORIZONTAL_BARS && widestLabel(chart,
        java.text.NumberFormat.getIntegerInstance(language.locale()), FONT.deriveFont(8f)) > barWidth(chart, width);
  }

  /** The width of the widest figure or symbol the bars carry, in points. */
  private static double widestLabel(ReportChart chart, java.text.NumberFormat integers, Font font) {
    java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);
    double widest = 0;
    for (Map.Entry<String, java.util.List<BigDecimal>> series : chart.series().entrySet()) {
      for (int i = 0; i < series.getValue().size(); i++) {
        BigDecimal v = series.getValue().get(i);
        String label = v == null ? chart.mark(series.getKey(), i) : integers.format(v);
        if (label != null) {
          widest = Math.max(widest, font.getStringBounds(label, context).getWidth());
        }
      }
    }
    return widest;
  }

  /**
   * About how wide one bar is in a vertical chart {@code width} points wide: the plot less its axis,
   * less the margins between categories, shared by every series of every category.
   */
  private static double barWidth(ReportChart chart, int width) {
    int bars = Math.max(1, chart.categories().size() * chart.series().size());
    return (width - 60) * (1 - 0.15 - 0.1) / bars;
  }

  /** A line of text across the chart, left-aligned, wrapped at its width. */
  private static org.jfree.chart.title.TextTitle line(String text, Font font, Color colour,
      org.jfree.chart.ui.RectangleEdge edge) {
    org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(text, font);
    t.setPaint(colour);
    t.setPosition(edge);
    t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    t.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    t.setPadding(2, 0, 2, 0);
    return t;
  }

  private static Font loadFont() {
    try (InputStream in = TrendChart.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
      if (in == null) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 9);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      return new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    }
  }
}
