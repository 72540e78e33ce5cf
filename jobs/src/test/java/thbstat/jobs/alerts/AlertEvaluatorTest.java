package thbstat.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static thbstat.jobs.alerts.Histories.TARGET;
import static thbstat.jobs.alerts.Histories.quarter;
import static thbstat.jobs.alerts.Histories.rule;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.AlertRule.Kind;
import thbstat.indicators.model.AlertRule.Severity;

/** Each rule kind on a hand-built history, firing and not firing, with p-values worked out by hand. */
class AlertEvaluatorTest {
  private static final AlertRule LABOUR = rule("LABOUR", Kind.POISSON, "VIC_IDENTIFIED",
      Map.of("EXPLOITATION", "LABOUR"), List.of("REGION"), 12);

  private static List<Alert> run(Histories h, AlertRule... rules) {
    return new AlertEvaluator(Histories.with(rules)).evaluate(h.table(), Map.of(), TARGET);
  }

  private static Histories labour(String region, long perQuarter, long now) {
    return new Histories()
        .history("VIC_IDENTIFIED", 12, perQuarter, "EXPLOITATION", "LABOUR", "REGION", region)
        .cell("VIC_IDENTIFIED", TARGET.toString(), now, "EXPLOITATION", "LABOUR", "REGION", region);
  }

  @Test
  void poissonFiresOnNineAgainstAMeanOfTwo() {
    // 12 quarters of 2 (S = 24), observed 9: P(Binomial(33, 1/13) >= 9) = 6.61e-4; one cell, so q = p
    List<Alert> alerts = run(labour("NOVI_SAD", 2, 9), LABOUR);
    assertEquals(1, alerts.size());
    Alert a = alerts.get(0);
    assertEquals(Map.of("EXPLOITATION", "LABOUR", "REGION", "NOVI_SAD"), a.cell());
    assertEquals("EXPLOITATION=LABOUR;REGION=NOVI_SAD", a.cellText());
    assertEquals(9, a.observed());
    assertEquals(2.0, a.expected(), 1e-12);
    assertEquals(6.610017714364959e-4, a.p(), 1e-12);
    assertEquals(a.p(), a.q(), 1e-15);
    assertEquals(Severity.ALERT, a.severity());
    // the least count with p <= 0.05: P(Bin(30, 1/13) >= 6) = 0.0247, P(Bin(29, 1/13) >= 5) = 0.068
    assertEquals(6.0, a.bound());
  }

  @Test
  void poissonStaysQuietOnFive() {
    // P(Binomial(29, 1/13) >= 5) = 0.068 > 0.05
    assertEquals(List.of(), run(labour("NOVI_SAD", 2, 5), LABOUR));
  }

  @Test
  void zeroToTwoIsNoNews() {
    // p would be P(Bin(2, 1/13) >= 2) = 0.0059, but 2 is below min_count 3
    assertEquals(List.of(), run(labour("NOVI_SAD", 0, 2), LABOUR));
  }

  @Test
  void benjaminiHochbergOverTheCellsOfARule() {
    Histories h = labour("NOVI_SAD", 2, 9)
        .history("VIC_IDENTIFIED", 12, 2, "EXPLOITATION", "LABOUR", "REGION", "NIS")
        .cell("VIC_IDENTIFIED", TARGET.toString(), 6, "EXPLOITATION", "LABOUR", "REGION", "NIS")
        // another form is not watched by the rule
        .history("VIC_IDENTIFIED", 12, 2, "EXPLOITATION", "SEXUAL", "REGION", "NIS")
        .cell("VIC_IDENTIFIED", TARGET.toString(), 20, "EXPLOITATION", "SEXUAL", "REGION", "NIS");
    List<Alert> alerts = run(h, LABOUR);
    // p = 6.61e-4 and 0.0247; m = 2: 0.0247 <= 2·0.05/2, both fire; adjusted 1.32e-3 and 0.0247
    assertEquals(2, alerts.size());
    assertEquals("NOVI_SAD", alerts.get(0).cell().get("REGION"));
    assertEquals(2 * 6.610017714364959e-4, alerts.get(0).q(), 1e-12);
    assertEquals(Severity.WARNING, alerts.get(0).severity());
    assertEquals(0.024700229064538018, alerts.get(1).q(), 1e-12);
    assertEquals(Severity.INFO, alerts.get(1).severity());
  }

