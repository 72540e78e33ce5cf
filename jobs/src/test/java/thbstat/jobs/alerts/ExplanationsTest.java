package thbstat.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static thbstat.jobs.alerts.Histories.TARGET;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.Catalogue;

/** The sentences of the real catalogue's rules, in English, Serbian Latin and Serbian Cyrillic. */
class ExplanationsTest {
  private static final Catalogue CATALOGUE = Histories.REAL;

  private static Alert fired(String ruleId, Histories h) {
    AlertRule rule = CATALOGUE.alert(ruleId).orElseThrow();
    return new AlertEvaluator(Histories.with(rule)).evaluate(h.table(), Map.of(), TARGET).get(0);
  }

  @Test
  void poissonRuleInThreeLanguages() {
    Histories h = new Histories()
        .history("VIC_IDENTIFIED", 12, 2, "EXPLOITATION", "LABOUR", "REGION", "NOVI_SAD")
        .cell("VIC_IDENTIFIED", TARGET.toString(), 9, "EXPLOITATION", "LABOUR", "REGION", "NOVI_SAD");
    Alert a = fired("LABOUR_BY_REGION", h);
    assertEquals("Identified victims of labour exploitation, by police administration, Labour exploitation,"
        + " Novi Sad: 9 in 2025-Q2, against 2.0 a quarter over the previous 12 quarters; from 6 on it is unusual"
        + " (p = 6.6e-04, adjusted 6.6e-04).", a.explanation().en());
    assertEquals("Identifikovane žrtve radne eksploatacije, po policijskim upravama, Radna eksploatacija,"
        + " Novi Sad: 9 u kvartalu 2025-Q2, naspram 2.0 po kvartalu u prethodnih 12 kvartala; od 6 naviše je"
        + " neuobičajeno (p = 6.6e-04, korigovano 6.6e-04).", a.explanation().srLatn());
    assertEquals("Идентификоване жртве радне експлоатације, по полицијским управама, Радна експлоатација,"
        + " Нови Сад: 9 у кварталу 2025-Q2, наспрам 2.0 по кварталу у претходних 12 квартала; од 6 навише је"
        + " неуобичајено (p = 6.6e-04, кориговано 6.6e-04).", a.explanation().srCyrl());
  }

  @Test
  void silenceAndCsvRow() {
    Histories h = new Histories().history("VIC_REPORTED", 8, 6, "REGION", "NIS");
    Alert a = fired("REGION_SILENT", h);
    assertEquals("Полицијска управа која обично упућује, а није послала ниједну пријаву, Ниш: ниједан у кварталу"
        + " 2025-Q2, наспрам 6.0 по кварталу у претходних 8 квартала (p = 0.0035, кориговано 0.0035).",
        a.explanation().srCyrl());
    List<String> row = AlertsCsv.row(a);
    assertEquals(List.of("2025-Q2", "REGION_SILENT", "silence", "VIC_REPORTED", "REGION=NIS", "0", "6.00", "0",
        "0.0035", "0.0035", "warning"), row.subList(0, 11));
  }
}
