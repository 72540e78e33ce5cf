package thbstat.indicators.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Condition.Op;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Source;
import thbstat.indicators.model.ValueSpec;
import thbstat.indicators.problem.ThbstatException;

/** The repository's own indicators.yaml: loads clean and holds the contract's core indicators. */
class RealCatalogueTest {
  private static final List<String> TRAFFICKING = List.of("cc388", "cc389", "cc390");
  private static Catalogue catalogue;

  @BeforeAll
  static void load() {
    try {
      catalogue = CatalogueLoader.load(CatalogueLocator.locate(null));
    } catch (ThbstatException e) {
      throw new AssertionError(String.join("\n", e.problems().stream().map(Object::toString).toList()), e);
    }
  }

  private static Indicator ind(String id) {
    return catalogue.indicator(id).orElseThrow(() -> new AssertionError("missing " + id));
  }

  private static Condition in(String column, String... values) {
    return new Condition(column, Op.IN, List.of(values));
  }

  private static void core(String id, String source, Measure measure, List<Condition> filter, String date,
      List<String> dims, List<String> additive, String unit) {
    Indicator i = ind(id);
    assertEquals(source, i.source(), id + " source");
    assertEquals(measure, i.measure(), id + " measure");
    assertEquals(filter, i.filter(), id + " filter");
    assertEquals(date, i.date(), id + " date");
    assertEquals(dims, i.dimensions(), id + " dimensions");
    assertEquals(additive, i.additive(), id + " additive");
    assertEquals(unit, i.unit(), id + " unit");
  }

