package thbstat.reports.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of every workbook, made once per workbook (Excel limits their number). */
final class ExcelStyles {
  final CellStyle title;
  final CellStyle subtitle;
  final CellStyle banner;
  final CellStyle heading;
  final CellStyle headingLeft;
  final CellStyle label;
  final CellStyle labelTotal;
  /** By decimals shown: 0, 1 or 2. */
  final CellStyle[] number = new CellStyle[3];
  final CellStyle[] numberTotal = new CellStyle[3];
  /** A year: an integer without a thousands separator. */
  final CellStyle year;
  final CellStyle symbol;
  final CellStyle symbolTotal;
  final CellStyle note;
  final CellStyle wrap;
  /** A long footnote, wrapped over the width of its table. */
  final CellStyle noteWrap;
  final CellStyle link;

  ExcelStyles(Workbook wb) {
    Font bold = font(wb, true, 10, IndexedColors.BLACK);
    Font regular = font(wb, false, 10, IndexedColors.BLACK);
    title = wb.createCellStyle();
    title.setFont(font(wb, true, 13, IndexedColors.BLACK));
    subtitle = wb.createCellStyle();
    Font italic = font(wb, false, 9, IndexedColors.GREY_80_PERCENT);
    italic.setItalic(true);
    subtitle.setFont(italic);
    banner = wb.createCellStyle();
    banner.setFont(font(wb, true, 11, IndexedColors.RED));
    heading = wb.createCellStyle();
    heading.setFont(bold);
    heading.setAlignment(HorizontalAlignment.CENTER);
    heading.setVerticalAlignment(VerticalAlignment.CENTER);
    heading.setWrapText(true);
    heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    heading.setBorderBottom(BorderStyle.THIN);
    heading.setBorderTop(BorderStyle.THIN);
    heading.setBorderLeft(BorderStyle.THIN);
    heading.setBorderRight(BorderStyle.THIN);
    headingLeft = wb.createCellStyle();
    headingLeft.cloneStyleFrom(heading);
    headingLeft.setAlignment(HorizontalAlignment.LEFT);
    label = wb.createCellStyle();
    label.setFont(regular);
    label.setIndention((short) 1);
    labelTotal = wb.createCellStyle();
    labelTotal.setFont(bold);
    for (int d = 0; d < number.length; d++) {
      String format = d == 0 ? "#,##0" : "#,##0." + "0".repeat(d);
      number[d] = wb.createCellStyle();
      number[d].setFont(regular);
      number[d].setDataFormat(wb.createDataFormat().getFormat(format));
      numberTotal[d] = wb.createCellStyle();
      numberTotal[d].setFont(bold);
      numberTotal[d].setDataFormat(wb.createDataFormat().getFormat(format));
    }
    year = wb.createCellStyle();
    year.setFont(regular);
    year.setDataFormat(wb.createDataFormat().getFormat("0"));
    symbol = wb.createCellStyle();
    symbol.setFont(regular);
    symbol.setAlignment(HorizontalAlignment.RIGHT);
    symbolTotal = wb.createCellStyle();
    symbolTotal.setFont(bold);
    symbolTotal.setAlignment(HorizontalAlignment.RIGHT);
    note = wb.createCellStyle();
    note.setFont(font(wb, false, 9, IndexedColors.BLACK));
    noteWrap = wb.createCellStyle();
    noteWrap.setFont(font(wb, false, 9, IndexedColors.BLACK));
    noteWrap.setWrapText(true);
    noteWrap.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = wb.createCellStyle();
    wrap.setFont(regular);
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    link = wb.createCellStyle();
    Font l = font(wb, false, 10, IndexedColors.BLUE);
    l.setUnderline(Font.U_SINGLE);
    link.setFont(l);
  }

  private static Font font(Workbook wb, boolean bold, int points, IndexedColors color) {
    Font f = wb.createFont();
    f.setFontName("Arial");
    f.setBold(bold);
    f.setFontHeightInPoints((short) points);
    f.setColor(color.getIndex());
    return f;
  }
}
