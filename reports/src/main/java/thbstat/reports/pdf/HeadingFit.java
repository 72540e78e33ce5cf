package thbstat.reports.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.util.List;

/**
 * The font size of a numeric table's column headings in the PDF: the template's columns are 41
 * points wide (38 inside the padding), and JasperReports breaks a word that does not fit in the
 * middle ("Недозвољ|ени"). The largest of 6.5, 6, 5.5 and 5 points at which every word of the
 * headings fits, measured with the DejaVu Sans the PDF embeds; 5 when none does.
 */
final class HeadingFit {
  /** The width inside a heading cell of the numeric layout, in points. */
  static final double WIDTH = 38;
  private static final String[] SIZES = {"6.5", "6", "5.5", "5"};
  private static final Font FONT = load();
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private HeadingFit() {}

  static String size(List<String> headings) {
    if (FONT == null) {
      return SIZES[0];
    }
    for (String size : SIZES) {
      Font f = FONT.deriveFont(Float.parseFloat(size));
      boolean fits = true;
      for (String h : headings) {
        for (String word : (h == null ? "" : h).split("\\s+")) {
          if (!word.isEmpty() && f.getStringBounds(word, CONTEXT).getWidth() > WIDTH) {
            fits = false;
          }
        }
      }
      if (fits) {
        return size;
      }
    }
    return SIZES[SIZES.length - 1];
  }

  /** The DejaVu Sans of the JasperReports font extension, or null (then the template's size). */
  private static Font load() {
    try (InputStream in = HeadingFit.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
      return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (java.io.IOException | java.awt.FontFormatException e) {
      return null;
    }
  }
}
