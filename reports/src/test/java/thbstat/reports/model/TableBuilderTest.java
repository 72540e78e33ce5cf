package thbstat.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.Fixtures;
import thbstat.reports.i18n.Messages;

/** What a public table's protected or empty cell is shown as. */
class TableBuilderTest {
  private final TableBuilder builder = new TableBuilder(Fixtures.CATALOGUE, new Messages(Language.EN));

  private static IndicatorCell cell(Indicator indicator, String offence, String status) {
    List<String> dims = Fixtures.CATALOGUE.outputDimensions();
    List<String> codes = new ArrayList<>();
    for (String d : dims) {
      codes.add(d.equals("OFFENCE") ? offence : indicator.dimensions().contains(d) ? "_T" : "_Z");
    }
    return new IndicatorCell(indicator.id(), "2025", codes, null, indicator.unit(), status, 0);
  }

  @Test
  void aTableLeavesOutTheCodesItsIndicatorsFilterRulesOut() {
    // persons suspected of trafficking: offence in cc388, cc389, cc390, so no row for CC Art. 350
    ReportTable t12 = builder.build(Fixtures.CATALOGUE.tables().stream()
        .filter(t -> t.id().startsWith("T12_")).findFirst().orElseThrow(), List.of("2025"), Map.of());
    assertEquals(List.of("Total", "Trafficking in human beings (CC Art. 388)",
        "Trafficking in minors for adoption (CC Art. 389)", "Establishing slavery relations and transporting persons in slavery (CC Art. 390)"),
        t12.rows().stream().map(ReportRow::label).toList());
    assertEquals(4, t12.columns().size(), "Total, female, male, unknown: the sex is not filtered");
    // foreign victims: citizenship not in SRB, XXX; Serbia (from SRB) goes, the catch-all and the
    // unknown code (also the code of an empty value) stay
    Indicator foreign = Fixtures.CATALOGUE.indicator("VIC_IDENTIFIED_FOREIGN").orElseThrow();
    assertEquals(java.util.Set.of("EU", "NON_EU", "_U"),
        TableLayout.reachable(Fixtures.CATALOGUE, Fixtures.CATALOGUE.dimension("CITIZENSHIP").orElseThrow(), foreign));
    // a list column (a person has several forms) keeps every code whatever the filter
    Indicator labour = Fixtures.CATALOGUE.indicators().stream()
        .filter(i -> i.filter().stream().anyMatch(c -> c.column().equals("exploitation"))).findFirst().orElseThrow();
    assertEquals(Fixtures.CATALOGUE.dimension("EXPLOITATION").orElseThrow().codes().size(),
        TableLayout.reachable(Fixtures.CATALOGUE, Fixtures.CATALOGUE.dimension("EXPLOITATION").orElseThrow(), labour)
            .size());
    // participants by sex come from participants_f and participants_m: no "unknown" column in T17
    ReportTable t17 = builder.build(Fixtures.CATALOGUE.tables().stream()
        .filter(t -> t.id().startsWith("T17_")).findFirst().orElseThrow(), List.of("2025"), Map.of());
    assertEquals(List.of("Total", "Female", "Male"), t17.columns().stream().map(ColumnHeading::label).toList());
  }

  @Test
  void aPublicMedianOverNoPersonsIsNoDataNotConfidential() {
    Indicator days = Fixtures.CATALOGUE.indicator("CJ_DAYS_COMPLAINT_TO_FINAL").orElseThrow();
    Indicator nrm = Fixtures.CATALOGUE.indicator("NRM_DAYS_TO_IDENTIFICATION").orElseThrow();
    List<String> nrmCodes = new ArrayList<>();
    for (String d : Fixtures.CATALOGUE.outputDimensions()) {
      nrmCodes.add(nrm.dimensions().contains(d) ? "_T" : "_Z");
    }
    CellIndex index = new CellIndex(Fixtures.CATALOGUE.outputDimensions(), List.of(cell(days, "CC350", "C"),
        new IndicatorCell(nrm.id(), "2025", nrmCodes, null, "DAYS", "C", 0)));
    // criminal-justice figures are public (threshold 0): C can only mean a median over no persons
    assertEquals(ReportCell.NO_DATA, builder.cell(index, days, Map.of("OFFENCE", "CC350"), 0).symbol());
    // a victims' median is protected (threshold 3): C may hide 1 or 2 persons
    assertEquals(ReportCell.CONFIDENTIAL, builder.cell(index, nrm, Map.of("REFERRED_BY", "_T"), 0).symbol());
  }
}
