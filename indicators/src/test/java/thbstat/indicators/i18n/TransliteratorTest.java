package thbstat.indicators.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TransliteratorTest {
  private static String cyr(String latin) {
    return Transliterator.toCyrillic(latin);
  }

  @Test
  void digraphsBecomeOneLetter() {
    assertEquals("Љубљана", cyr("Ljubljana"));
    assertEquals("џеп", cyr("džep"));
    assertEquals("Џамија", cyr("Džamija"));
    assertEquals("Њемачка", cyr("Njemačka"));
    assertEquals("запошљавање", cyr("zapošljavanje"));
    assertEquals("ЉУДИ", cyr("LJUDI"));
    assertEquals("ЖРТВЕ", cyr("ŽRTVE"));
  }

  @Test
  void everyLetterHasItsPair() {
    assertEquals("Трговина људима: жртве, ђаци, ћерке, чланови, шума",
        cyr("Trgovina ljudima: žrtve, đaci, ćerke, članovi, šuma"));
  }

  @Test
  void codesNumbersAndBracesAreLeftAlone() {
    assertEquals("NON_EU", cyr("NON_EU"));
    assertEquals("SRB", cyr("SRB"));
    assertEquals("cc388", cyr("cc388"));
    assertEquals("Y_LT18", cyr("Y_LT18"));
    assertEquals("чл. 388 и GRETA, EU-27", cyr("čl. 388 i GRETA, EU-27"));
    assertEquals("GLOTIP откривене жртве", cyr("GLOTIP otkrivene žrtve"), "UNODC's report, six letters");
    assertEquals("жртве {count} у {period}", cyr("žrtve {count} u {period}"));
    assertEquals("100.000 становника", cyr("100.000 stanovnika"));
  }

  @Test
  void singleCapitalLettersAreWords() {
    assertEquals("У Србији", cyr("U Srbiji"));
    assertEquals("А", cyr("A"));
  }

  @Test
  void nullStaysNull() {
    assertNull(cyr(null));
  }
}
