package thbstat.cli.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import thbstat.reports.model.ReportCell;

/** The cells of an Action Plan table as packs of the formats before 4 printed them. */
class PackFormatTest {
  @Test
  void aYearWasTextAndTheSerbianStatusesTheWordsOfThen() {
    assertEquals(ReportCell.text("2023"), Pack.cellBefore4(ReportCell.year(2023)));
    assertEquals(ReportCell.text("prema planu"), Pack.cellBefore4(ReportCell.text("u skladu s planom")));
    assertEquals(ReportCell.text("ugroženo"), Pack.cellBefore4(ReportCell.text("u riziku")));
    assertEquals(ReportCell.text("zaostaje"), Pack.cellBefore4(ReportCell.text("znatno zaostaje")));
    assertEquals(ReportCell.text("према плану"), Pack.cellBefore4(ReportCell.text("у складу с планом")));
    assertEquals(ReportCell.text("заостаје"), Pack.cellBefore4(ReportCell.text("знатно заостаје")));
    // English words, numbers and symbols were printed as they are now
    assertEquals(ReportCell.text("on track"), Pack.cellBefore4(ReportCell.text("on track")));
    assertEquals(ReportCell.of(BigDecimal.TEN, 0), Pack.cellBefore4(ReportCell.of(BigDecimal.TEN, 0)));
    assertEquals(ReportCell.symbol("x"), Pack.cellBefore4(ReportCell.symbol("x")));
  }
}
