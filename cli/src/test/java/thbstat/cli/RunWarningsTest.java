package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;

class RunWarningsTest {
  @Test
  void aRateWhosePopulationLacksTheYearIsNamed() {
    Catalogue catalogue = CatalogueLoader.load(CatalogueLocator.locate(null));
    // the catalogue's population has figures for 2015–2025
    assertEquals(List.of(), RunCommand.missingPopulations(catalogue, Period.parse("2025-Q3")));
    assertEquals(List.of("VIC_IDENTIFIED_RATE is not computed: population SRB_POPULATION has no figure for 2026 in"
        + " indicators.yaml (by_year)"), RunCommand.missingPopulations(catalogue, Period.parse("2026")));
  }
}
