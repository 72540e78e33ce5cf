package thbstat.reports.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import java.util.regex.Pattern;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.i18n.Language;

class MessagesTest {
  @Test
  void everyColumnOfTheExtractHasASerbianName() {
    Messages latin = new Messages(Language.SR_LATN);
    for (ExtractTable t : Extract.TABLES) {
      for (ExtractColumn c : t.columns()) {
        assertNotEquals(c.name(), latin.column(c.name()), t.name() + "." + c.name());
      }
    }
  }

  @Test
  void aColumnKeepsItsFileNameBesideTheSerbianOne() {
    assertEquals("decision_date", new Messages(Language.EN).column("decision_date"));
    assertEquals("datum odluke (decision_date)", new Messages(Language.SR_LATN).column("decision_date"));
    assertEquals("датум одлуке (decision_date)", new Messages(Language.SR_CYRL).column("decision_date"));
    assertEquals("notes", new Messages(Language.SR_LATN).column("notes"), "not a column of the contract");
  }

  /** Serbian quotes open low („) and close with “ (U+201C), not with the English closing ” (U+201D). */
  @Test
  void serbianQuotationMarksCloseWithTheLeftDoubleQuote() throws Exception {
    Pattern wrong = Pattern.compile("„[^“”]*”");
    for (Language l : new Language[] {Language.SR_LATN, Language.SR_CYRL}) {
      Messages m = new Messages(l);
      for (String key : Messages.keys()) {
        assertFalse(wrong.matcher(m.get(key)).find(), key + ": " + m.get(key));
      }
    }
    assertEquals("Lice se može računati u više kategorija „{dim}“, pa zbir kategorija može biti veći od ukupnog broja.",
        new Messages(Language.SR_LATN).get("note.multi"));
    String catalogue = Files.readString(CatalogueLocator.locate(null));
    assertFalse(wrong.matcher(catalogue).find(), "indicators.yaml");
  }
}