  @Test
  void yearOnYear() {
    AlertRule yoy = new AlertRule("CHILDREN", LABOUR.label(), Kind.YOY, "VIC_IDENTIFIED_CHILDREN", Map.of(), List.of(),
        null, 4, 3, 0.05, null, 1.5, 3, null, null, null, List.of(), Severity.WARNING, 1);
    Histories fires = new Histories().cell("VIC_IDENTIFIED_CHILDREN", quarter(4), 3)
        .cell("VIC_IDENTIFIED_CHILDREN", TARGET.toString(), 12);
    // P(Binomial(15, 1/2) >= 12) = (455 + 105 + 15 + 1) / 2^15 = 0.0176
    List<Alert> alerts = run(fires, yoy);
    assertEquals(1, alerts.size());
    assertEquals(576.0 / 32768, alerts.get(0).p(), 1e-12);
    assertEquals(3.0, alerts.get(0).expected());
    Histories quiet = new Histories().cell("VIC_IDENTIFIED_CHILDREN", quarter(4), 3)
        .cell("VIC_IDENTIFIED_CHILDREN", TARGET.toString(), 9);
    assertEquals(List.of(), run(quiet, yoy)); // P(Bin(12, 1/2) >= 9) = 299 / 4096 = 0.073
  }

  @Test
  void yearOnYearAgainstTheSameQuarterOfThreeYears() {
    AlertRule yoy = new AlertRule("CHILDREN", LABOUR.label(), Kind.YOY, "VIC_IDENTIFIED_CHILDREN", Map.of(), List.of(),
        null, 12, 3, 0.05, null, 1.5, 3, null, null, null, List.of(), Severity.WARNING, 1);
    // The same quarter 1, 2 and 3 years back: 4, 3, 2 (S = 9, mean 3); the quarters between do not count.
    Histories fires = new Histories().cell("VIC_IDENTIFIED_CHILDREN", quarter(4), 4)
        .cell("VIC_IDENTIFIED_CHILDREN", quarter(8), 3).cell("VIC_IDENTIFIED_CHILDREN", quarter(12), 2)
        .cell("VIC_IDENTIFIED_CHILDREN", quarter(1), 40).cell("VIC_IDENTIFIED_CHILDREN", TARGET.toString(), 10);
    // P(Binomial(19, 1/4) >= 10) = 611828695 / 2^36
    List<Alert> alerts = run(fires, yoy);
    assertEquals(1, alerts.size());
    assertEquals(611828695.0 / 68719476736.0, alerts.get(0).p(), 1e-15);
    assertEquals(3.0, alerts.get(0).expected());
    assertTrue(alerts.get(0).explanation().en().contains("against 3.0 on average in the same quarter of the previous 3 years"),
        alerts.get(0).explanation().en());
    Histories quiet = new Histories().cell("VIC_IDENTIFIED_CHILDREN", quarter(4), 2)
        .cell("VIC_IDENTIFIED_CHILDREN", quarter(8), 3).cell("VIC_IDENTIFIED_CHILDREN", quarter(12), 4)
        .cell("VIC_IDENTIFIED_CHILDREN", TARGET.toString(), 6);
    assertEquals(List.of(), run(quiet, yoy)); // P(Bin(15, 1/4) >= 6) = 0.148
  }

  @Test
  void shareAgainstThePooledHistory() {
    AlertRule share = Histories.share("ONLINE", "VIC_ONLINE_RECRUITED", "VIC_IDENTIFIED", 8);
    Histories h = new Histories();
    for (int back = 1; back <= 8; back++) {
      h.cell("VIC_ONLINE_RECRUITED", quarter(back), back % 2 == 0 ? 2 : 1)
          .cell("VIC_IDENTIFIED", quarter(back), back % 2 == 0 ? 13 : 12);
    }
    // history 12 of 100; now 10 of 30: Fisher one-sided P(X >= 10) = 0.00945
    h.cell("VIC_ONLINE_RECRUITED", TARGET.toString(), 10).cell("VIC_IDENTIFIED", TARGET.toString(), 30);
    List<Alert> alerts = run(h, share);
    assertEquals(1, alerts.size());
    assertEquals(0.009451511668527717, alerts.get(0).p(), 1e-12);
    assertEquals(3.6, alerts.get(0).expected(), 1e-12);
    Histories quiet = new Histories();
    for (int back = 1; back <= 8; back++) {
      quiet.cell("VIC_ONLINE_RECRUITED", quarter(back), back % 2 == 0 ? 2 : 1)
          .cell("VIC_IDENTIFIED", quarter(back), back % 2 == 0 ? 13 : 12);
    }
    quiet.cell("VIC_ONLINE_RECRUITED", TARGET.toString(), 5).cell("VIC_IDENTIFIED", TARGET.toString(), 30);
    assertEquals(List.of(), run(quiet, share));
  }

