package thbstat.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;
import thbstat.reports.model.ReportChart;

/** The figures over a chart's bars stand upright only where they are wider than the bars. */
class TrendChartTest {
  /** The quarterly bulletin's C1: eight quarters of six series, every bar {@code value}. */
  private static ReportChart quarters(long value) {
    List<String> quarters = List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8");
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    for (int s = 0; s < 6; s++) {
      series.put("S" + s, quarters.stream().map(q -> BigDecimal.valueOf(value)).toList());
    }
    return new ReportChart("C1", "Headline figures", ReportChart.Style.BARS, quarters, series, "");
  }

  @Test
  void tensStayLevelAndThousandsStandUpright() {
    // a bar is about (782 - 60) x 0.75 / 48 = 11 points; "43" at 8 points is 10, "31,474" 30
    assertFalse(TrendChart.uprightLabels(quarters(43), Language.EN, PdfRows.CHART_WIDTH));
    assertTrue(TrendChart.uprightLabels(quarters(31_474), Language.EN, PdfRows.CHART_WIDTH));
    assertTrue(TrendChart.uprightLabels(quarters(31_474), Language.SR_CYRL, PdfRows.CHART_WIDTH));
  }

  @Test
  void fewSeriesHaveRoomForThousandsAndHorizontalBarsNeverTurn() {
    ReportChart forms = new ReportChart("C2", "Forms", ReportChart.Style.BARS, List.of("sexual", "labour"),
        Map.of("All ages", List.of(BigDecimal.valueOf(31_474), BigDecimal.valueOf(21_000))), "");
    assertFalse(TrendChart.uprightLabels(forms, Language.EN, PdfRows.CHART_WIDTH));
    ReportChart funnel = new ReportChart("C3", "Funnel", ReportChart.Style.HORIZONTAL_BARS,
        List.of("suspected", "prosecuted"), Map.of("Persons", List.of(BigDecimal.valueOf(123_456_789),
            BigDecimal.valueOf(57))), "");
    assertFalse(TrendChart.uprightLabels(funnel, Language.EN, PdfRows.CHART_WIDTH));
  }
}
