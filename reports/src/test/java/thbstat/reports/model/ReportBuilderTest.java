package thbstat.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Disclosure;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.period.Period;
import thbstat.reports.Fixtures;

class ReportBuilderTest {
  private final ReportBuilder builder = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables());

  @Test
  void theYearsAReportShowsWithoutATableAreNamed() {
    // tables of 2024 and 2025: GRETA shows 2023–2025, the annual report 2025 beside 2024
    assertEquals(java.util.List.of("2023"), builder.periodsWithoutTable(ReportKind.GRETA));
    assertEquals(java.util.List.of(), builder.periodsWithoutTable(ReportKind.ANNUAL));
    assertEquals(java.util.List.of(), builder.periodsWithoutTable(ReportKind.QUARTERLY), "not made for a year");
  }

  @Test
  void annualTableT03HoldsTheInputCellsAndTheirSymbols() {
    Report r = builder.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    ReportTable t = table(r, "T03");
    assertEquals(4, t.columns().size());
    assertEquals("Total", t.columns().get(0).label());
    assertEquals("Female", t.columns().get(1).label());
    assertEquals("Total", t.rows().get(0).label());
    assertTrue(t.rows().get(0).total());
    assertEquals(new BigDecimal("1234"), t.rows().get(0).cells().get(0).value());
    assertEquals(ReportCell.CONFIDENTIAL, t.rows().get(0).cells().get(2).symbol());
    assertEquals(ReportCell.CONFIDENTIAL, t.rows().get(0).cells().get(3).symbol());
    assertEquals(new BigDecimal("100"), t.rows().get(1).cells().get(2).value());
    assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("x = confidential: suppressed by disclosure control")));
    assertTrue(t.notes().stream().noneMatch(n -> n.startsWith("A person can be counted")), "sex and age add up");
  }

  @Test
  void aTableThatShowsKosovoCarriesTheDesignationFootnoteOnce() {
    String footnote = "* This designation is without prejudice to positions on status, and is in line with UNSCR"
        + " 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.";
    Report r = builder.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    // T05: identified victims by citizenship (rows) and sex; T03 by sex and age has no citizenship
    assertEquals(1, table(r, "T05").notes().stream().filter(footnote::equals).count(), table(r, "T05").notes().toString());
    assertTrue(table(r, "T03").notes().stream().noneMatch(n -> n.contains("1244")));
    Report cyrl = builder.build(ReportKind.ANNUAL, Language.SR_CYRL, false, Fixtures.provenance());
    assertTrue(table(cyrl, "T05").notes().stream().anyMatch(n -> n.contains("Резолуцијом Савета безбедности УН 1244/1999")));
  }

  @Test
  void aTableAlongAMultiValuedDimensionSaysItsPartsNeedNotAddUp() {
    Report r = builder.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    assertTrue(table(r, "T04").notes().contains("A person can be counted under several categories of “Form of"
        + " exploitation”, so the categories can add up to more than the total."), table(r, "T04").notes().toString());
    Report sr = builder.build(ReportKind.ANNUAL, Language.SR_LATN, false, Fixtures.provenance());
    assertTrue(table(sr, "T04").notes().contains("Lice se može računati u više kategorija „Oblik eksploatacije“, pa"
        + " zbir kategorija može biti veći od ukupnog broja."), table(sr, "T04").notes().toString());
  }

  /** A person trained twice is two participants: the unit says participants, not persons. */
  @Test
  void trainingsCountParticipantsNotPersons() {
    Report r = builder.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    assertEquals("Participants", table(r, "T17").unit());
    assertEquals("Persons", table(r, "T03").unit());
    Report sr = builder.build(ReportKind.ANNUAL, Language.SR_LATN, false, Fixtures.provenance());
    assertEquals("Broj učesnika", table(sr, "T17").unit());
  }

  /** Sex is one code per row, not a list: the persons suspected add up unless one person's rows disagree. */
  @Test
  void aTableOfPersonsWhoseRowsMayDisagreeSaysSoAndNotThatSexIsAList() {
    Report r = builder.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    List<String> notes = table(r, "T12").notes();
    assertTrue(notes.contains("A person whose records of the period differ in “Sex” (in several proceedings, for"
        + " example) is counted under each of them, so the categories can add up to more than the total."),
        notes.toString());
    assertTrue(notes.stream().noneMatch(n -> n.startsWith("A person can be counted under several")), notes.toString());
  }

  @Test
  void headlineComparesWithThePreviousYear() {
    Report r = builder.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    ReportTable h = table(r, "H01");
    ReportRow identified = h.rows().stream().filter(x -> x.label().startsWith("Identified victims")).findFirst()
        .orElseThrow();
    assertEquals(new BigDecimal("1000"), identified.cells().get(0).value());
    assertEquals(new BigDecimal("1234"), identified.cells().get(1).value());
    assertEquals(new BigDecimal("23.4"), identified.cells().get(2).value());
  }

  @Test
  void aChangeFromOrToAProtectedValueIsSuppressedAndNoBaseGivesNoChange() {
    ReportCell x = new ReportCell(null, ReportCell.CONFIDENTIAL, 0);
    ReportCell none = new ReportCell(null, ReportCell.NO_DATA, 0);
    ReportCell ten = ReportCell.of(BigDecimal.TEN, 0);
    assertEquals(ReportCell.CONFIDENTIAL, ReportBuilder.change(x, ten).symbol());
    assertEquals(ReportCell.CONFIDENTIAL, ReportBuilder.change(ten, x).symbol());
    assertEquals(ReportCell.NO_DATA, ReportBuilder.change(none, ten).symbol());
    assertEquals(ReportCell.NO_DATA, ReportBuilder.change(ReportCell.of(BigDecimal.ZERO, 0), ten).symbol());
    // a year the run did not compute: not available, not "no data"
    ReportCell notComputed = new ReportCell(null, ReportCell.NOT_AVAILABLE, 0);
    assertEquals(ReportCell.NOT_AVAILABLE, ReportBuilder.change(notComputed, ten).symbol());
    assertEquals(ReportCell.NOT_AVAILABLE, ReportBuilder.change(ten, notComputed).symbol());
    assertEquals(new BigDecimal("-50.0"), ReportBuilder.change(ten, ReportCell.of(new BigDecimal(5), 0)).value());
  }

  @Test
  void gretaPutsTheYearsSideBySide() {
    Report r = builder.build(ReportKind.GRETA, Language.SR_CYRL, false, Fixtures.provenance());
    ReportTable t = table(r, "T03");
    // always three years: 2023, which the run output lacks, shows ':'
    assertEquals(12, t.columns().size());
    assertEquals("2023", t.columns().get(0).group());
    assertEquals("2024", t.columns().get(4).group());
    assertEquals("2025", t.columns().get(8).group());
    assertEquals("Укупно", t.rows().get(0).label());
    assertEquals(ReportCell.NOT_AVAILABLE, t.rows().get(0).cells().get(0).symbol());
    assertEquals(new BigDecimal("1000"), t.rows().get(0).cells().get(4).value());
    assertEquals(ReportCell.NO_DATA, t.rows().get(0).cells().get(5).symbol());
    assertEquals("2023–2025", r.period());
  }

  @Test
  void theGretaAnnexSaysWhereTheTablesItSkipsAre() {
    Report en = builder.build(ReportKind.GRETA, Language.EN, false, Fixtures.provenance());
    List<String> ids = en.tables().stream().map(ReportTable::id).toList();
    // the registered victims' tables answer no GRETA question; the others keep their numbers
    assertEquals(List.of("T07", "T09"), ids.subList(ids.indexOf("T07"), ids.indexOf("T07") + 2));
    assertEquals(List.of("T27", "T30"), ids.subList(ids.indexOf("T27"), ids.indexOf("T27") + 2));
    assertTrue(table(en, "T09").notes().contains("Tables keep their numbers in the national catalogue: T08 answers no"
        + " GRETA question and is published in the annual report."), table(en, "T09").notes().toString());
    assertTrue(table(en, "T30").notes().contains("Tables keep their numbers in the national catalogue: T28 and T29"
        + " answer no GRETA question and are published in the annual report."), table(en, "T30").notes().toString());
    assertTrue(table(en, "T07").notes().stream().noneMatch(n -> n.startsWith("Tables keep")));
    Report cyrl = builder.build(ReportKind.GRETA, Language.SR_CYRL, false, Fixtures.provenance());
    assertTrue(table(cyrl, "T30").notes().contains("Табеле задржавају бројеве из националног каталога: T28 и T29 не"
        + " одговарају на питања GRETA и објављују се у годишњем извештају."), table(cyrl, "T30").notes().toString());
  }

  /** The reports without a methodology say what "small" is, where all their indicators agree on it. */
  @Test
  void theLegendOfXGivesTheThresholdTheReportsIndicatorsShare() {
    // every indicator with a threshold has 3 (indicators.yaml)
    String three = "x = confidential: suppressed by disclosure control (fewer than 3 persons, or a cell from which"
        + " such a figure could be derived)";
    Report greta = builder.build(ReportKind.GRETA, Language.EN, false, Fixtures.provenance());
    assertTrue(table(greta, "T03").notes().contains(three), table(greta, "T03").notes().toString());
    ReportTable b1 = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
        .build(ReportKind.QUARTERLY, Language.EN, false, Fixtures.provenance()), "B1");
    assertTrue(b1.notes().contains(three), b1.notes().toString());
    Report cyrl = builder.build(ReportKind.GRETA, Language.SR_CYRL, false, Fixtures.provenance());
    assertTrue(table(cyrl, "T03").notes().contains("x = поверљиво: изостављено ради заштите поверљивости (мање од 3 "
        + "лица или ћелија из које би се такав податак могао израчунати)"), table(cyrl, "T03").notes().toString());

    // children's threshold 5: the GRETA annex (T09 shows them) no longer has one threshold
    Catalogue c = Fixtures.CATALOGUE;
    Catalogue mixed = new Catalogue(c.version(), c.dimensions(), c.sources(), c.populations(),
        c.indicators().stream().map(i -> i.id().equals("VIC_IDENTIFIED_CHILDREN") ? withThreshold(i, 5) : i).toList(),
        c.tables(), c.alerts());
    Report differ = new ReportBuilder(mixed, Fixtures.tables()).build(ReportKind.GRETA, Language.EN, false,
        Fixtures.provenance());
    assertTrue(table(differ, "T03").notes().contains("x = confidential: suppressed by disclosure control (fewer "
        + "persons than the threshold, or a cell from which such a figure could be derived)"),
        table(differ, "T03").notes().toString());
    // public figures (threshold 0 or 1) suppress nothing and do not count as another threshold
    assertEquals(three, new ReportBuilder(c, Fixtures.tables()).confidentialNote(
        java.util.Set.of("VIC_IDENTIFIED", "CJ_SUSPECTED"), new thbstat.reports.i18n.Messages(Language.EN)));
  }

  private static Indicator withThreshold(Indicator i, int threshold) {
    return new Indicator(i.id(), i.label(), i.definition(), i.source(), i.measure(), i.filter(), i.date(),
        i.dimensions(), i.additive(), i.unit(), i.references(),
        new Disclosure(threshold, i.disclosure().note(), i.disclosure().linked()), i.target(), i.line());
  }

  @Test
  void aReportForTheOtherKindOfPeriodIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> builder.build(ReportKind.QUARTERLY, Language.EN, false, Fixtures.provenance()));
    assertThrows(IllegalArgumentException.class, () -> new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance()));
  }

  @Test
  void everyKindIsImplementedAndTheKindsOfAPeriodAreKnown() {
    for (ReportKind k : ReportKind.values()) {
      assertTrue(k.implemented(), k.id());
    }
    assertEquals(List.of(ReportKind.QUARTERLY), ReportKind.forPeriod(Period.parse("2025-Q2")));
    assertEquals(List.of(ReportKind.GRETA, ReportKind.ANNUAL, ReportKind.ACTION_PLAN, ReportKind.EUROSTAT),
        ReportKind.forPeriod(Period.parse("2025")));
  }

  /** A fourth quarter's protected headline figure says why it may be: the year's totals come first. */
  @Test
  void aProtectedFigureOfAFourthQuarterIsExplained() {
    String why = "A year's last quarter also protects the figures that, with the year's published totals, would"
        + " give another quarter's small figure away: the annual totals take precedence.";
    Report plain = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
        .build(ReportKind.QUARTERLY, Language.EN, false, Fixtures.provenance());
    assertFalse(table(plain, "B1").notes().contains(why), "2025-Q2's x is not a fourth quarter's");
    assertFalse(table(plain, "B2").notes().contains(why));

    java.util.Map<String, thbstat.indicators.table.IndicatorTable> quarters = new java.util.LinkedHashMap<>(
        Fixtures.quarters());
    thbstat.indicators.table.IndicatorTable q4 = quarters.get("2023-Q4");
    quarters.put("2023-Q4", new thbstat.indicators.table.IndicatorTable(q4.dimensions(), q4.cells().stream()
        .map(c -> c.indicator().equals("VIC_IDENTIFIED") ? c.withStatus("D", null) : c).toList()));
    Report r = new ReportBuilder(Fixtures.CATALOGUE, quarters)
        .build(ReportKind.QUARTERLY, Language.EN, false, Fixtures.provenance());
    assertEquals(ReportCell.CONFIDENTIAL, row(table(r, "B2"), "Identified victims").cells().get(1).symbol());
    assertTrue(table(r, "B2").notes().contains(why), table(r, "B2").notes().toString());
    assertFalse(table(r, "B1").notes().contains(why), "Q2 2024 against Q2 2025");
  }

  @Test
  void quarterlyComparesWithTheSameQuarterLastYearAndShowsAMissingQuarterAsNotAvailable() {
    Report r = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
        .build(ReportKind.QUARTERLY, Language.EN, false, Fixtures.provenance());
    ReportTable q1 = table(r, "B1");
    assertEquals(List.of("Q2 2024", "Q2 2025"), List.of(q1.columns().get(0).label(), q1.columns().get(1).label()));
    ReportRow identified = row(q1, "Identified victims");
    assertEquals(new BigDecimal("40"), identified.cells().get(0).value());
    assertEquals(new BigDecimal("50"), identified.cells().get(1).value());
    assertEquals(new BigDecimal("25.0"), identified.cells().get(2).value(), "(50 − 40) / 40");
    ReportRow reported = row(q1, "Persons reported");
    assertEquals(new BigDecimal("60"), reported.cells().get(0).value());
    assertEquals(ReportCell.CONFIDENTIAL, reported.cells().get(1).symbol());
    assertEquals(ReportCell.CONFIDENTIAL, reported.cells().get(2).symbol(), "a change would disclose the value");

    ReportTable q2 = table(r, "B2");
    assertEquals(8, q2.columns().size());
    assertEquals("Q3 2023", q2.columns().get(0).label());
    assertEquals("Q2 2025", q2.columns().get(7).label());
    ReportRow eight = row(q2, "Identified victims");
    assertEquals(new BigDecimal("31"), eight.cells().get(0).value());
    assertEquals(new BigDecimal("40"), eight.cells().get(3).value());
    assertEquals(ReportCell.NOT_AVAILABLE, eight.cells().get(5).symbol(), "2024-Q4 is not in the run output");
    assertTrue(q2.notes().stream().anyMatch(n -> n.startsWith(": = not available")));

    ReportChart chart = r.charts().get(0);
    assertEquals(List.of("Persons reported as possible victims", "Identified victims"),
        List.copyOf(chart.series().keySet()), "figures without a published value in any quarter are not drawn");
    assertEquals(q2.columns().stream().map(ColumnHeading::label).toList(), chart.categories());
    List<BigDecimal> identifiedSeries = chart.series().get(eight.label());
    assertEquals(new BigDecimal("50"), identifiedSeries.get(7));
    assertEquals(null, identifiedSeries.get(5), "no bar for the missing quarter");
    assertEquals(ReportCell.NOT_AVAILABLE, chart.mark(eight.label(), 5), "the table's symbol in its place");
    assertEquals(null, chart.mark(eight.label(), 7));

    ReportTable q3 = table(r, "B3");
    ReportRow police = row(q3, "Police");
    assertEquals(new BigDecimal("9"), police.cells().get(0).value());
    assertEquals(new BigDecimal("12"), police.cells().get(1).value());
  }

  @Test
  void actionPlanStatusFollowsTheDeclaredRule() {
    Report r = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance());
    ReportTable a = table(r, "A1");
    long withTarget = Fixtures.CATALOGUE.indicators().stream().filter(i -> i.target() != null).count();
    assertEquals(withTarget, a.rows().size());
    // baseline 66 (2023), target 75 in 2025, actual 70: short by 5 ≤ 7.5 (10 % of 75)
    ReportRow identified = row(a, "Identified victims (");
    assertEquals("2023", identified.cells().get(0).text(), "printed as written");
    assertEquals(new BigDecimal("2023"), identified.cells().get(0).value(), "a number to a spreadsheet");
    assertEquals(new BigDecimal("66"), identified.cells().get(1).value());
    assertEquals(new BigDecimal("75"), identified.cells().get(2).value());
    assertEquals(new BigDecimal("70"), identified.cells().get(3).value());
    assertEquals("at risk", identified.cells().get(4).text());
    assertEquals(new BigDecimal("10"), identified.cells().get(5).value());
    assertTrue(identified.cells().get(6).text().contains("AP23"));
    // target 24, actual 25
    assertEquals("on track", row(a, "Persons convicted").cells().get(4).text());
    // target 1,400, tolerance 10 %: at risk from 1,260; actual 1,000
    ReportRow trained = row(a, "Training participants (professionals) (");
    assertEquals(new BigDecimal("1000"), trained.cells().get(3).value());
    assertEquals("off track", trained.cells().get(4).text());
    ReportRow compensation = row(a, "Victims awarded compensation");
    assertEquals(ReportCell.CONFIDENTIAL, compensation.cells().get(3).symbol());
    assertEquals("not assessed", compensation.cells().get(4).text());
    ReportRow days = row(a, "Median days from report to identification");
    assertEquals(ReportCell.NOT_PUBLISHED, days.cells().get(3).symbol());
    assertEquals("not assessed", days.cells().get(4).text());
    assertTrue(a.notes().stream().anyMatch(n -> n.startsWith(".. = not published")));
    assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("x = confidential")));

    Report cyrillic = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.SR_CYRL, false, Fixtures.provenance());
    ReportRow identifiedCyrl = row(table(cyrillic, "A1"), "Идентификоване жртве (");
    assertEquals("у ризику", identifiedCyrl.cells().get(4).text());
    assertEquals("AP23 број идентификованих жртава; AP24 трговина људима: идентификација",
        identifiedCyrl.cells().get(6).text(), "the catalogue's Serbian items, the codes in Latin");
    // the definitions: the references worded in Serbian in full, the one that is a code (SDG 16.2.2) as it is
    Definition identifiedDef = cyrillic.definitions().stream().filter(d -> d.code().equals("VIC_IDENTIFIED"))
        .findFirst().orElseThrow();
    assertEquals("GRETA статистика: идентификоване жртве према полу, узрасту, држављанству и облику експлоатације; "
        + "AP23 број идентификованих жртава; AP24 трговина људима: идентификација; SDG 16.2.2; GLOTIP откривене жртве",
        identifiedDef.references());

    Report internal = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, true, Fixtures.provenance());
    assertEquals(ReportCell.NO_DATA, row(table(internal, "A1"), "Median days from report").cells().get(3).symbol());
  }

  @Test
  void actionPlanHidesABaselineBelowTheThresholdInThePublicEdition() {
    // VIC_COMPENSATION_AWARDED: baseline 2 persons (2023), disclosure threshold 3
    ReportTable pub = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance()), "A1");
    assertEquals(ReportCell.CONFIDENTIAL, row(pub, "Victims awarded compensation").cells().get(1).symbol());
    assertEquals(new BigDecimal("4"), row(pub, "Victims awarded compensation").cells().get(2).value(),
        "a target is a policy value, not a count of persons");
    assertTrue(pub.notes().contains("x in the baseline: a declared baseline of fewer persons than the indicator's "
        + "disclosure threshold is not shown in the public edition."));
    // a baseline at or above the threshold, or a median, is shown
    assertEquals(new BigDecimal("66"), row(pub, "Identified victims (").cells().get(1).value());
    // a median with one decimal, as in every table (a half is possible)
    ReportCell median = row(pub, "Median days from report to identification").cells().get(1);
    assertEquals(new BigDecimal("60.0"), median.value());
    assertEquals(1, median.decimals());

    ReportTable internal = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, true, Fixtures.provenance()), "A1");
    assertEquals(new BigDecimal("2"), row(internal, "Victims awarded compensation").cells().get(1).value());
    assertTrue(internal.notes().stream().noneMatch(n -> n.startsWith("x in the baseline")));
  }

  @Test
  void actionPlanNotesABaselineTheTablesOfItsYearGiveOtherwise() {
    ReportBuilder builder = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlanWithBaselineYear());
    assertEquals(List.of("VIC_IDENTIFIED: baseline 66 declared for 2023, the tables give 62"),
        builder.baselineNotes(ReportKind.ACTION_PLAN), "convicted persons: 20 as declared");
    assertEquals(List.of(), builder.baselineNotes(ReportKind.ANNUAL));
    ReportTable a = table(builder.build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance()), "A1");
    assertEquals("For the baseline year the extract now gives other values than these baselines (data revised "
        + "since, or counted otherwise): Identified victims 2023: 62.", a.notes().get(a.notes().size() - 2));
    // the fixture's 2023 shows 2 of the 11 baselines' indicators; compensation is protected there
    assertEquals("Baselines not checked against the extract, as the tables of their year do not show the value "
        + "(protected, not published or not computed then): Median days from report to identification 2023; "
        + "Victims awarded compensation 2023; Prison sentences below the statutory minimum (Art. 388) 2023; Median "
        + "days from complaint to final judgment 2023; Share of suspects from proactive investigations 2023; "
        + "Trafficking cases with a financial investigation 2023; Trafficking cases with confiscated assets 2023; "
        + "Training participants (professionals) 2023; Training participants from prosecution and judiciary 2023.",
        a.notes().get(a.notes().size() - 1));
    // without the baseline year, the reader is told the baselines were not checked
    ReportBuilder withoutBaselineYear = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan());
    assertEquals(List.of("baselines of 2023 not checked against the extract (11 indicators): the run folder holds no "
        + "tables of 2023"), withoutBaselineYear.baselineNotes(ReportKind.ACTION_PLAN));
    ReportTable alone = table(withoutBaselineYear.build(ReportKind.ACTION_PLAN, Language.SR_LATN, false,
        Fixtures.provenance()), "A1");
    assertEquals("Polazne vrednosti nisu proverene prema podacima, jer izlazna fascikla obrade ne sadrži tabele godine "
        + "polazne vrednosti: 2023.", alone.notes().get(alone.notes().size() - 1));
    assertEquals(new BigDecimal("66"), row(a, "Identified victims (").cells().get(1).value(), "the declared baseline stays");
    assertEquals("at risk", row(a, "Identified victims (").cells().get(4).text(), "assessed against the declared path");
    // without the baseline year's table there is nothing to compare
    assertTrue(alone.notes().stream().noneMatch(n -> n.startsWith("Za godinu polazne vrednosti")));
  }

  /**
   * Where the baselines and targets come from is said once: working values of the catalogue
   * (every target of indicators.yaml is {@code provisional}), not the Action Plans' figures.
   */
  @Test
  void actionPlanSaysOnceWhetherItsBaselinesAndTargetsAreWorkingValues() {
    ReportTable a = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlanWithBaselineYear())
        .build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance()), "A1");
    String working = "Baselines and targets are working values of the indicator catalogue (indicators.yaml), not yet "
        + "confirmed against the adopted Action Plans.";
    assertEquals(List.of(working), a.notes().stream().filter(n -> n.contains("working values")).toList());
    assertTrue(a.notes().stream().noneMatch(n -> n.contains("declared in the Action Plans")), a.notes().toString());
    assertTrue(a.notes().stream().filter(n -> n.startsWith("Status: ")).allMatch(n -> n.endsWith("not available.")));
    ReportTable cyrl = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.SR_CYRL, false, Fixtures.provenance()), "A1");
    assertTrue(cyrl.notes().contains("Полазне и циљне вредности су радне вредности из каталога показатеља "
        + "(indicators.yaml), још непотврђене према усвојеним акционим плановима."), cyrl.notes().toString());

    // confirmed all but one: the adopted Action Plans' values, but for the one still working
    Catalogue c = Fixtures.CATALOGUE;
    Catalogue confirmed = new Catalogue(c.version(), c.dimensions(), c.sources(), c.populations(),
        c.indicators().stream().map(i -> i.target() == null || i.id().equals("CJ_CONVICTED") ? i : confirmed(i))
            .toList(), c.tables(), c.alerts());
    List<String> notes = table(new ReportBuilder(confirmed, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance()), "A1").notes();
    assertTrue(notes.contains("Baselines and targets are those of the adopted Action Plans, as entered in the "
        + "indicator catalogue (indicators.yaml), but for the working values, not yet confirmed, of: Persons "
        + "convicted of trafficking (final)."), notes.toString());
    Catalogue all = new Catalogue(c.version(), c.dimensions(), c.sources(), c.populations(),
        c.indicators().stream().map(i -> i.target() == null ? i : confirmed(i)).toList(), c.tables(), c.alerts());
    List<String> adopted = table(new ReportBuilder(all, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.EN, false, Fixtures.provenance()), "A1").notes();
    assertTrue(adopted.contains("Baselines and targets are those of the adopted Action Plans, as entered in the "
        + "indicator catalogue (indicators.yaml)."), adopted.toString());
    assertTrue(adopted.stream().noneMatch(n -> n.contains("working values")), adopted.toString());
  }

  private static Indicator confirmed(Indicator i) {
    thbstat.indicators.model.Target t = i.target();
    return new Indicator(i.id(), i.label(), i.definition(), i.source(), i.measure(), i.filter(), i.date(),
        i.dimensions(), i.additive(), i.unit(), i.references(), i.disclosure(),
        new thbstat.indicators.model.Target(t.baselineYear(), t.baseline(), t.targets(), t.direction(), t.tolerance()),
        i.line());
  }

  @Test
  void eurostatPutsTheYearsAcrossAndLeavesOutWhatNoPublicTableHolds() {
    Report r = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.eurostat(false))
        .build(ReportKind.EUROSTAT, Language.EN, false, Fixtures.provenance());
    assertEquals("2023–2025", r.period());
    ReportTable vict = r.tables().stream().filter(t -> t.title().startsWith("crim_thb_vict:")).findFirst()
        .orElseThrow();
    assertEquals(List.of("2023", "2024", "2025"), vict.columns().stream().map(ColumnHeading::label).toList());
    ReportRow registered = row(vict, "Registered victims");
    assertTrue(registered.total());
    assertEquals(new BigDecimal("80"), registered.cells().get(0).value());
    assertEquals(ReportCell.NOT_AVAILABLE, registered.cells().get(1).symbol());
    assertEquals(new BigDecimal("90"), registered.cells().get(2).value());
    ReportRow women = vict.rows().get(vict.rows().indexOf(registered) + 1);
    assertEquals("Female", women.label());
    assertEquals(new BigDecimal("61"), women.cells().get(2).value());

    ReportTable sex = r.tables().stream().filter(t -> t.title().startsWith("crim_thb_sex:")).findFirst()
        .orElseThrow();
    ReportRow suspected = row(sex, "Persons suspected");
    assertEquals(new BigDecimal("100"), suspected.cells().get(0).value());
    assertEquals(new BigDecimal("120"), suspected.cells().get(2).value());
    // women have no cell in this file, so the line after the total is the men's
    ReportRow men = sex.rows().get(sex.rows().indexOf(suspected) + 1);
    assertEquals("Male", men.label());
    assertEquals(new BigDecimal("85"), men.cells().get(2).value());

    ReportTable age = r.tables().stream().filter(t -> t.title().startsWith("crim_thb_vsage:")).findFirst()
        .orElseThrow();
    assertTrue(age.rows().stream().noneMatch(x -> x.label().contains("Children")), "no public cell by age");
    assertTrue(age.notes().stream().anyMatch(n -> n.startsWith("Breakdowns that are in no public table")));
    // a victim of sexual and labour exploitation is one registered victim, in both groups
    ReportTable forms = r.tables().stream().filter(t -> t.title().startsWith("crim_thb_vexp:")).findFirst()
        .orElseThrow();
    assertTrue(forms.notes().contains("A person can be counted under several categories of “Form of exploitation"
        + " (Eurostat groups)”, so the categories can add up to more than the total."), forms.notes().toString());
    assertTrue(vict.notes().stream().noneMatch(n -> n.startsWith("A person")), "victims' sexes add up");

    Report internal = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.eurostat(true))
        .build(ReportKind.EUROSTAT, Language.EN, true, Fixtures.provenance());
    ReportTable ageInternal = internal.tables().stream().filter(t -> t.title().startsWith("crim_thb_vsage:"))
        .findFirst().orElseThrow();
    // registered victims alone (identified victims by age are T03's, not Eurostat's registered ones)
    ReportRow children = ageInternal.rows().stream()
        .filter(x -> x.label().equals("Total – Children (under 18)")).findFirst().orElseThrow();
    assertEquals(new BigDecimal("20"), children.cells().get(2).value());
  }

  /** One Serbian word for one thing: Evrostat (not Eurostat), GRETA in Latin script, "prilog" for an annex. */
  @Test
  void serbianEditionsNameEurostatGretaAndAnAnnexOneWay() {
    Report eurostat = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.eurostat(false))
        .build(ReportKind.EUROSTAT, Language.SR_CYRL, false, Fixtures.provenance());
    assertEquals("Трговина људима: прикупљање података Евростата", eurostat.title());
    ReportTable forms = eurostat.tables().stream().filter(t -> t.title().startsWith("crim_thb_vexp:")).findFirst()
        .orElseThrow();
    assertEquals("Облик експлоатације (групе Евростата) / Пол", forms.rowHeading());
    Report annual = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.SR_CYRL, false, Fixtures.provenance());
    assertEquals("Регистроване жртве према облику експлоатације (групе Евростата) и полу", table(annual, "T08").title());
    assertTrue(table(annual, "D1").title().startsWith("Прилог – "), table(annual, "D1").title());
    Report greta = builder.build(ReportKind.GRETA, Language.SR_CYRL, false, Fixtures.provenance());
    assertEquals("Статистички прилог упитнику GRETA", greta.title());
    assertEquals("Statistički prilog upitniku GRETA",
        builder.build(ReportKind.GRETA, Language.SR_LATN, false, Fixtures.provenance()).title());
  }

  /** Each status has its own words, and the rule under the table defines them with those words. */
  @Test
  void actionPlanStatusesHaveDistinctSerbianLabels() {
    ReportTable a = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.SR_LATN, false, Fixtures.provenance()), "A1");
    assertEquals("u riziku", row(a, "Identifikovane žrtve (").cells().get(4).text());
    assertEquals("u skladu s planom", row(a, "Lica pravosnažno osuđena").cells().get(4).text());
    assertEquals("znatno zaostaje", row(a, "Učesnici obuka (stručnjaci) (").cells().get(4).text());
    assertEquals("Mera akcionog plana", a.columns().get(6).label());
    String rule = a.notes().stream().filter(n -> n.startsWith("Status: ")).findFirst().orElseThrow();
    assertTrue(rule.startsWith("Status: u skladu s planom = ostvarena vrednost dostiže ili premašuje vrednost "
        + "očekivanu za godinu"), rule);
    assertTrue(rule.contains("; u riziku = od nje odstupa u nepovoljnom smeru najviše za toleranciju (procenat "
        + "očekivane vrednosti); znatno zaostaje = odstupa više od toga; nije ocenjeno = "), rule);
    assertEquals(1, rule.split("zaostaje", -1).length - 1, "the off-track label only, not in another's definition");
  }

  @Test
  void annualHasChartsMethodologyAndTheDataQualityAnnex() {
    Report r = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    assertEquals(List.of("C1", "C2"), r.charts().stream().map(ReportChart::id).toList());
    ReportChart funnel = r.charts().get(1);
    assertEquals(ReportChart.Style.HORIZONTAL_BARS, funnel.style());
    assertTrue(funnel.note().startsWith("Each bar counts the persons who reached that stage in the year (criminal "
        + "complaint, confirmed indictment, final conviction), not one group of persons followed through"), funnel.note());
    assertEquals(3, funnel.categories().size());
    TextSection method = r.sections().get(0);
    assertEquals("Methodology", method.title());
    assertTrue(method.paragraphs().stream().anyMatch(p -> p.startsWith("• threshold 3: values from 1 to 2 are "
        + "suppressed: ") && p.contains("Identified victims")));
    assertTrue(method.paragraphs().stream().anyMatch(p -> p.startsWith("• public by nature")
        && p.contains("Persons suspected")));
    // labels with commas in them are separated by semicolons
    assertTrue(method.paragraphs().stream().anyMatch(p -> p.startsWith("• public by nature")
        && p.contains("; Persons finally convicted of trafficking, by sentence; ")), method.paragraphs().toString());
    assertTrue(method.paragraphs().contains("Counting. Persons and cases are counted once per indicator and period. "
        + "Where a person can hold several codes of a breakdown (forms of exploitation, assistance), the person counts "
        + "once under each code and once in the total, so the codes can add up to more than the total. Medians are "
        + "exact; shares are per cent of the persons counted."));
    // the symbols of its tables: x (T03), – (cells the fixture lacks); no year is missing (:), nothing unpublished (..)
    assertEquals("Symbols: x = confidential: suppressed by disclosure control (fewer than 3 persons, or a cell from "
        + "which such a figure could be derived); – = no data.",
        method.paragraphs().get(method.paragraphs().size() - 1));
    ReportTable d1 = table(r, "D1");
    ReportRow total = d1.rows().get(0);
    assertTrue(total.total());
    // 150 read, 147 accepted, 3 quarantined = 2.0 %
    assertEquals(List.of(new BigDecimal("150"), new BigDecimal("147"), new BigDecimal("3"), new BigDecimal("2.0")),
        total.cells().stream().map(ReportCell::value).toList());
    assertEquals(new BigDecimal("3.0"), row(d1, "Victims (victims)").cells().get(3).value());
    ReportTable d2 = table(r, "D2");
    assertEquals(1, d2.rows().size(), "only columns with unknown values");
    assertEquals("Victims (victims): sex", d2.rows().get(0).label());
    Report cyrl = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.SR_CYRL, false, Fixtures.provenance());
    // Serbian name, the file's column name beside it in Latin script
    assertTrue(table(cyrl, "D2").rows().get(0).label().endsWith(": пол (sex)"), table(cyrl, "D2").rows().get(0).label());
    assertEquals(new BigDecimal("12.5"), d2.rows().get(0).cells().get(0).value());
    assertTrue(d1.notes().stream().noneMatch(n -> n.startsWith("Latest record")), "a report that does not say");
  }

  /** Each chart says what it counts, as a table does, whether it draws one series or several. */
  @Test
  void everyChartHasItsUnit() {
    Report annual = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    assertEquals(List.of("Persons", "Persons"), annual.charts().stream().map(ReportChart::unit).toList(),
        "C1 (all ages and children), C2 (the funnel)");
    Report bulletin = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
        .build(ReportKind.QUARTERLY, Language.SR_CYRL, false, Fixtures.provenance());
    assertEquals(List.of("Број лица"), bulletin.charts().stream().map(ReportChart::unit).toList());
  }

  @Test
  void theDataQualityAnnexSaysHowRecentTheExtractIsToTheMonth() {
    DataQuality dq = Fixtures.dataQuality();
    DataQuality dated = new DataQuality(dq.tables(), dq.unknownShares(), dq.warnings(), "2025-12");
    ReportBuilder b = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), dated);
    assertTrue(table(b.build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance()), "D1").notes()
        .contains("Latest record in the extract (up to the day of the run): December 2025"));
    assertTrue(table(b.build(ReportKind.ANNUAL, Language.SR_LATN, false, Fixtures.provenance()), "D1").notes()
        .contains("Najkasniji zapis u izvodu (do dana obrade): decembar 2025."));
  }

  @Test
  void theDataQualityAnnexGivesTheReferenceYearsRowsBesideTheWholeExtracts() {
    // victims: 100 read, 3 quarantined; 40 dated 2025 of which 2 quarantined, 1 quarantined with no readable date.
    // proceedings: 50 read, none quarantined, 20 dated 2025.
    DataQuality dq = new DataQuality(List.of(
        new DataQuality.TableRows("victims", 100, 97, 3, "report_date", Map.of("2024", new DataQuality.YearRows(59, 0),
            "2025", new DataQuality.YearRows(40, 2), "unknown", new DataQuality.YearRows(1, 1))),
        new DataQuality.TableRows("proceedings", 50, 50, 0, "complaint_date",
            Map.of("2024", new DataQuality.YearRows(30, 0), "2025", new DataQuality.YearRows(20, 0)))),
        Map.of("victims", Map.of("sex", 0.125, "case_id", 0.8), "proceedings", Map.of("final_date", 0.5, "age", 0.1)),
        List.of(), null, Map.of("victims", Map.of("2024", Map.of("sex", 0.2), "2025", Map.of("sex", 0.05)),
            "proceedings", Map.of("2024", Map.of("age", 0.1))));
    ReportTable d1 = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), dq)
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance()), "D1");
    assertEquals(List.of("Whole extract", "Whole extract", "Whole extract", "Whole extract", "2025", "2025", "2025"), d1.columns().stream().map(ColumnHeading::group).toList());
    // 2025: 60 read, 2 quarantined = 3.3 %; victims 2 of 40 = 5.0 % against 3.0 % of the whole extract
    assertEquals(List.of(new BigDecimal("150"), new BigDecimal("147"), new BigDecimal("3"), new BigDecimal("2.0"),
        new BigDecimal("60"), new BigDecimal("2"), new BigDecimal("3.3")),
        d1.rows().get(0).cells().stream().map(ReportCell::value).toList());
    assertEquals(List.of(new BigDecimal("40"), new BigDecimal("2"), new BigDecimal("5.0")),
        row(d1, "Victims (victims)").cells().subList(4, 7).stream().map(ReportCell::value).toList());
    assertTrue(d1.notes().contains("The first four columns cover the whole extract, every year of it. "
        + "2025: the rows whose first date (report_date, complaint_date) falls in 2025, "
        + "the reference year; a quarantined row whose date cannot be read is counted in the whole extract only (1)."),
        d1.notes().toString());

    // an empty case_id or final_date records that there is no case, no final judgment yet: not unknown
    ReportTable d2 = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), dq)
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance()), "D2");
    assertEquals(List.of("Criminal proceedings (proceedings): age", "Victims (victims): sex"),
        d2.rows().stream().map(ReportRow::label).sorted().toList());
    assertEquals(List.of("Whole extract", "Dated 2025"), d2.columns().stream().map(ColumnHeading::label).toList());
    // sex unknown: 12.5 % of the extract, 5.0 % of 2025; the proceedings report no 2025 rows: '–'
    assertEquals(List.of(new BigDecimal("12.5"), new BigDecimal("5.0")),
        row(d2, "Victims (victims): sex").cells().stream().map(ReportCell::value).toList());
    assertEquals(ReportCell.NO_DATA, row(d2, "Criminal proceedings (proceedings): age").cells().get(1).symbol());
    assertTrue(d2.notes().get(0).startsWith("– = "), d2.notes().toString());
    assertTrue(d2.notes().get(2).startsWith("Not listed either: columns where an empty value means that the event has "
        + "not happened (yet) rather than that it is unknown: case_id, indictment_date,"), d2.notes().toString());

    // a report without rows by year: the whole extract alone, as before
    ReportTable plain = table(new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance()), "D1");
    assertEquals(4, plain.columns().size());
    assertTrue(plain.notes().stream().noneMatch(n -> n.startsWith("2025:")));
  }

  @Test
  void eachTableNamesWhoKeepsItsRecords() {
    Report r = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.EN, false, Fixtures.provenance());
    String victims = "Centre for Protection of Victims of Trafficking in Human Beings: records of reported and identified "
        + "victims";
    String proceedings = "Ministry of the Interior, public prosecutors' offices and courts: records of criminal proceedings";
    String computed = " (anonymised records; indicator store computed by thbstat)";
    assertEquals(victims + computed, table(r, "T03").source());
    assertEquals(proceedings + computed, table(r, "T12").source());
    assertEquals("Institutions that train professionals: records of trainings" + computed, table(r, "T17").source());
    assertEquals(victims + "; " + proceedings + computed, table(r, "H01").source(), "headline: both");
    // the program's name is not transliterated
    Report cyrl = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables(), Fixtures.dataQuality())
        .build(ReportKind.ANNUAL, Language.SR_CYRL, false, Fixtures.provenance());
    assertTrue(table(cyrl, "T03").source().endsWith("програмом thbstat)"), table(cyrl, "T03").source());
    // the bulletin's eight quarters show the headline indicators, criminal justice among them
    Report bulletin = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.quarters())
        .build(ReportKind.QUARTERLY, Language.EN, false, Fixtures.provenance());
    assertEquals(victims + "; " + proceedings + computed, table(bulletin, "B2").source());
    // a chart names the records of the table it draws
    assertEquals(victims + "; " + proceedings + computed, bulletin.charts().get(0).source(), "C1 of the bulletin");
    assertEquals(victims + computed, r.charts().get(0).source(), "C1: identified victims by form and age");
    assertEquals(proceedings + computed, r.charts().get(1).source(), "C2: suspected, prosecuted, convicted");
    assertEquals(victims + computed, r.trendSource(), "the cover's identified victims by year");
    assertEquals(null, bulletin.trendSource(), "a bulletin has no trend on its cover");
    assertEquals("Data-quality report of the ingest of the anonymised extract", table(r, "D1").source());
    // a ratio names the sources of the indicators it divides; a rate, of the one it counts
    ReportBuilder b = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.tables());
    thbstat.reports.i18n.Messages en = new thbstat.reports.i18n.Messages(Language.EN);
    assertEquals(proceedings + computed, b.sourceOf(new ReportTable("X1", "t", "u", "", List.of(), List.of(), List.of(),
        "CJ_CONVICTIONS_PER_SUSPECT"), en));
    assertEquals(victims + computed, b.sourceOf(new ReportTable("X2", "t", "u", "", List.of(), List.of(), List.of(),
        "VIC_IDENTIFIED_RATE"), en));
    Report action = new ReportBuilder(Fixtures.CATALOGUE, Fixtures.actionPlan())
        .build(ReportKind.ACTION_PLAN, Language.SR_LATN, false, Fixtures.provenance());
    assertTrue(table(action, "A1").source().startsWith("Centar za zaštitu žrtava trgovine ljudima: evidencija "
        + "prijavljenih i identifikovanih žrtava; Ministarstvo unutrašnjih poslova"), table(action, "A1").source());
  }

  static ReportRow row(ReportTable t, String labelStart) {
    return t.rows().stream().filter(x -> x.label().startsWith(labelStart)).findFirst()
        .orElseThrow(() -> new AssertionError(t.id() + ": no row starting '" + labelStart + "' in "
            + t.rows().stream().map(ReportRow::label).toList()));
  }

  static ReportTable table(Report r, String id) {
    return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