  @Test
  void silenceOfARegionThatUsuallyRefers() {
    AlertRule silent = rule("SILENT", Kind.SILENCE, "VIC_REPORTED", Map.of(), List.of("REGION"), 8);
    // 8 quarters of 5 (S = 40), none now: (8/9)^40 = 0.00899
    Histories h = new Histories().history("VIC_REPORTED", 8, 5, "REGION", "NOVI_SAD")
        .history("VIC_REPORTED", 8, 5, "REGION", "NIS")
        .cell("VIC_REPORTED", TARGET.toString(), 4, "REGION", "NIS");
    List<Alert> alerts = run(h, silent);
    assertEquals(1, alerts.size());
    assertEquals("NOVI_SAD", alerts.get(0).cell().get("REGION"));
    assertEquals(0, alerts.get(0).observed());
    assertEquals(Math.pow(8.0 / 9, 40), alerts.get(0).p(), 1e-12);
    // m = 2 (both regions refer in every quarter): adjusted = 2 · 0.00899
    assertEquals(2 * Math.pow(8.0 / 9, 40), alerts.get(0).q(), 1e-12);
    // a region that referred in only 3 of 8 quarters is not "usually referring"
    Histories rare = new Histories();
    for (int back = 1; back <= 3; back++) {
      rare.cell("VIC_REPORTED", quarter(back), 20, "REGION", "BOR");
    }
    assertEquals(List.of(), run(rare, silent));
  }

  @Test
  void negativeBinomialOnAnOverdispersedHistory() {
    AlertRule nb = rule("SUSPECTS", Kind.NEGBIN, "CJ_SUSPECTED", Map.of(), List.of(), 12);
    Histories h = new Histories();
    long[] values = {10, 2, 8, 4, 12, 0, 6, 6, 9, 3, 11, 1}; // mean 6, variance 16.36, size 36/10.36 = 3.47
    for (int back = 1; back <= 12; back++) {
      h.cell("CJ_SUSPECTED", quarter(back), values[back - 1]);
    }
    // 13: Poisson(6) would say P(X >= 13) = 0.0088; the negative binomial says 0.072: no alarm
    assertEquals(List.of(), run(h.cell("CJ_SUSPECTED", TARGET.toString(), 13), nb));
    // 16: negative binomial P(X >= 16) = 0.0274
    Histories h16 = new Histories();
    for (int back = 1; back <= 12; back++) {
      h16.cell("CJ_SUSPECTED", quarter(back), values[back - 1]);
    }
    Alert a = run(h16.cell("CJ_SUSPECTED", TARGET.toString(), 16), nb).get(0);
    assertEquals(6.0, a.expected(), 1e-12);
    assertEquals(0.027407792242898188, a.p(), 1e-9);
    assertEquals(Severity.INFO, a.severity());
  }

  @Test
  void fixedThreshold() {
    AlertRule organ = new AlertRule("ORGAN", LABOUR.label(), Kind.FIXED, "VIC_IDENTIFIED",
        Map.of("EXPLOITATION", "ORGAN_REMOVAL"), List.of(), null, 12, 3, 0.05, 1.0, 1.0, 9, null, null, null,
        List.of(), Severity.ALERT, 1);
    Histories h = new Histories().cell("VIC_IDENTIFIED", TARGET.toString(), 1, "EXPLOITATION", "ORGAN_REMOVAL");
    List<Alert> alerts = run(h, organ);
    assertEquals(1, alerts.size());
    assertEquals(Severity.ALERT, alerts.get(0).severity());
    assertNull(alerts.get(0).p());
    assertEquals(List.of(), run(new Histories().cell("VIC_IDENTIFIED", quarter(1), 1, "EXPLOITATION",
        "ORGAN_REMOVAL"), organ));
  }

  @Test
  void newCitizenshipNeverSeenBefore() {
    AlertRule neu = new AlertRule("NEW", LABOUR.label(), Kind.NEW_CATEGORY, null, Map.of(), List.of(), null, 12, 1,
        0.05, null, 1.0, 9, "victims", "citizenship", "report_date", List.of("XXX"), Severity.INFO, 1);
    java.util.Map<String, Map<String, Long>> counts = new java.util.HashMap<>();
    java.util.Map<String, Long> srb = new java.util.HashMap<>();
    for (int back = 0; back <= 12; back++) {
      srb.put(quarter(back), 10L);
    }
    counts.put("SRB", srb);
    counts.put("NPL", Map.of(TARGET.toString(), 2L));
    counts.put("XXX", Map.of(TARGET.toString(), 1L));
    counts.put("BGD", Map.of(TARGET.toString(), 1L, quarter(5), 1L));
    counts.put("PAK", Map.of(TARGET.toString(), 1L, quarter(13), 1L)); // seen, but before the 12 quarters
    List<Alert> alerts = new AlertEvaluator(Histories.with(neu))
        .evaluate(new Histories().table(), Map.of("NEW", new CategoryCounts(counts)), TARGET);
    assertEquals(List.of("citizenship=NPL", "citizenship=PAK"), alerts.stream().map(Alert::cellText).toList());
    assertEquals(2, alerts.get(0).observed());
    assertEquals(Severity.INFO, alerts.get(0).severity());
  }
}
