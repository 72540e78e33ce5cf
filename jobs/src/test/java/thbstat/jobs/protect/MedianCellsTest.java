package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.at;
import static thbstat.jobs.protect.Fixtures.catalogue;
import static thbstat.jobs.protect.Fixtures.codesOf;
import static thbstat.jobs.protect.Fixtures.dim;
import static thbstat.jobs.protect.Fixtures.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Text;
import thbstat.indicators.model.ValueSpec;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/** A median is suppressed by the persons behind it, not by its value; it adds up to nothing. */
class MedianCellsTest {
  @Test
  void medianOverFewPersonsIsPrimaryAndNeedsNoComplement() {
    Indicator days = new Indicator("NRM_DAYS", Text.of("d", "d"), Text.of("d", "d"), "victims",
        new Measure.Median(new ValueSpec.DaysBetween("report_date", "decision_date"), "victim_id"), List.of(),
        "decision_date", List.of("REFERRED_BY"), List.of(), "DAYS", List.of(), new Disclosure(3, "test"), null, 1);
    Catalogue cat = catalogue(List.of(dim("REFERRED_BY", false, "POLICE", "NGO", "SELF")), List.of(days),
        List.of(table("DAYS_BY_REFERRER", "NRM_DAYS", List.of("REFERRED_BY"), List.of())));
    IndicatorTable in = new IndicatorTable(cat.outputDimensions(), List.of(
        median(cat, "POLICE", "41", 12), median(cat, "NGO", "2", 2), median(cat, "_T", "38.5", 14)));
    Protection p = new DisclosureControl(cat).protect(in, PERIOD);

    assertEquals(4, p.publicTable().cells().size());
    assertEquals(new BigDecimal("41"), at(cat, p.publicTable(), "NRM_DAYS", "REFERRED_BY=POLICE").value());
    assertEquals(new BigDecimal("38.5"), at(cat, p.publicTable(), "NRM_DAYS", "REFERRED_BY=_T").value());
    IndicatorCell ngo = at(cat, p.publicTable(), "NRM_DAYS", "REFERRED_BY=NGO");
    assertEquals("C", ngo.status());
    assertNull(ngo.value());
    // over no persons there is no median: it cannot be a free cell with an empty value
    assertEquals("C", at(cat, p.publicTable(), "NRM_DAYS", "REFERRED_BY=SELF").status());
    assertEquals(new TableProtection("DAYS_BY_REFERRER", "NRM_DAYS", 4, 2, 0), p.tables().get(0));
    AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
    assertTrue(audit.passed(), audit.failures().toString());
    assertEquals("[0, ∞)", DisclosureControlTest.interval(audit, "REFERRED_BY=NGO"));
  }

  static IndicatorCell median(Catalogue cat, String referrer, String value, long persons) {
    return new IndicatorCell("NRM_DAYS", PERIOD, codesOf(cat, "NRM_DAYS", Map.of("REFERRED_BY", referrer)),
        new BigDecimal(value), "DAYS", "F", persons);
  }
}
