package thbstat.indicators.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;

class ReferenceTest {
  @Test
  void aCodeReadsTheSameInEveryLanguageAndWordsOnlyInTheirOwn() {
    assertEquals(Optional.of("SDG 16.2.2"), new Reference("SDG", "16.2.2").in(Language.SR_CYRL));
    assertEquals(Optional.of("EUROSTAT crim_thb_vict"), new Reference("EUROSTAT", "crim_thb_vict").in(Language.SR_LATN));
    assertEquals(Optional.empty(), new Reference("GRETA", "sanctions imposed").in(Language.SR_LATN));
    assertEquals(Optional.empty(), new Reference("GRETA", "residence").in(Language.SR_LATN), "one word is no code");
    assertEquals(Optional.of("GRETA sanctions imposed"), new Reference("GRETA", "sanctions imposed").in(Language.EN));
  }
}
