package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.DisclosureControlTest.REGIONS;
import static thbstat.jobs.protect.DisclosureControlTest.SEXES;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.catalogue;
import static thbstat.jobs.protect.Fixtures.dim;
import static thbstat.jobs.protect.Fixtures.grid;
import static thbstat.jobs.protect.Fixtures.indicator;
import static thbstat.jobs.protect.Fixtures.internal;
import static thbstat.jobs.protect.Fixtures.pattern;
import static thbstat.jobs.protect.Fixtures.sorted;
import static thbstat.jobs.protect.Fixtures.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Text;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/** A rate per 100,000 gives its count away: it follows the count's suppression. */
class DerivedCellsTest {
  static Catalogue withRate() {
    Indicator rate = new Indicator("VIC_RATE", Text.of("r", "r"), Text.of("r", "r"), null,
        new Measure.Rate("VIC", "population", 2), List.of(), null, List.of("REGION", "SEX"), List.of(), "RATE_100K",
        List.of(), new Disclosure(3, "test"), null, 1);
    return catalogue(List.of(dim("REGION", false, "R1", "R2"), dim("SEX", false, "F", "M")),
        List.of(indicator("VIC", 3, List.of("REGION", "SEX"), List.of("REGION", "SEX")), rate),
        List.of(table("VIC_BY_REGION", "VIC", List.of("REGION"), List.of("SEX")),
            table("RATE_BY_REGION", "VIC_RATE", List.of("REGION"), List.of("SEX"))));
  }

  /** The count cells and a rate at the same codes: count / 50,000 persons × 100,000. */
  static IndicatorTable counts(Catalogue cat) {
    List<IndicatorCell> cells = new ArrayList<>();
    for (IndicatorCell c : grid(cat, "VIC", "REGION", REGIONS, "SEX", SEXES, new int[][] {{1, 5}, {4, 7}})) {
      cells.add(c);
      cells.add(new IndicatorCell("VIC_RATE", PERIOD, c.codes(), c.value().multiply(BigDecimal.valueOf(2)),
          "RATE_100K", "F", c.units()));
    }
    return internal(cat, cells);
  }

  @Test
  void rateCellsFollowTheirCounts() {
    Catalogue cat = withRate();
    Protection p = new DisclosureControl(cat).protect(counts(cat), PERIOD);

    List<String> expected = sorted("C REGION=R1 SEX=F", "D REGION=R1 SEX=M", "D REGION=R2 SEX=F", "D REGION=R2 SEX=M",
        "C REGION=R1 SEX=F", "D REGION=R1 SEX=M", "D REGION=R2 SEX=F", "D REGION=R2 SEX=M");
    assertEquals(expected, pattern(cat, p.publicTable()));
    assertEquals(new TableProtection("RATE_BY_REGION", "VIC_RATE", 9, 1, 3), p.tables().get(1));
    assertTrue(DisclosureAudit.audit(p.publicTable(), p.rulesForManifest()).passed());
  }

  @Test
  void auditCatchesAPublishedRateOverASuppressedCount() {
    Catalogue cat = withRate();
    IndicatorTable in = counts(cat);
    Protection p = new DisclosureControl(cat).protect(in, PERIOD);
    List<IndicatorCell> cells = p.publicTable().cells().stream().map(c -> {
      if (c.indicator().equals("VIC_RATE") && "D".equals(c.status())) {
        BigDecimal truth = in.cells().stream().filter(i -> i.indicator().equals("VIC_RATE")
            && i.codes().equals(c.codes())).findFirst().orElseThrow().value();
        return c.withStatus("F", truth);
      }
      return c;
    }).toList();
    AuditReport audit = DisclosureAudit.audit(new IndicatorTable(p.publicTable().dimensions(), cells),
        p.rulesForManifest());
    assertEquals(3, audit.failures().size(), audit.failures().toString());
    assertTrue(audit.failures().get(0).contains(": published, but gives away the suppressed cell VIC 2024"),
        audit.failures().get(0));
  }
}
