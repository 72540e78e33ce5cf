package thbstat.indicators.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.AlertRule;
import thbstat.indicators.model.AlertRule.Kind;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/** The {@code alerts:} section: parsed into rules, each problem at its line and column. */
class AlertRulesCatalogueTest {
  private static final String BASE = """
      version: "1"
      dimensions:
        SEX:
          label: {en: Sex, sr-Latn: Pol}
          column: sex
          codes:
            F: {en: Female, sr-Latn: Žensko, from: [f]}
            M: {en: Male, sr-Latn: Muško, from: [m]}
            _U: {en: Unknown, sr-Latn: Nepoznato, from: [u], missing: true}
      sources:
        victims: {table: victims}
      indicators:
        A:
          label: {en: A, sr-Latn: A}
          definition: {en: A, sr-Latn: A}
          source: victims
          measure: {distinct: victim_id}
          date: report_date
          dimensions: [SEX]
          unit: PS
          disclosure: {threshold: 3, note: victims}
      alerts:
        MEN:
          label: {en: Men, sr-Latn: Muškarci}
          kind: poisson
          indicator: A
          cells: {SEX: M}
        NEW:
          label: {en: New citizenship, sr-Latn: Novo državljanstvo}
          kind: new_category
          source: victims
          column: citizenship
          date: report_date
          ignore: [XXX]
      """;

  private static List<String> problems(String yaml) {
    ThbstatException e = assertThrows(ThbstatException.class, () -> CatalogueLoader.parse("indicators.yaml", yaml));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void parsesRulesWithTheirDefaults() {
    Catalogue c = CatalogueLoader.parse("indicators.yaml", BASE);
    assertEquals(2, c.alerts().size());
    AlertRule men = c.alert("MEN").orElseThrow();
    assertEquals(Kind.POISSON, men.kind());
    assertEquals(Map.of("SEX", "M"), men.cells());
    assertEquals(12, men.history());
    assertEquals(3, men.minCount());
    assertEquals(0.05, men.q());
    assertEquals(23, men.line());
    AlertRule neu = c.alert("NEW").orElseThrow();
    assertEquals(List.of("XXX"), neu.ignore());
    assertEquals(1, neu.minCount());
    assertEquals("Ново држављанство", neu.label().srCyrl());
  }

  @Test
  void theRealCatalogueHasItsAlerts() {
    Catalogue c = CatalogueLoader.load(CatalogueLocator.locate(null));
    assertEquals(List.of("LABOUR_BY_REGION", "REPORTS_BY_REGION", "LABOUR_MEN_BY_CITIZENSHIP", "SUSPECTS",
        "CHILDREN_YOY", "CHILDREN_SHARE", "ONLINE_RECRUITMENT_SHARE", "NEW_CITIZENSHIP", "REGION_SILENT",
        "ORGAN_REMOVAL"), c.alerts().stream().map(AlertRule::id).toList());
  }

  @Test
  void reportsEachProblemAtItsLine() {
    assertEquals(List.of("indicators.yaml:25:11: alert MEN: kind 'poison' is not one of fixed, yoy, poisson,"
        + " negbin, share, new_category, silence; did you mean 'poisson'?"),
        problems(BASE.replace("kind: poisson", "kind: poison")));
    assertEquals(List.of("indicators.yaml:28:5: alert MEN: 'threshold' does not apply to kind poisson"),
        problems(BASE.replace("cells: {SEX: M}", "cells: {SEX: M}\n    threshold: 4")));
  }

  @Test
  void checksIndicatorsDimensionsCodesAndColumns() {
    String yaml = BASE.replace("cells: {SEX: M}", "cells: {SEX: X}\n    by: [AGE]")
        .replace("column: citizenship", "column: citizenshp");
    List<String> p = problems(yaml);
    assertEquals(List.of(
        "indicators.yaml:27:12: alert MEN: X is not a code of SEX",
        "indicators.yaml:28:9: alert MEN: indicator A has no dimension AGE",
        "indicators.yaml:33:13: alert NEW: source victims has no column 'citizenshp'; did you mean 'citizenship'?"),
        p);
  }

  /** A dimension misspelt alike in the indicator and the rule is reported once, on the indicator, not a crash. */
  @Test
  void aCellOfADimensionTheCatalogueLacksIsReportedOnTheIndicator() {
    assertEquals(List.of("indicators.yaml:19:18: indicator A: no dimension 'SXE'; did you mean 'SEX'?"),
        problems(BASE.replace("dimensions: [SEX]", "dimensions: [SXE]").replace("cells: {SEX: M}", "cells: {SXE: M}")));
  }

  /** A fixed rule fires when a cell reaches its threshold: at 0 or below every cell does. */
  @Test
  void aFixedThresholdIsAboveZeroAndNamedOnce() {
    String fixed = "kind: fixed\n    indicator: A\n    cells: {SEX: M}\n    threshold: ";
    assertEquals(List.of("indicators.yaml:28:16: alert MEN.threshold must be above 0, not -1"),
        problems(BASE.replace("kind: poisson\n    indicator: A\n    cells: {SEX: M}", fixed + "-1")));
    assertEquals(List.of("indicators.yaml:28:16: alert MEN.threshold must be a number, not 'one'"),
        problems(BASE.replace("kind: poisson\n    indicator: A\n    cells: {SEX: M}", fixed + "one")));
  }
}