  @Test
  void theEurostatGroupsAreUnionsOfTheFormsOfExploitation() {
    Dimension groups = catalogue.dimension("EXPLOITATION_GROUP").orElseThrow();
    Dimension forms = catalogue.dimension("EXPLOITATION").orElseThrow();
    assertEquals(Map.of("SEXUAL", List.of("SEXUAL"), "LABOUR", List.of("LABOUR", "DOMESTIC_SERVITUDE"),
        "OTHER", List.of("BEGGING", "CRIMINALITY", "FORCED_MARRIAGE", "ORGAN_REMOVAL", "ILLEGAL_ADOPTION", "OTHER")),
        groups.groupsOf(forms));
    // the other way round, a form would have to hold a whole group
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> forms.groupsOf(groups));
  }

  @Test
  void sizeAndSections() {
    assertTrue(catalogue.indicators().size() >= 40, "indicators: " + catalogue.indicators().size());
    assertTrue(catalogue.tables().size() >= 12);
    assertEquals("1.0", catalogue.version());
    assertEquals(List.of("victims", "proceedings", "trainings", "training_participants"),
        catalogue.sources().stream().map(Source::id).toList());
    Source tp = catalogue.source("training_participants").orElseThrow();
    assertEquals(new Source.Unpivot("sex", "participants", Map.of("f", "participants_f", "m", "participants_m")),
        tp.unpivot());
    assertEquals(6664449L, catalogue.population("SRB_POPULATION").orElseThrow().byYear().get(2022));
  }

  @Test
  void victimCoreIndicators() {
    Measure victims = new Measure.DistinctCount("victim_id", Measure.PeriodBy.ROW);
    core("VIC_REPORTED", "victims", victims, List.of(), "report_date",
        List.of("SEX", "AGE", "REFERRED_BY", "REGION"), List.of("SEX", "AGE", "REFERRED_BY", "REGION"), "PS");
    core("VIC_IDENTIFIED", "victims", victims, List.of(in("status", "identified")), "decision_date",
        List.of("SEX", "AGE", "CITIZENSHIP", "EXPLOITATION", "REGION", "SCOPE"),
        List.of("SEX", "AGE", "CITIZENSHIP", "REGION", "SCOPE"), "PS");
    core("VIC_REGISTERED", "victims", victims, List.of(in("status", "identified", "presumed")), "decision_date",
        List.of("SEX", "AGE", "CITIZENSHIP", "EXPLOITATION_GROUP"), List.of("SEX", "AGE", "CITIZENSHIP"), "PS");
    core("VIC_DECISIONS", "victims", victims, List.of(new Condition("status", Op.NOT_IN, List.of("pending"))),
        "decision_date", List.of("REFERRED_BY", "OUTCOME"), List.of("REFERRED_BY", "OUTCOME"), "PS");
    core("NRM_DAYS_TO_IDENTIFICATION", "victims",
        new Measure.Median(new ValueSpec.DaysBetween("report_date", "decision_date"), "victim_id"),
        List.of(in("status", "identified")), "decision_date", List.of("REFERRED_BY"), List.of(), "DAYS");
    core("VIC_REFLECTION_PERIOD", "victims", victims,
        List.of(in("status", "identified"), new Condition("reflection_period", Op.TRUE, List.of())),
        "decision_date", List.of("CITIZENSHIP"), List.of("CITIZENSHIP"), "PS");
    core("VIC_RESIDENCE_PERMIT", "victims", victims,
        List.of(in("status", "identified"), new Condition("residence_permit", Op.TRUE, List.of())),
        "decision_date", List.of("CITIZENSHIP"), List.of("CITIZENSHIP"), "PS");
    core("VIC_COMPENSATION_AWARDED", "victims", victims,
        List.of(in("status", "identified"), new Condition("compensation_awarded_rsd", Op.GT, List.of("0"))),
        "decision_date", List.of("SEX", "AGE"), List.of("SEX", "AGE"), "PS");
  }

  @Test
  void criminalJusticeAndTrainingCoreIndicators() {
    Measure persons = new Measure.DistinctCount("person_id", Measure.PeriodBy.ROW);
    Condition natural = in("person_type", "natural");
    Condition trafficking = new Condition("offence", Op.IN, TRAFFICKING);
    List<String> dims = List.of("SEX", "OFFENCE", "CITIZENSHIP");
    core("CJ_SUSPECTED", "proceedings", persons, List.of(natural, trafficking), "complaint_date", dims, List.of(), "PS");
    core("CJ_PROSECUTED", "proceedings", persons,
        List.of(natural, trafficking, new Condition("indictment_date", Op.SET, List.of())), "indictment_date", dims,
        List.of(), "PS");
    core("CJ_CONVICTED", "proceedings", persons, List.of(natural, trafficking, in("final_outcome", "convicted")),
        "final_date", dims, List.of(), "PS");
    core("CJ_PRISON_MONTHS_MEDIAN", "proceedings", new Measure.Median(new ValueSpec.ColumnValue("prison_months"), null),
        List.of(natural, trafficking, in("final_outcome", "convicted"), in("sentence", "prison")), "final_date",
        List.of("OFFENCE"), List.of(), "MONTHS");
    core("CJ_PROACTIVE_SHARE", "proceedings", new Measure.Share("person_id", List.of(in("initiated_by", "proactive"))),
        List.of(natural, trafficking), "complaint_date", List.of(), List.of(), "PC");
    core("CJ_FINANCIAL_INVESTIGATIONS", "proceedings", new Measure.DistinctCount("case_id", Measure.PeriodBy.EARLIEST),
        List.of(trafficking, new Condition("financial_investigation", Op.TRUE, List.of())), "complaint_date",
        List.of(), List.of(), "CASES");
    core("CAP_TRAINED", "training_participants", new Measure.Sum(new ValueSpec.ColumnValue("participants")), List.of(),
        "start_date", List.of("INSTITUTION", "SEX"), List.of("INSTITUTION", "SEX"), "PS");
  }

  @Test
  void contractDimensionsCodeAsTheContractSays() {
    Dimension sex = catalogue.dimension("SEX").orElseThrow();
    assertEquals(List.of("F", "M", "_U"), sex.codes());
    assertEquals("_U", sex.codeOf(""));
    assertEquals("F", sex.codeOf("f"));
    Dimension age = catalogue.dimension("AGE").orElseThrow();
    assertEquals("Y_LT18", age.codeOf("17"));
    assertEquals("Y_GE18", age.codeOf("18"));
    Dimension cit = catalogue.dimension("CITIZENSHIP").orElseThrow();
    assertEquals("NAT", cit.codeOf("SRB"));
    assertEquals("EU", cit.codeOf("HRV"));
    assertEquals("NON_EU", cit.codeOf("XKX"));
    assertEquals("NON_EU", cit.codeOf("XXA"));
    assertEquals("_U", cit.codeOf("XXX"));
    Dimension group = catalogue.dimension("EXPLOITATION_GROUP").orElseThrow();
    assertTrue(group.multi());
    assertEquals("LABOUR", group.codeOf("domestic_servitude"));
    assertEquals("OTHER", group.codeOf("begging"));
    assertNull(catalogue.dimension("EXPLOITATION").orElseThrow().codeOf(""));
    assertEquals("TRANSNATIONAL", catalogue.dimension("SCOPE").orElseThrow().codeOf("BIH"));
    assertEquals("UNKNOWN", catalogue.dimension("REGION").orElseThrow().codeOf("unknown"));
    assertEquals(Catalogue.CONTRACT_DIMENSIONS, catalogue.outputDimensions().subList(0, 11));
    assertEquals("TOPIC", catalogue.outputDimensions().get(11));
  }

  @Test
  void cyrillicIsDerivedOrGiven() {
    assertEquals("Идентификоване жртве", ind("VIC_IDENTIFIED").label().srCyrl());
    assertEquals("Трговина људима (чл. 388 КЗ)",
        catalogue.dimension("OFFENCE").orElseThrow().labelOf("CC388").srCyrl());
  }

  /** The users' format document lists every dimension's column and codes, so the two cannot drift apart. */
  @Test
  void theDataFormatDocumentListsEveryDimensionsCodes() throws java.io.IOException {
    Path doc = CatalogueLocator.locate(null).toAbsolutePath().getParent().resolve("docs/data-format.md");
    Map<String, String> rows = new java.util.HashMap<>();
    for (String line : java.nio.file.Files.readAllLines(doc)) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\| ([A-Z_]+) \\| (\\w+)[^|]*\\| (.+) \\|$").matcher(line);
      if (m.matches()) {
        rows.put(m.group(1), m.group(2) + " " + m.group(3));
      }
    }
    for (Dimension d : catalogue.dimensions()) {
      String row = rows.get(d.id());
      assertTrue(row != null, "docs/data-format.md has no row for dimension " + d.id());
      assertTrue(row.startsWith(d.column() + " "), d.id() + ": input column " + d.column() + " in " + row);
      for (String code : d.codes()) {
        assertTrue(row.contains("`" + code + "`"), d.id() + ": code " + code + " missing in " + row);
      }
    }
  }
}
