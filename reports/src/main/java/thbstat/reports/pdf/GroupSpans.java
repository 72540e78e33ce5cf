package thbstat.reports.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;

/**
 * Spanning headings (a year over its columns, "Baseline" over the baseline's year and value) as
 * wide as the run of columns they head. A JasperReports element has a fixed width, so the
 * template gives each column a cell {@code $F{gN}} for the heading row, and this build step turns
 * those cells into the row's blank background and adds, for every column N and every run length
 * L that fits from it, an element over columns N to N+L-1 printed when {@code $F{glN}} is L:
 * centred, underlined, with a small gap between two runs' rules. {@link PdfRows} puts a run's
 * heading in {@code gN} of its first column and its length in {@code glN}.
 */
final class GroupSpans {
  /** Space between the rules of two neighbouring runs, in points, half on each side. */
  private static final int INSET = 2;
  private static final Pattern GROUP_CELL = Pattern.compile("\\$F\\{g(\\d+)}");

  private GroupSpans() {}

  /** Adds the spanning elements to every band of the design that has group cells; returns how many. */
  static int add(JasperDesign design) throws JRException {
    int added = 0;
    int maxColumn = 0;
    int bandNo = 0;
    for (JRGroup group : design.getGroups()) {
      for (JRBand band : group.getGroupHeaderSection().getBands()) {
        List<Cell> cells = groupCells((JRDesignBand) band);
        bandNo++;
        for (Cell c : cells) {
          // the cell stays as the row's background and top rule; the spans draw text and underline
          c.field.setExpression(new JRDesignExpression("\"\""));
          c.field.getLineBox().getBottomPen().setLineWidth(0f);
          maxColumn = Math.max(maxColumn, c.column);
        }
        for (int i = 0; i < cells.size(); i++) {
          Cell first = cells.get(i);
          for (int j = i; j < cells.size() && (j == i || adjacent(cells.get(j - 1), cells.get(j))); j++) {
            Cell last = cells.get(j);
            int length = j - i + 1;
            ((JRDesignBand) band).addElement(span(design, first, last, length, bandNo));
            added++;
          }
        }
      }
    }
    for (int n = 1; n <= maxColumn; n++) {
      if (!design.getFieldsMap().containsKey("gl" + n)) {
        JRDesignField f = new JRDesignField();
        f.setName("gl" + n);
        f.setValueClass(String.class);
        design.addField(f);
      }
    }
    return added;
  }

  private record Cell(int column, JRDesignTextField field) {}

  /** The band's heading-row cells {@code $F{gN}}, left to right. */
  private static List<Cell> groupCells(JRDesignBand band) {
    List<Cell> out = new ArrayList<>();
    for (JRChild child : band.getChildren()) {
      if (child instanceof JRDesignTextField f && f.getExpression() != null) {
        Matcher m = GROUP_CELL.matcher(f.getExpression().getText().trim());
        if (m.matches()) {
          out.add(new Cell(Integer.parseInt(m.group(1)), f));
        }
      }
    }
    out.sort(Comparator.comparingInt((Cell c) -> c.field.getX()));
    return out;
  }

  private static boolean adjacent(Cell left, Cell right) {
    return left.field.getX() + left.field.getWidth() == right.field.getX() && right.column == left.column + 1;
  }

  private static JRDesignTextField span(JasperDesign design, Cell first, Cell last, int length, int bandNo) {
    JRDesignTextField f = new JRDesignTextField(design); // the report's default style: its embedded font
    f.setUUID(UUID.nameUUIDFromBytes(("span " + bandNo + " " + first.column + " " + length)
        .getBytes(StandardCharsets.UTF_8)));
    f.setX(first.field.getX() + INSET);
    f.setY(first.field.getY());
    f.setWidth(last.field.getX() + last.field.getWidth() - first.field.getX() - 2 * INSET);
    f.setHeight(first.field.getHeight());
    f.setMode(ModeEnum.TRANSPARENT);
    f.setBold(true);
    f.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
    f.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
    f.setBlankWhenNull(true);
    f.setPrintWhenExpression(new JRDesignExpression("\"" + length + "\".equals($F{gl" + first.column + "})"));
    f.setExpression(new JRDesignExpression("$F{g" + first.column + "}"));
    f.getLineBox().getBottomPen().setLineWidth(0.5f);
    return f;
  }
}
