package thbstat.reports.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
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
}
