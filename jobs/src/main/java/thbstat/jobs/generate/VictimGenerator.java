package thbstat.jobs.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.contract.Extract;

/**
 * Reports to the Centre: mostly women, many children, sexual and labour exploitation first,
 * about 60% Serbian citizens, decisions 5–120 days after the report, recent reports pending.
 */
final class VictimGenerator {
  private static final int STREAM = 1;
  private static final int INJECT_STREAM = 101;

  private static final Choice REFERRED_BY = Choice.over(Codes.REFERRED_BY,
      "police", 34, "border_police", 6, "labour_inspection", 4, "social_welfare", 16, "cso", 12,
      "health", 4, "education", 4, "prosecution", 4, "international_org", 3,
      "foreign_authority", 3, "self", 3, "citizen", 4, "other", 2, "unknown", 1);
  private static final Choice STATUS = Choice.of(
      "identified", 38, "presumed", 13, "pending", 3, "not_victim", 29, "rejected", 11, "suspended", 8);
  private static final Choice SEX = Choice.of("f", 70, "m", 28, "u", 2);
  private static final Choice FORM_ADULT_F = Choice.of(
      "sexual", 62, "labour", 14, "begging", 3, "criminality", 3, "domestic_servitude", 6,
      "forced_marriage", 5, "organ_removal", 0.6, "illegal_adoption", 0.6, "other", 3);
  private static final Choice FORM_ADULT_M = Choice.of(
      "sexual", 8, "labour", 70, "begging", 6, "criminality", 7, "domestic_servitude", 3,
      "forced_marriage", 0.5, "organ_removal", 1, "illegal_adoption", 0.2, "other", 4);
  private static final Choice FORM_CHILD = Choice.of(
      "sexual", 45, "labour", 10, "begging", 18, "criminality", 7, "domestic_servitude", 3,
      "forced_marriage", 12, "organ_removal", 0.3, "illegal_adoption", 2, "other", 3);
  private static final Choice ASSISTANCE = Choice.of(
      "accommodation", 5, "medical", 5, "psychological", 6, "legal", 5, "financial", 3,
      "education", 2, "employment", 2, "reintegration", 3);

  private final GenerateOptions options;
  private final YearPlan plan;
  private final Ids ids;
  private final LocalDate extractDate;

  VictimGenerator(GenerateOptions options, YearPlan plan, Ids ids) {
    this.options = options;
    this.plan = plan;
    this.ids = ids;
    this.extractDate = YearPlan.extractDate(options.toYear());
  }

  void write(TableWriter out) throws IOException {
    Row row = new Row(Extract.VICTIMS);
    for (int year = options.fromYear(); year <= options.toYear(); year++) {
      SplittableRandom rng = Draw.stream(options.seed(), STREAM, year);
      long n = plan.victims(year);
      for (long seq = 1; seq <= n; seq++) {
        fill(row.clear(), rng, year, seq);
        out.write(row);
      }
      n = inject(out, row, year, n);
    }
  }

  /** Planted anomalies of the year, after its ordinary rows, from a stream of their own. */
  private long inject(TableWriter out, Row row, int year, long seq) throws IOException {
    SplittableRandom rng = Draw.stream(options.seed(), INJECT_STREAM, year);
    for (Injection i : options.injections()) {
      if (i.quarter().year() != year) {
        continue;
      }
      for (int k = 0; k < i.victims(); k++) {
        InjectedVictim.fill(row.clear(), rng, i, ids.victim(year, ++seq));
        out.write(row);
      }
    }
    return seq;
  }

  private void fill(Row row, SplittableRandom rng, int year, long seq) {
    LocalDate report = Draw.dayOf(rng, year);
    String status = STATUS.pick(rng);
    LocalDate decision = null;
    if (!status.equals("pending")) {
      // Most decisions take 5–120 days; a few hard cases take up to about a year.
      int days = Draw.chance(rng, 0.9) ? Draw.skewed(rng, 5, 120) : Draw.between(rng, 121, 400);
      decision = report.plusDays(days);
      // Decisions after the extract date have not been taken yet.
      if (decision.isAfter(extractDate)) {
        status = "pending";
        decision = null;
      }
    }
    boolean victim = status.equals("identified") || status.equals("presumed");
    String sex = SEX.pick(rng);
    boolean child = Draw.chance(rng, 0.40);
    Integer age = Draw.chance(rng, 0.06) ? null
        : child ? (Draw.chance(rng, 0.2) ? Draw.between(rng, 3, 11) : Draw.between(rng, 12, 17))
        : Draw.skewed(rng, 18, 70);
    String citizenship = Geography.citizenship(rng, 0.60);
    boolean foreign = !citizenship.equals(Geography.SERBIA);

    row.set("victim_id", ids.victim(year, seq))
        .set("case_id", caseOf(rng, year, status))
        .set("report_date", report)
        .set("referred_by", REFERRED_BY.pick(rng))
        .set("status", status)
        .set("decision_date", decision)
        .set("sex", sex)
        .set("age", age)
        .set("citizenship", citizenship)
        // Only for victims: on other statuses the contract ignores the forms with a warning.
        .set("exploitation", victim ? forms(rng, sex, child) : null)
        .set("exploitation_country", exploitationCountry(rng, foreign))
        .set("police_admin", Geography.policeAdmin(rng))
        .set("recruitment", recruitment(rng, year))
        .set("reflection_period", permit(rng, victim, foreign, 0.55))
        .set("residence_permit", permit(rng, victim, foreign, 0.35))
        .set("assistance", assistance(rng, victim ? 0.85 : status.equals("pending") ? 0.4 : 0.08));
    compensation(row, rng, status);
  }

