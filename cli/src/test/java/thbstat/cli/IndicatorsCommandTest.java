package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thbstat indicators} in-process, on the repository's indicators.yaml (found as ../indicators.yaml). */
class IndicatorsCommandTest {
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void checkTheRealCatalogue() {
    Result r = run("indicators", "check");
    assertEquals(0, r.code(), r.err());
    assertTrue(Pattern.compile("indicators\\.yaml: \\d+ indicators, \\d+ dimensions, \\d+ tables: OK\\R")
        .matcher(r.out()).matches(), r.out());
    assertEquals("", r.err());
  }

  @Test
  void checkReportsEveryProblemAndExits2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("indicators.yaml");
    String yaml = Files.readString(Path.of("../indicators.yaml"), StandardCharsets.UTF_8)
        .replaceFirst("    unit: PS\n", "    unit: PERSONS\n")
        .replaceFirst("    date: report_date\n", "    dates: report_date\n");
    Files.writeString(bad, yaml, StandardCharsets.UTF_8);
    Result r = run("indicators", "check", "--catalogue", bad.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    String[] lines = r.err().split("\\R");
    assertEquals(6, lines.length, r.err());
    assertTrue(lines[0].matches("indicators\\.yaml:\\d+:3: indicator VIC_REPORTED: missing key 'date'.*"), lines[0]);
    assertTrue(lines[1].matches("indicators\\.yaml:\\d+:5: unknown key 'dates' in indicator VIC_REPORTED; "
        + "did you mean 'date'\\?"), lines[1]);
    assertTrue(lines[2].matches("indicators\\.yaml:\\d+:11: indicator VIC_REPORTED: unit 'PERSONS' is not .*"), lines[2]);
    // the alert rules watching VIC_REPORTED see its bad unit too
    assertTrue(lines[3].matches("indicators\\.yaml:\\d+:\\d+: alert REPORTS_BY_REGION: .*PERSONS.*"), lines[3]);
    assertTrue(lines[4].matches("indicators\\.yaml:\\d+:\\d+: alert REGION_SILENT: .*PERSONS.*"), lines[4]);
    assertEquals("indicators.yaml: 5 problems", lines[5]);
  }

  @Test
  void listShowsOneLinePerIndicator() {
    Result r = run("indicators", "list");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ID "), r.out());
    assertTrue(Pattern.compile("(?m)^VIC_IDENTIFIED +PS +victims +SEX,AGE,CITIZENSHIP,EXPLOITATION,REGION,SCOPE +"
        + "Identified victims$").matcher(r.out()).find(), r.out());
    assertTrue(Pattern.compile("(?m)^CJ_PROACTIVE_SHARE +PC +proceedings +- +").matcher(r.out()).find());
    assertTrue(Pattern.compile("(?m)^CJ_CONVICTIONS_PER_SUSPECT +RATIO +\\(ratio\\) +SEX,OFFENCE ").matcher(r.out()).find());
  }

  @Test
  void listInSerbianCyrillic() {
    Result r = run("indicators", "list", "--lang", "sr-Cyrl");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Идентификоване жртве"), r.out());
    // every heading in Cyrillic (not IZVOR, NAZIV kept as if acronyms); the command as it is typed
    assertTrue(Pattern.compile("^ID +ЈЕДИНИЦА +ИЗВОР +ДИМЕНЗИЈЕ +НАЗИВ\n").matcher(r.out()).find(), r.out());
    assertTrue(r.out().stripTrailing().endsWith(" индикатора. Детаљи: thbstat indicators show ID"), r.out());
  }

  @Test
  void badLanguageIsAUsageError() {
    Result r = run("indicators", "list", "--lang", "de");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown language 'de'"), r.err());
  }

  @Test
  void checkTakesNoLanguageBecauseItsProblemsAreInEnglish() {
    Result r = run("indicators", "check", "--lang", "sr-Cyrl");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown options: '--lang'"), r.err());
  }

  @Test
  void showExplainsTheCountingRule() {
    Result r = run("indicators", "show", "CJ_CONVICTED");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("CJ_CONVICTED — Persons convicted of trafficking (final)"), out);
    assertTrue(out.contains("Source:            proceedings"), out);
    assertTrue(out.contains("person_type = natural and offence in [cc388, cc389, cc390] and final_outcome = convicted"), out);
    assertTrue(out.contains("Period by:         final_date"), out);
    assertTrue(out.contains("distinct values of person_id"), out);
    assertTrue(out.contains("PS (persons)"), out);
    assertTrue(out.contains("OFFENCE — Criminal offence (offence; not additive)"), out);
    assertTrue(out.contains("CC350"), out);
    assertTrue(out.contains("EUROSTAT  crim_thb_sex"), out);
    assertTrue(out.contains("public, no primary suppression"), out);
    assertTrue(out.contains("baseline 2023: 20; 2024: 22"), out);
    assertTrue(out.contains("tolerance 15%); working values, not yet confirmed against the adopted Action Plan"), out);
    assertTrue(out.contains("T14_CJ_CONVICTED_OFFENCE_SEX"), out);
  }

  @Test
  void anInternalIndicatorShowsNoReferenceAndNoTable() {
    Result r = run("indicators", "show", "VIC_PRESUMED_GROUP");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("References\n  -\n"), r.out());
    assertTrue(Pattern.compile("(?m)^  Published in: +-$").matcher(r.out()).find(), r.out());
  }

  @Test
  void showInSerbianLatin() {
    Result r = run("indicators", "show", "VIC_IDENTIFIED_CHILDREN", "--lang", "sr-Latn");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("VIC_IDENTIFIED_CHILDREN — Identifikovana deca žrtve"), r.out());
    assertTrue(r.out().contains("status = identified i age < 18"), r.out());
    assertTrue(r.out().contains("ćelije od 1 do 2 se ne objavljuju"), r.out());
  }

  @Test
  void showUnknownIdSuggestsAndExits2() {
    Result r = run("indicators", "show", "VIC_IDENTIFED");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no indicator 'VIC_IDENTIFED'; did you mean 'VIC_IDENTIFIED'?"), r.err());
  }

  @Test
  void missingCatalogueFileIsAUsageError() {
    Result r = run("indicators", "check", "--catalogue", "no/such/indicators.yaml");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("does not exist"), r.err());
  }

  @Test
  void helpHasExamples() {
    Result r = run("indicators", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("thbstat indicators show VIC_IDENTIFIED"), r.out());
    assertTrue(r.out().contains("list") && r.out().contains("check"), r.out());
  }
}
