package thbstat.jobs.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import thbstat.indicators.contract.Extract;

/**
 * Criminal cases, one row per defendant: cases share their police administration, offence,
 * initiative and court dates; each defendant goes as far as the extract date allows. About 5% of
 * people reappear in a later case under the same person_id.
 */
final class ProceedingGenerator {
  private static final int STREAM = 2;
  /** How many recent suspects a reappearing person is drawn from: bounded memory at any scale. */
  private static final int RECENT = 64;

  private static final Choice TRAFFICKING_OFFENCE = Choice.of("cc388", 88, "cc389", 4, "cc390", 8);
  private static final Choice DEFENDANTS = Choice.of("1", 24, "2", 30, "3", 25, "4", 13, "5", 8);
  private static final Choice INITIATED_BY =
      Choice.of("proactive", 44, "victim_report", 25, "referral", 23, "other", 8);
  private static final Choice SEX = Choice.of("m", 72, "f", 26, "u", 2);
  private static final Choice FORM = Choice.of(
      "sexual", 50, "labour", 30, "begging", 6, "criminality", 4, "domestic_servitude", 3,
      "forced_marriage", 4, "organ_removal", 0.5, "illegal_adoption", 0.5, "other", 2);
  private static final Choice FIRST_OUTCOME = Choice.of("convicted", 70, "acquitted", 20, "rejected", 10);
  private static final Choice SENTENCE =
      Choice.of("prison", 72, "suspended", 14, "fine", 5, "community", 4, "other", 5);

  private final GenerateOptions options;
  private final YearPlan plan;
  private final Ids ids;
  private final LocalDate extractDate;
  private final ArrayDeque<Suspect> recent = new ArrayDeque<>();
  private long nextPerson = 1;

  ProceedingGenerator(GenerateOptions options, YearPlan plan, Ids ids) {
    this.options = options;
    this.plan = plan;
    this.ids = ids;
    this.extractDate = YearPlan.extractDate(options.toYear());
  }

  void write(TableWriter out) throws IOException {
    Row row = new Row(Extract.PROCEEDINGS);
    for (int year = options.fromYear(); year <= options.toYear(); year++) {
      SplittableRandom rng = Draw.stream(options.seed(), STREAM, year);
      long trafficking = plan.cases(year);
      long all = trafficking + plan.comparatorCases(year);
      for (long seq = 1; seq <= all; seq++) {
        writeCase(out, row, rng, year, seq, seq <= trafficking);
      }
    }
  }

  private void writeCase(TableWriter out, Row row, SplittableRandom rng, int year, long seq,
      boolean trafficking) throws IOException {
    CaseFacts c = caseFacts(rng, year, seq, trafficking);
    int defendants = Integer.parseInt(DEFENDANTS.pick(rng));
    List<Suspect> inCase = new ArrayList<>(defendants);
    for (int i = 0; i < defendants; i++) {
      Suspect s = suspect(rng, inCase);
      inCase.add(s);
      row.clear()
          .set("person_id", s.personId())
          .set("person_type", "natural")
          .set("sex", s.sex())
          .set("age", s.age())
          .set("citizenship", s.citizenship());
      fillCase(row, rng, c, 0.62);
      out.write(row);
    }
    // Now and then a company (a recruitment or transport agency) is a defendant too.
    if (trafficking && Draw.chance(rng, 0.06)) {
      row.clear()
          .set("person_id", ids.person(nextPerson++))
          .set("person_type", "legal")
          .set("citizenship", Geography.SERBIA);
      fillCase(row, rng, c, 0.5);
      out.write(row);
    }
    for (Suspect s : inCase) {
      remember(s);
    }
  }

  private CaseFacts caseFacts(SplittableRandom rng, int year, long seq, boolean trafficking) {
    LocalDate complaint = Draw.dayOf(rng, year);
    LocalDate indictment = complaint.plusDays(Draw.skewed(rng, 45, 365));
    LocalDate firstInstance = indictment.plusDays(Draw.between(rng, 90, 540));
    LocalDate fin = firstInstance.plusDays(Draw.between(rng, 45, 400));
    String offence = trafficking ? TRAFFICKING_OFFENCE.pick(rng) : "cc350";
    List<String> forms = null;
    if (!offence.equals("cc350") && Draw.chance(rng, 0.85)) {
      forms = offence.equals("cc389") ? List.of("illegal_adoption") : forms(rng, offence);
    }
    Boolean financial = Draw.chance(rng, 0.2) ? null : Draw.chance(rng, trafficking ? 0.3 : 0.1);
    return new CaseFacts(ids.caseId(year, seq), offence, Geography.policeAdmin(rng),
        INITIATED_BY.pick(rng), financial, forms, complaint, indictment, firstInstance, fin);
  }