  /** A third of the victims are linked to a trafficking case of the report year or the year before. */
  private String caseOf(SplittableRandom rng, int year, String status) {
    double p = switch (status) {
      case "identified" -> 0.40;
      case "presumed", "pending" -> 0.15;
      default -> 0.02;
    };
    if (!Draw.chance(rng, p)) {
      return null;
    }
    int caseYear = year > options.fromYear() && Draw.chance(rng, 0.3) ? year - 1 : year;
    long cases = plan.cases(caseYear);
    return cases == 0 ? null : ids.caseId(caseYear, rng.nextLong(cases) + 1);
  }

  private static List<String> forms(SplittableRandom rng, String sex, boolean child) {
    Choice c = child ? FORM_CHILD : sex.equals("m") ? FORM_ADULT_M : FORM_ADULT_F;
    List<String> picked = new ArrayList<>(2);
    picked.add(c.pick(rng));
    if (Draw.chance(rng, 0.10)) {
      // The typical multi-form victim is sexually and labour exploited.
      String other = picked.get(0).equals("sexual") ? "labour" : "sexual";
      picked.add(Draw.chance(rng, 0.6) ? other : c.pick(rng));
    }
    return canonical(picked);
  }

  /** Distinct codes in contract order. */
  static List<String> canonical(List<String> codes) {
    return Codes.EXPLOITATION.stream().filter(codes::contains).toList();
  }

  private static String exploitationCountry(SplittableRandom rng, boolean foreign) {
    double r = rng.nextDouble();
    if (r < (foreign ? 0.72 : 0.74)) {
      return Geography.SERBIA;
    }
    if (r < 0.93) {
      return Geography.abroad(rng);
    }
    return r < 0.97 ? null : "XXX";
  }

  /** Online recruitment grows from about 10% in 2015 to about 45% ten years later. */
  private static String recruitment(SplittableRandom rng, int year) {
    double online = Math.min(0.55, Math.max(0.05, 0.10 + 0.035 * (year - 2015)));
    double r = rng.nextDouble();
    if (r < 0.08) {
      return null;
    }
    if (r < 0.16) {
      return "unknown";
    }
    return rng.nextDouble() < online ? "online" : "in_person";
  }

  /**
   * Reflection periods and residence permits are for foreign victims (CoE Convention, Articles 13
   * and 14): a national is never granted one. A national's draw is still made (with chance 0), so
   * the same seed gives the same rows after it.
   */
  private static Boolean permit(SplittableRandom rng, boolean victim, boolean foreign, double p) {
    if (Draw.chance(rng, 0.15)) {
      return null;
    }
    return victim && Draw.chance(rng, foreign ? p : 0);
  }

  private static List<String> assistance(SplittableRandom rng, double p) {
    if (!Draw.chance(rng, p)) {
      return null;
    }
    int k = Draw.between(rng, 1, 4);
    List<String> picked = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      picked.add(ASSISTANCE.pick(rng));
    }
    return Codes.ASSISTANCE.stream().filter(picked::contains).toList();
  }

  private static void compensation(Row row, SplittableRandom rng, String status) {
    if (Draw.chance(rng, 0.3)) {
      return;
    }
    boolean claimed = status.equals("identified") ? Draw.chance(rng, 0.15)
        : status.equals("presumed") && Draw.chance(rng, 0.05);
    row.set("compensation_claimed", claimed);
    if (claimed && Draw.chance(rng, 0.3)) {
      row.set("compensation_awarded_rsd", Draw.chance(rng, 0.1) ? BigDecimal.ZERO.setScale(2)
          : Draw.rsd(rng, 50_000, 2_000_000));
    }
  }
}
