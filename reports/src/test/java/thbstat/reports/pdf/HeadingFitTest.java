package thbstat.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void figuresUpToSixDigitsFitTheNarrowColumnAndMillionsTheMediumOne() {
    // bold DejaVu Sans digits are about 0.7 em: 5.2 points at 7.5, so 7 digits and 2 marks take 42
    assertTrue(HeadingFit.figuresFit(List.of("999.999", "999,999", "x", ":"), HeadingFit.WIDTH));
    assertFalse(HeadingFit.figuresFit(List.of("12", "1.000.000"), HeadingFit.WIDTH));
    assertFalse(HeadingFit.figuresFit(List.of("2,506,914"), HeadingFit.WIDTH));
    assertTrue(HeadingFit.figuresFit(List.of("2.506.914", "99.999.999"), HeadingFit.MEDIUM));
  }

  @Test
  void aWordThatFitsAtNoSizeGetsTheSmallest() {
    assertEquals("5", HeadingFit.size(List.of("Недозвољенипрелаздржавнегранице")));
  }

  @Test
  void aWordTooWideAtTheSmallestSizeIsHyphenatedAtASyllable() {
    // GRETA T18's topics in Cyrillic: 38 points hold about 12 letters at 5 points
    String identification = HeadingFit.hyphenated("Идентификација жртава", "5");
    assertEquals("Идентифика-\nција жртава", identification);
    assertEquals("Радна експлоатаци-\nја", HeadingFit.hyphenated("Радна експлоатација", "5"));
    assertEquals("Укупно", HeadingFit.hyphenated("Укупно", "5"), "a word that fits is kept");
    // a compound breaks after its own hyphen, not inside one of its parts ("Technology-fa-|cilitated")
    assertEquals("Technology-\nfacilitated trafficking", HeadingFit.hyphenated("Technology-facilitated trafficking", "5"));
    assertEquals("Trafficking for forced labour", HeadingFit.hyphenated("Trafficking for forced labour", "6.5"));
    // no vowel to break after: between two consonants; none of either: where it fits
    String consonants = HeadingFit.hyphenated("бкстрмнпрсткмнпрст", "5");
    assertTrue(consonants.matches("[^-]+-\n[^-]+"), consonants);
    assertEquals("Holding in slavery (CC Art.\u00a0390)", HeadingFit.hyphenated("Holding in slavery (CC Art. 390)", "6.5"),
        "an article's number stays with it");
    assertEquals("Трговина људима (чл.\u00a0388 КЗ)", HeadingFit.hyphenated("Трговина људима (чл. 388 КЗ)", "6.5"));
    // a row label keeps the whole reference together: "(чл. / 389 КЗ)" read badly in T12–T14 in Cyrillic
    assertEquals("Трговина малолетним лицима ради усвојења (чл.\u00a0389\u00a0КЗ)",
        HeadingFit.tiedLabel("Трговина малолетним лицима ради усвојења (чл. 389 КЗ)"));
    assertEquals("KZ 2005 (čl.\u00a0390\u00a0KZ)", HeadingFit.tiedLabel("KZ 2005 (čl. 390 KZ)"), "after a number only");
    for (String line : HeadingFit.hyphenated("Недозвољенипрелаздржавнегранице", "5").split("\n")) {
      assertTrue(line.length() <= 13, line);
    }
  }
}
