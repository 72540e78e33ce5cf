package thbstat.reports.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

class IndicatorTableCsvReaderTest {
  @Test
  void readsBackWhatTheWriterWroteIncludingProtectedCellsAndQuotedCodes() throws Exception {
    IndicatorTable t = new IndicatorTable(List.of("SEX", "REGION"), List.of(
        new IndicatorCell("A", "2025", List.of("F", "_T"), new BigDecimal("12.5"), "PC", "F", 0),
        new IndicatorCell("A", "2025", List.of("M", "a,\"b\""), null, "PC", "C", 0),
        new IndicatorCell("B", "2025", List.of("_T", "_Z"), new BigDecimal("1234"), "PS", "F", 0)));
    StringWriter w = new StringWriter();
    IndicatorTableCsv.write(t, t.cells(), w);
    IndicatorTable back = IndicatorTableCsvReader.read(new StringReader(w.toString()), "t.csv");
    assertEquals(t.dimensions(), back.dimensions());
    assertEquals(3, back.cells().size());
    for (int i = 0; i < 3; i++) {
      IndicatorCell a = t.cells().get(i);
      IndicatorCell b = back.cells().get(i);
      assertEquals(a.indicator(), b.indicator());
      assertEquals(a.codes(), b.codes());
      assertEquals(a.formattedValue(), b.formattedValue());
      assertEquals(a.status(), b.status());
      assertEquals(a.unit(), b.unit());
    }
    assertNull(back.cells().get(1).value());
  }
}