  private static List<String> forms(SplittableRandom rng, String offence) {
    List<String> picked = new ArrayList<>(2);
    // Holding in slavery (cc390) is labour or domestic servitude.
    picked.add(offence.equals("cc390")
        ? (Draw.chance(rng, 0.6) ? "labour" : "domestic_servitude")
        : FORM.pick(rng));
    if (Draw.chance(rng, 0.12)) {
      picked.add(picked.get(0).equals("sexual") ? "labour" : "sexual");
    }
    return VictimGenerator.canonical(picked);
  }

  /** A new person, or (about 5%) someone from a recent earlier case who is not in this one. */
  private Suspect suspect(SplittableRandom rng, List<Suspect> inCase) {
    if (!recent.isEmpty() && Draw.chance(rng, 0.05)) {
      Suspect s = new ArrayList<>(recent).get(rng.nextInt(recent.size()));
      if (inCase.stream().noneMatch(o -> o.personId().equals(s.personId()))) {
        return s;
      }
    }
    Integer age = Draw.chance(rng, 0.05) ? null
        : Draw.chance(rng, 0.02) ? Draw.between(rng, 14, 17) : Draw.skewed(rng, 18, 70);
    return new Suspect(ids.person(nextPerson++), SEX.pick(rng), age, Geography.citizenship(rng, 0.74));
  }

  private void remember(Suspect s) {
    recent.addLast(s);
    if (recent.size() > RECENT) {
      recent.removeFirst();
    }
  }

  /** The case's facts and how far this defendant has gone: complaint ≤ indictment ≤ first ≤ final. */
  private void fillCase(Row row, SplittableRandom rng, CaseFacts c, double indictedShare) {
    LocalDate complaint = Draw.min(c.complaint().plusDays(Draw.skewed(rng, 0, 40)),
        LocalDate.of(c.complaint().getYear(), 12, 31));
    row.set("case_id", c.caseId())
        .set("offence", c.offence())
        .set("exploitation", c.forms())
        .set("police_admin", c.policeAdmin())
        .set("complaint_date", complaint)
        .set("initiated_by", c.initiatedBy())
        .set("financial_investigation", c.financial());
    if (!Draw.chance(rng, indictedShare) || c.indictment().isAfter(extractDate)) {
      return;
    }
    row.set("indictment_date", c.indictment());
    if (Draw.chance(rng, 0.08) || c.firstInstance().isAfter(extractDate)) {
      return;
    }
    String first = FIRST_OUTCOME.pick(rng);
    row.set("first_instance_date", c.firstInstance()).set("first_instance_outcome", first);
    LocalDate fin = c.fin().plusDays(Draw.skewed(rng, 0, 150));
    if (fin.isAfter(extractDate)) {
      return;
    }
    String outcome = finalOutcome(rng, first);
    row.set("final_date", fin).set("final_outcome", outcome);
    if (outcome.equals("convicted")) {
      String sentence = SENTENCE.pick(rng);
      row.set("sentence", sentence);
      if (sentence.equals("prison")) {
        row.set("prison_months", prisonMonths(rng));
      }
      if (Draw.chance(rng, 0.22)) {
        row.set("assets_confiscated_rsd", Draw.rsd(rng, 100_000, 25_000_000));
      }
    }
  }

  /** Appeals mostly confirm the first instance. */
  private static String finalOutcome(SplittableRandom rng, String first) {
    double r = rng.nextDouble();
    return switch (first) {
      case "convicted" -> r < 0.86 ? "convicted" : r < 0.96 ? "acquitted" : "rejected";
      case "acquitted" -> r < 0.8 ? "acquitted" : "convicted";
      default -> r < 0.85 ? "rejected" : "acquitted";
    };
  }

  /** Mostly 3–10 years (the CC minimum for trafficking is 3), some below 3 years, a few long. */
  private static int prisonMonths(SplittableRandom rng) {
    double r = rng.nextDouble();
    if (r < 0.15) {
      return Draw.between(rng, 6, 35);
    }
    return r < 0.95 ? Draw.skewed(rng, 36, 120) : Draw.between(rng, 121, 180);
  }

  /** What all defendants of one case share. */
  private record CaseFacts(
      String caseId,
      String offence,
      String policeAdmin,
      String initiatedBy,
      Boolean financial,
      List<String> forms,
      LocalDate complaint,
      LocalDate indictment,
      LocalDate firstInstance,
      LocalDate fin) {}
}
