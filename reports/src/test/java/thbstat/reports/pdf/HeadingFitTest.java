package thbstat.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingFitTest {
  @Test
  void shortHeadingsKeepTheTemplatesSize() {
    assertEquals("6.5", HeadingFit.size(List.of("Укупно", "Жене", "Мушкарци", "Total")));
  }

  @Test
  void aWordTooWideForTheColumnMakesTheHeadingsSmaller() {
    // DejaVu Sans is about 0.6 em a letter: 12 Cyrillic letters at 6.5 points pass 38 points
    assertNotEquals("6.5", HeadingFit.size(List.of("Трговина људима", "кријумчарење")));
  }

  @Test
  void aWordThatFitsAtNoSizeGetsTheSmallest() {
    assertEquals("5", HeadingFit.size(List.of("Недозвољенипрелаздржавнегранице")));
  }
}
