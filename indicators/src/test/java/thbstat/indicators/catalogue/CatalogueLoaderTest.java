package thbstat.indicators.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Reference;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/** Each validation problem at its exact line and column, on small catalogues. */
class CatalogueLoaderTest {
  /** A valid catalogue; the tests below change one line at a time (line numbers in comments). */
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
        FORM:
          label: {en: Form, sr-Latn: Oblik}
          column: exploitation
          multi: true
          codes:
            ANY: {en: Any, sr-Latn: Bilo koji, other: true}
      sources:
        victims: {table: victims}
      indicators:
        A:
          label: {en: A, sr-Latn: A}
          definition: {en: A, sr-Latn: A}
          source: victims
          measure: {distinct: victim_id}
          filter: {status: identified}
          date: decision_date
          dimensions: [SEX, FORM]
          additive: [SEX]
          unit: PS
          disclosure: {threshold: 3, note: victims}
      tables:
        T1:
          title: {en: T, sr-Latn: T}
          indicator: A
          rows: [SEX]
      """;

  private static String replace(String yaml, String from, String to) {
    assertTrue(yaml.contains(from), from);
    return yaml.replace(from, to);
  }

  private static List<String> problems(String yaml) {
    ThbstatException e = assertThrows(ThbstatException.class, () -> CatalogueLoader.parse("indicators.yaml", yaml));
    assertEquals(2, e.exitCode());
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static void assertOnly(String yaml, String expected) {
    assertEquals(List.of(expected), problems(yaml));
  }

  @Test
  void baseIsValid() {
    Catalogue c = CatalogueLoader.parse("indicators.yaml", BASE);
    assertEquals(1, c.indicators().size());
    assertEquals(19, c.indicators().get(0).line());
  }

  @Test
  void aReferenceMayBeWordedInSerbianToo() {
    Catalogue c = CatalogueLoader.parse("indicators.yaml", replace(BASE, "    unit: PS", "    unit: PS\n"
        + "    references: [\"GRETA statistics\", {en: \"AP23 compensation of victims\", sr-Latn: \"AP23 naknada štete žrtvama\"}]"));
    List<Reference> refs = c.indicators().get(0).references();
    assertEquals(new Reference("GRETA", "statistics"), refs.get(0));
    assertEquals("AP23", refs.get(1).framework());
    assertEquals("compensation of victims", refs.get(1).item());
    assertEquals(Optional.of("AP23 naknada štete žrtvama"), refs.get(1).in(Language.SR_LATN));
    assertEquals(Optional.of("AP23 накнада штете жртвама"), refs.get(1).in(Language.SR_CYRL), "the code stays Latin");
    assertEquals(Optional.of("AP23 compensation of victims"), refs.get(1).in(Language.EN));
    assertEquals(Optional.empty(), refs.get(0).in(Language.SR_LATN), "worded in English only");
  }

  @Test
  void aSerbianReferenceNamesTheSameFramework() {
    assertOnly(replace(BASE, "    unit: PS", "    unit: PS\n"
        + "    references: [{en: \"AP23 compensation of victims\", sr-Latn: \"AP24 naknada štete žrtvama\"}]"),
        "indicators.yaml:29:18: indicator A: reference 'AP23 compensation of victims': its sr-Latn text must start "
            + "with the same framework, 'AP23 '");
    assertOnly(replace(BASE, "    unit: PS", "    unit: PS\n    references: [[GRETA, x]]"),
        "indicators.yaml:29:18: indicator A.references: each element must be \"FRAMEWORK item\" or {en: .., sr-Latn: ..}");
  }

  @Test
  void typoKeyWithSuggestion() {
    List<String> p = problems(replace(BASE, "    date: decision_date", "    dates: decision_date"));
    assertEquals(List.of(
        "indicators.yaml:19:3: indicator A: missing key 'date' (the date column that places a record in a period)",
        "indicators.yaml:25:5: unknown key 'dates' in indicator A; did you mean 'date'?"), p);
  }

  @Test
  void unknownColumn() {
    assertOnly(replace(BASE, "{status: identified}", "{statuss: identified}"),
        "indicators.yaml:24:14: indicator A.filter: source victims has no column 'statuss'; did you mean 'status'?");
  }

  @Test
  void unknownCode() {
    assertOnly(replace(BASE, "{status: identified}", "{status: identifed}"),
        "indicators.yaml:24:14: indicator A.filter.status: 'identifed' is not a code of status; did you mean 'identified'?");
  }

  @Test
  void unknownDimension() {
    assertOnly(replace(BASE, "dimensions: [SEX, FORM]", "dimensions: [SEX, FROM]"),
        "indicators.yaml:26:23: indicator A: no dimension 'FROM'; did you mean 'FORM'?");
  }

  @Test
  void badUnit() {
    assertOnly(replace(BASE, "unit: PS", "unit: PERSONS"),
        "indicators.yaml:28:11: indicator A: unit 'PERSONS' is not a UNIT_MEASURE code "
            + "(PS CASES EVENTS DAYS MONTHS HOURS PC RSD RATE_100K RATIO)");
  }

  @Test
  void multiValuedDimensionDeclaredAdditive() {
    assertOnly(replace(BASE, "additive: [SEX]", "additive: [SEX, FORM]"),
        "indicators.yaml:27:21: indicator A: dimension FORM is multi-valued (a person may hold several codes), "
            + "so it cannot be additive");
  }

  @Test
  void ratioCycle() {
    String yaml = replace(BASE, "tables:", """
          R1:
            label: {en: R1, sr-Latn: R1}
            definition: {en: R1, sr-Latn: R1}
            measure: {ratio: [R2, A]}
            unit: RATIO
            disclosure: public
          R2:
            label: {en: R2, sr-Latn: R2}
            definition: {en: R2, sr-Latn: R2}
            measure: {ratio: [R1, A]}
            unit: RATIO
            disclosure: public
        tables:""");
    assertOnly(yaml, "indicators.yaml:33:14: indicator R1: derived indicators form a cycle: R1 → R2 → R1");
  }

  @Test
  void duplicateIndicatorId() {
    String yaml = replace(BASE, "tables:", """
          A:
            label: {en: A, sr-Latn: A}
            definition: {en: A, sr-Latn: A}
            measure: records
            source: victims
            date: report_date
            unit: PS
            disclosure: public
        tables:""");
    assertOnly(yaml, "indicators.yaml:30:3: duplicate key 'A' in indicators (first at line 19)");
  }

  @Test
  void missingSerbianLabel() {
    assertOnly(replace(BASE, "label: {en: A, sr-Latn: A}", "label: {en: A}"),
        "indicators.yaml:20:12: indicator A.label: missing the Serbian Latin text 'sr-Latn'");
  }

  @Test
  void aCodeFootnoteIsReadAndNeedsBothLanguages() {
    String withNote = replace(BASE, "ANY: {en: Any, sr-Latn: Bilo koji, other: true}",
        "ANY: {en: Any*, sr-Latn: Bilo koji*, other: true, note: {en: '* see', sr-Latn: '* vidi'}}");
    Catalogue c = CatalogueLoader.parse("indicators.yaml", withNote);
    assertEquals("* see", c.dimension("FORM").orElseThrow().codeNotes().get("ANY").en());
    assertEquals(java.util.Map.of(), c.dimension("SEX").orElseThrow().codeNotes());
    List<String> p = problems(replace(withNote, "note: {en: '* see', sr-Latn: '* vidi'}", "note: {en: '* see'}"));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).endsWith("code FORM.ANY.note: missing the Serbian Latin text 'sr-Latn'"), p.get(0));
  }

  @Test
  void tableWithADimensionTheIndicatorLacks() {
    assertOnly(replace(BASE, "rows: [SEX]", "rows: [SEX]\n    columns: [AGE]"),
        "indicators.yaml:35:15: table T1: indicator A has no dimension AGE (it has: SEX, FORM)");
  }

  @Test
  void operatorMustFitTheColumnType() {
    List<String> p = problems(replace(BASE, "{status: identified}",
        "{status: true, age: {has: '3'}, report_date: {gt: soon}, residence_permit: [a]}"));
    assertEquals(List.of(
        "indicators.yaml:24:14: indicator A.filter.status: true/false only fit a boolean column; 'status' is a code",
        "indicators.yaml:24:28: indicator A.filter.age: 'has' fits a list column; 'age' holds one value, use 'in'",
        "indicators.yaml:24:45: indicator A.filter.report_date: 'soon' is not a date YYYY-MM-DD",
        "indicators.yaml:24:70: indicator A.filter.residence_permit: a list of values fits a code column; "
            + "'residence_permit' is a boolean (write true or false)"), p);
  }

  @Test
  void dateMustBeADateColumn() {
    assertOnly(replace(BASE, "date: decision_date", "date: status"),
        "indicators.yaml:25:11: indicator A: date column 'status' is a code column, not a date");
  }

  @Test
  void contractDimensionKeepsTheContractCodes() {
    assertOnly(replace(BASE, "from: [u], missing: true", "from: [u]"),
        "indicators.yaml:3:3: dimension SEX (fixed by the data contract): 1 input value(s) coded against the "
            + "contract, e.g. (empty) → null (contract: _U)");
  }

  @Test
  void negativeThresholdAndTargetYears() {
    String yaml = replace(BASE, "disclosure: {threshold: 3, note: victims}", """
        disclosure: {threshold: -1, note: victims}
            target:
              baseline: {year: 2023, value: 10}
              targets: {2022: 9, 1999: 8}
              direction: sideways""");
    assertEquals(List.of(
        "indicators.yaml:29:29: indicator A: disclosure threshold must be 0 or more, not -1",
        "indicators.yaml:32:17: indicator A.target: target year 2022 is not after the baseline year 2023",
        "indicators.yaml:32:26: indicator A.target: year 1999 is outside 2000..2100",
        "indicators.yaml:33:18: indicator A.target.direction must be 'up' or 'down', not 'sideways'"),
        problems(yaml));
  }

  /** Working Action Plan values say so ({@code provisional: true}); without the key they are the adopted ones. */
  @Test
  void aTargetMayBeMarkedProvisional() {
    String target = """
        disclosure: {threshold: 3, note: victims}
            target:
              baseline: {year: 2023, value: 10}
              targets: {2025: 12}
              direction: up""";
    Catalogue adopted = CatalogueLoader.parse("indicators.yaml", replace(BASE, "disclosure: {threshold: 3, note: victims}",
        target));
    assertFalse(adopted.indicators().get(0).target().provisional());
    Catalogue working = CatalogueLoader.parse("indicators.yaml", replace(BASE, "disclosure: {threshold: 3, note: victims}",
        target + "\n      provisional: true"));
    assertTrue(working.indicators().get(0).target().provisional());
    assertEquals(List.of("indicators.yaml:34:20: indicator A.target.provisional must be true or false"),
        problems(replace(BASE, "disclosure: {threshold: 3, note: victims}", target + "\n      provisional: yes please")));
  }

  @Test
  void linkedIndicatorsAreChecked() {
    String yaml = replace(BASE, "disclosure: {threshold: 3, note: victims}",
        "disclosure: {threshold: 3, note: victims, linked: {indicator: AA, where: {SEX: F, FORM: NONE}}}");
    assertEquals(List.of("indicators.yaml:29:17: indicator A: disclosure.linked: no other indicator 'AA'"),
        problems(yaml));
    String b = """
          B:
            label: {en: B, sr-Latn: B}
            definition: {en: B, sr-Latn: B}
            source: victims
            measure: {distinct: victim_id}
            filter: {status: identified}
            date: decision_date
            dimensions: [FORM]
            unit: PS
            disclosure: {threshold: 3, note: victims, linked: {indicator: A, where: {SEX: X, FORM: ANY}}}
      tables:""";
    List<String> p = problems(replace(BASE, "tables:", b.stripTrailing().substring(2)));
    assertEquals(List.of(
        "indicators.yaml:39:19: indicator B: disclosure.linked: where SEX: no code 'X' (one of F M _U or _T)",
        "indicators.yaml:39:19: indicator B: disclosure.linked: where FORM: name a dimension of only one side (a"
            + " shared dimension has the same code in both)"), p);
    String sum = b.replace("{indicator: A, where: {SEX: X, FORM: ANY}}", "[{indicator: A, plus: ZZ}, {indicator: A,"
        + " same: {FORM=ANY: SEX}}]");
    assertEquals(List.of(
        "indicators.yaml:39:19: indicator B: disclosure.linked: no other indicator 'ZZ'",
        "indicators.yaml:39:19: indicator B: disclosure.linked: same FORM=ANY: give 'DIM=CODE: DIM=CODE', a dimension"
            + " of B and one of A"), problems(replace(BASE, "tables:", sum.stripTrailing().substring(2))));
    // a dimension whose codes group another's must classify the same column
    String groups = b.replace("dimensions: [FORM]", "dimensions: [SEX]")
        .replace("{indicator: A, where: {SEX: X, FORM: ANY}}", "{indicator: A, same: {SEX: FORM}}");
    assertEquals(List.of("indicators.yaml:39:19: indicator B: disclosure.linked: same SEX: FORM: FORM and SEX must"
        + " both group the values of one column, without bands"),
        problems(replace(BASE, "tables:", groups.stripTrailing().substring(2))));
  }

  @Test
  void everyProblemOfAFileIsReported() {
    String yaml = replace(BASE, "{status: identified}", "{statuss: identified}");
    yaml = replace(yaml, "unit: PS", "unit: PERSONS");
    yaml = replace(yaml, "rows: [SEX]", "rows: [REGION]");
    yaml = replace(yaml, "label: {en: Form, sr-Latn: Oblik}", "label: {en: Form}");
    List<String> p = problems(yaml);
    assertEquals(4, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("indicators.yaml:11:12: dimension FORM.label: missing the Serbian"));
    assertTrue(p.get(1).startsWith("indicators.yaml:24:14: "));
    assertTrue(p.get(2).startsWith("indicators.yaml:28:11: "));
    assertTrue(p.get(3).startsWith("indicators.yaml:34:12: table T1: indicator A has no dimension REGION"));
  }

  @Test
  void yamlSyntaxError() {
    List<String> p = problems(replace(BASE, "unit: PS", "unit: [PS"));
    assertEquals(1, p.size());
    assertTrue(p.get(0).startsWith("indicators.yaml:29:"), p.get(0));
    assertTrue(p.get(0).contains("not valid YAML"), p.get(0));
  }

  @Test
  void unknownSourceDimensionColumnAndReferences() {
    String yaml = replace(BASE, "source: victims", "source: victim");
    yaml = replace(yaml, "column: exploitation", "column: exploitations");
    yaml = replace(yaml, "tables:", """
          R:
            label: {en: R, sr-Latn: R}
            definition: {en: R, sr-Latn: R}
            measure: {rate: B, population: POP}
            unit: RATE_100K
            disclosure: public
        tables:""");
    assertEquals(List.of(
        "indicators.yaml:12:13: dimension FORM: column 'exploitations' is in no source; did you mean 'exploitation'?",
        "indicators.yaml:22:13: indicator A: no source 'victim'; did you mean 'victims'?",
        "indicators.yaml:33:14: indicator R: no indicator 'B'",
        "indicators.yaml:33:14: indicator R: no population 'POP'"), problems(yaml));
  }

  @Test
  void idsAndCodesAreCodes() {
    String yaml = replace(BASE, "  FORM:\n", "  Form:\n");
    yaml = replace(yaml, "ANY: {en", "any: {en");
    assertEquals(List.of(
        "indicators.yaml:10:3: dimensions: id 'Form' must be upper-case letters, digits and _",
        "indicators.yaml:15:7: code Form.any: a code is upper-case letters, digits and _",
        "indicators.yaml:26:23: indicator A: no dimension 'FORM'; did you mean 'Form'?"), problems(yaml));
  }

  @Test
  void measureTypoAndMissingSection() {
    String yaml = replace(BASE, "{distinct: victim_id}", "{distinc: victim_id}");
    yaml = replace(yaml, "sources:\n  victims: {table: victims}\n", "");
    List<String> p = problems(yaml);
    assertEquals("indicators.yaml:1:1: the catalogue: missing key 'sources'", p.get(0));
    assertTrue(p.contains("indicators.yaml:21:14: indicator A.measure must be 'records' or have exactly one of "
        + "distinct, sum, median, share, ratio, rate; did you mean 'distinct'?"), p.toString());
  }

  @Test
  void proceedingsCountedByPersonAreNeverAdditive() {
    String yaml = replace(BASE, "  victims: {table: victims}", "  victims: {table: victims}\n  proceedings: {table: proceedings}");
    yaml = replace(yaml, "tables:", """
          CJ:
            label: {en: CJ, sr-Latn: CJ}
            definition: {en: CJ, sr-Latn: CJ}
            source: proceedings
            measure: {distinct: person_id}
            filter: {offence: {not_in: [cc350]}, exploitation: {has: labour}}
            date: complaint_date
            dimensions: [SEX]
            additive: [SEX]
            unit: PS
            disclosure: public
        tables:""");
    assertOnly(yaml, "indicators.yaml:39:16: indicator CJ: person_id may have several proceedings rows with "
        + "different codes, so SEX cannot be additive");
  }

  @Test
  void listColumnsTakeHasNotNotIn() {
    assertOnly(replace(BASE, "{status: identified}", "{status: identified, exploitation: {not_in: [labour]}}"),
        "indicators.yaml:24:34: indicator A.filter.exploitation: not_in is ambiguous on a list column; "
            + "use 'has' on the codes you want");
  }

  /** A number beyond an int is reported, not wrapped round (30000000000 became a negative threshold: a crash). */
  @Test
  void aThresholdOrBandTooLargeIsReported() {
    String yaml = replace(BASE, "disclosure: {threshold: 3, note: victims}", "disclosure: {threshold: 30000000000, note: victims}");
    yaml = replace(yaml, "sources:", """
          YEARS:
            label: {en: Age, sr-Latn: Uzrast}
            column: age
            codes:
              ANY: {en: Any, sr-Latn: Bilo koji, min: 0, max: 4294967313}
        sources:""");
    assertEquals(List.of(
        "indicators.yaml:20:55: code YEARS.ANY.max: 4294967313 is too large a number",
        "indicators.yaml:34:29: indicator A.disclosure.threshold: 30000000000 is too large a number"), problems(yaml));
  }

  /** scale: 0 passed the check and published every ratio as 0. */
  @Test
  void aRatioScaleIsAboveZero() {
    String yaml = replace(BASE, "tables:", """
          R:
            label: {en: R, sr-Latn: R}
            definition: {en: R, sr-Latn: R}
            measure: {ratio: [A, A], scale: 0}
            unit: RATIO
            disclosure: public
        tables:""");
    assertOnly(yaml, "indicators.yaml:33:37: indicator R.measure.scale must be above 0 (1 for a ratio, 100 for a "
        + "percentage), not 0");
  }

  /** BASE with one more dimension (lines 16-20, its codes from line 20) before the sources. */
  private static String withDimension(String column, String codes) {
    return replace(BASE, "sources:", """
          NEW:
            label: {en: New, sr-Latn: Novo}
            column: %s
            codes:
        %s
        sources:""".formatted(column, codes.stripIndent().indent(6).stripTrailing()));
  }

  /** Each of these passed the check: a date column crashed 'run'; the others published undeclared codes. */
  @Test
  void everyValueOfADimensionsColumnGetsADeclaredCode() {
    assertOnly(withDimension("report_date", "X: {en: X, sr-Latn: X}"),
        "indicators.yaml:18:13: dimension NEW: column 'report_date' is of type date; a dimension reads codes, a list, "
            + "a country, true/false or a whole number");
    assertOnly(withDimension("compensation_awarded_rsd", "X: {en: X, sr-Latn: X, other: true}"),
        "indicators.yaml:18:13: dimension NEW: column 'compensation_awarded_rsd' is of type decimal; a dimension "
            + "reads codes, a list, a country, true/false or a whole number");
    assertOnly(withDimension("age", """
          Y0T17: {en: '0-17', sr-Latn: '0-17', min: 0, max: 17}
          Y_GE25: {en: '25+', sr-Latn: '25+', min: 25}"""),
        "indicators.yaml:20:7: dimension NEW: value '18' of column age gets code '18', which is not among its codes; "
            + "cover it with a min/max band or declare an 'other: true' code");
    assertOnly(withDimension("citizenship", """
          NAT: {en: Serbia, sr-Latn: Srbija, from: [SRB]}
          XK: {en: Kosovo*, sr-Latn: Kosovo*, from: [XKX]}"""),
        "indicators.yaml:20:7: dimension NEW: value 'ABW' of column citizenship gets code 'ABW', which is not among "
            + "its codes; list it in a 'from' or declare an 'other: true' code");
    assertOnly(withDimension("reflection_period", "TRUE: {en: Granted, sr-Latn: Odobren}"),
        "indicators.yaml:20:7: dimension NEW: value 'false' of column reflection_period gets code 'FALSE', which is "
            + "not among its codes; list it in a 'from' or declare an 'other: true' code");
    CatalogueLoader.parse("indicators.yaml", withDimension("age", """
          Y0T17: {en: '0-17', sr-Latn: '0-17', max: 17}
          Y_GE18: {en: '18+', sr-Latn: '18+', min: 18}"""));
  }

  @Test
  void bandsDoNotOverlap() {
    assertOnly(withDimension("age", """
          Y0T17: {en: '0-17', sr-Latn: '0-17', min: 0, max: 17}
          Y15T29: {en: '15-29', sr-Latn: '15-29', min: 15, max: 29}
          Y_GE30: {en: '30+', sr-Latn: '30+', min: 30}"""),
        "indicators.yaml:21:15: code NEW.Y15T29: band 15..29 overlaps the band of Y0T17 (0..17); a value has one code");
  }

  /** Cyrillic pasted into sr-Latn passed the check and was printed as it was in the Latin edition. */
  @Test
  void serbianLatinTextIsInLatinLetters() {
    assertOnly(replace(BASE, "label: {en: A, sr-Latn: A}", "label: {en: A, sr-Latn: Идентификоване žrtve}"),
        "indicators.yaml:20:29: indicator A.label: the sr-Latn text has Cyrillic letters; write it in Latin letters");
  }

  /** These were reported without a line: the analyst had to search the file. */
  @Test
  void problemsThatHadNoLineHaveOne(@TempDir Path dir) throws Exception {
    Path windows1250 = dir.resolve("x.yaml");
    Files.write(windows1250, BASE.getBytes(Charset.forName("windows-1250")));
    ThbstatException e = assertThrows(ThbstatException.class, () -> CatalogueLoader.load(windows1250));
    assertEquals(List.of("x.yaml:7:32: not UTF-8 text; save the catalogue as UTF-8"),
        e.problems().stream().map(Problem::toString).toList());
    assertOnly(replace(BASE, "label: {en: A, sr-Latn: A}", "label: {en: A\u000B, sr-Latn: A}"),
        "indicators.yaml:20:18: not valid YAML: the control character U+000B is not allowed; delete it");
    assertOnly(replace(BASE, "version: \"1\"", "version:"),
        "indicators.yaml:1:1: the catalogue: 'version' is empty; give the catalogue's version, e.g. version: \"1.1\"");
    // a missing mapping is one problem, not also one per key it would hold
    assertOnly(replace(BASE, "    disclosure: {threshold: 3, note: victims}\n", ""),
        "indicators.yaml:19:3: indicator A: missing key 'disclosure'");
  }

  /** Each of these was reported as two or three problems, or with a suggestion of the same word. */
  @Test
  void eachMistakeIsOneProblemThatSaysWhatToWrite() {
    assertOnly(replace(BASE, "disclosure: {threshold: 3, note: victims}",
        "disclosure: {threshold: 3, note: victims, linked: {indicator: A}}"),
        "indicators.yaml:29:17: indicator A: disclosure.linked: A is this indicator; name the other indicator whose "
            + "cells it repeats");
    assertOnly(replace(BASE, "    unit: PS", "    unit: PS\n    references: [SDG]"),
        "indicators.yaml:29:18: indicator A: reference 'SDG' names no item; write 'FRAMEWORK item', e.g. 'SDG 16.2.2'");
    assertOnly(replace(BASE, "disclosure: {threshold: 3, note: victims}", "disclosure: publik"),
        "indicators.yaml:29:17: indicator A.disclosure must be 'public' or {threshold: n, note: why}, not 'publik'; "
            + "did you mean 'public'?");
    assertOnly(replace(BASE, "measure: {distinct: victim_id}", "measure: record"),
        "indicators.yaml:23:14: indicator A.measure must be 'records' or have exactly one of distinct, sum, median, "
            + "share, ratio, rate, not 'record'; did you mean 'records'?");
    assertOnly(replace(BASE, "label: {en: A, sr-Latn: A}", "label: A"),
        "indicators.yaml:20:12: indicator A.label must be {en: ..., sr-Latn: ...}, not the single text 'A'");
    assertOnly(replace(BASE, "tables:", """
          R:
            label: {en: R, sr-Latn: R}
            definition: {en: R, sr-Latn: R}
            measure: {ratio: [A]}
            unit: RATIO
            disclosure: public
        tables:"""), "indicators.yaml:33:22: indicator R.measure.ratio must be [NUMERATOR, DENOMINATOR]");
  }

  /** The parser finds an unclosed [ on the next line; the message says where it was opened. */
  @Test
  void anUnclosedBracketSaysWhereItWasOpened() {
    assertOnly(replace(BASE, "dimensions: [SEX, FORM]", "dimensions: [SEX, FORM"),
        "indicators.yaml:27:13: not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence at line "
            + "26, column 17)");
  }
}
