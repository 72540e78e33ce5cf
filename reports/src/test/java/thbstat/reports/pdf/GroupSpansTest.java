package thbstat.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.api.Test;

/** The spanning headings the build step adds to the template, placed by the template's own columns. */
class GroupSpansTest {
  @Test
  void everyRunOfColumnsGetsAHeadingAsWideAsTheRun() throws Exception {
    JasperDesign design = JRXmlLoader.load(Path.of("src/main/jasperreports/tables.jrxml").toFile());
    // the numeric layout's 14 columns give 14 + 13 + … + 1 runs, the wide layout's 7 give 28
    assertEquals(105 + 28, GroupSpans.add(design));
    List<JRDesignTextField> spans = new ArrayList<>();
    for (JRGroup g : design.getGroups()) {
      for (JRBand band : g.getGroupHeaderSection().getBands()) {
        for (JRChild c : band.getChildren()) {
          if (c instanceof JRDesignTextField f && f.getPrintWhenExpression() != null
              && f.getPrintWhenExpression().getText().contains("$F{gl")) {
            spans.add(f);
          }
        }
      }
    }
    // numeric layout: columns of 41 points from 208; the run of columns 3 and 4, 2 points in at each end
    JRDesignTextField numeric = find(spans, "\"2\".equals($F{gl3})", 41);
    assertEquals(208 + 2 * 41 + 2, numeric.getX());
    assertEquals(2 * 41 - 4, numeric.getWidth());
    assertEquals("$F{g3}", numeric.getExpression().getText());
    // wide layout: six columns of 62 points from 208, then one of 202; columns 3 to 5 (a year's
    // target, actual and status in the Action Plan table)
    JRDesignTextField wide = find(spans, "\"3\".equals($F{gl3})", 62);
    assertEquals(208 + 2 * 62 + 2, wide.getX());
    assertEquals(3 * 62 - 4, wide.getWidth());
    assertTrue(design.getFieldsMap().containsKey("gl14"));
  }

  /** The span printed when {@code when}, in the layout whose first column is {@code columnWidth} wide. */
  private static JRDesignTextField find(List<JRDesignTextField> spans, String when, int columnWidth) {
    return spans.stream()
        .filter(f -> f.getPrintWhenExpression().getText().equals(when))
        .filter(f -> columnWidth == 41 ? f.getWidth() % 41 == 37 : f.getWidth() % 62 == 58)
        .findFirst().orElseThrow();
  }
}
