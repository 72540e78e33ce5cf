package thbstat.reports.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * The numeric layout with fewer, wider columns. The template's numeric tables have 14 columns of
 * 41 points, so a table of eight columns (trainings by topic) shrank its headings to 5 points and
 * left a third of the page empty. This build step copies the numeric heading, row and total
 * bands with their first {@link #COLUMNS} columns {@link #WIDTH} points wide, printed when
 * {@code $F{medium}} is set; {@link PdfRows} sets it for a block of at most that many columns whose
 * headings would not fit the narrow ones at the template's size.
 */
final class MediumLayout {
  /** Columns of the medium layout: they fill the width the 14 narrow ones take (574 points). */
  static final int COLUMNS = 9;
  static final int WIDTH = 63;
  /** Where the value columns start, and the narrow layout's column width. */
  private static final int FIRST_X = 208;
  private static final int NARROW = 41;

  private MediumLayout() {}

  /** Adds the medium copy of each numeric band; returns how many bands were copied. */
  static int add(JasperDesign design) {
    int copied = 0;
    List<JRDesignSection> sections = new ArrayList<>();
    for (JRGroup g : design.getGroups()) {
      sections.add((JRDesignSection) g.getGroupHeaderSection());
    }
    sections.add((JRDesignSection) design.getDetailSection());
    for (JRDesignSection section : sections) {
      List<JRBand> bands = new ArrayList<>(section.getBandsList());
      for (JRBand b : bands) {
        JRDesignBand band = (JRDesignBand) b;
        if (!numeric(band)) {
          continue;
        }
        String when = band.getPrintWhenExpression().getText();
        JRDesignBand medium = (JRDesignBand) band.clone();
        band.setPrintWhenExpression(new JRDesignExpression("(" + when + ") && $F{medium} == null"));
        medium.setPrintWhenExpression(new JRDesignExpression("(" + when + ") && $F{medium} != null"));
        for (JRChild child : new ArrayList<>(medium.getChildren())) {
          JRDesignElement e = (JRDesignElement) child;
          e.setUUID(UUID.nameUUIDFromBytes(("medium " + e.getUUID()).getBytes(StandardCharsets.UTF_8)));
          if (e.getX() < FIRST_X) {
            continue;
          }
          int column = (e.getX() - FIRST_X) / NARROW;
          if (column >= COLUMNS) {
            medium.removeElement(e);
          } else {
            e.setX(FIRST_X + column * WIDTH);
            e.setWidth(WIDTH);
          }
        }
        section.addBand(section.getBandsList().indexOf(band) + 1, medium);
        copied++;
      }
    }
    JRDesignField f = new JRDesignField();
    f.setName("medium");
    f.setValueClass(String.class);
    if (!design.getFieldsMap().containsKey("medium")) {
      try {
        design.addField(f);
      } catch (net.sf.jasperreports.engine.JRException e) {
        throw new IllegalStateException(e);
      }
    }
    return copied;
  }

  /** A band of the numeric layout: value columns of the narrow width from {@link #FIRST_X}, 14 of them. */
  private static boolean numeric(JRDesignBand band) {
    if (band.getPrintWhenExpression() == null) {
      return false;
    }
    int columns = 0;
    for (JRChild child : band.getChildren()) {
      if (child instanceof JRDesignElement e && e.getX() >= FIRST_X && e.getWidth() == NARROW
          && (e.getX() - FIRST_X) % NARROW == 0) {
        columns = Math.max(columns, (e.getX() - FIRST_X) / NARROW + 1);
      }
    }
    return columns == 14;
  }
}
