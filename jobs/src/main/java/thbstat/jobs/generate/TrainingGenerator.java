package thbstat.jobs.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.contract.Extract;

/** Training events for professionals: every institution and topic, one to five days long. */
final class TrainingGenerator {
  private static final int STREAM = 3;

  private static final Choice INSTITUTION = Choice.over(Codes.INSTITUTION,
      "police", 6, "border_police", 3, "prosecution", 3, "judiciary", 3, "social_welfare", 5,
      "cso", 3, "education", 2, "health", 2, "labour_inspection", 2);
  private static final Choice TOPIC = Choice.over(Codes.TOPIC,
      "identification", 5, "investigation", 3, "victim_protection", 4, "labour_exploitation", 2,
      "child_trafficking", 2, "ict", 2);
  /** Share of women among participants, by institution (social work and health are mostly women). */
  private static final Map<String, Double> WOMEN = Map.ofEntries(
      Map.entry("police", 0.3), Map.entry("border_police", 0.25), Map.entry("prosecution", 0.55),
      Map.entry("judiciary", 0.6), Map.entry("labour_inspection", 0.5),
      Map.entry("social_welfare", 0.8), Map.entry("education", 0.8), Map.entry("health", 0.75),
      Map.entry("cso", 0.75), Map.entry("media", 0.6), Map.entry("other", 0.5));

  private final GenerateOptions options;
  private final YearPlan plan;
  private final Ids ids;

  TrainingGenerator(GenerateOptions options, YearPlan plan, Ids ids) {
    this.options = options;
    this.plan = plan;
    this.ids = ids;
  }

  void write(TableWriter out) throws IOException {
    Row row = new Row(Extract.TRAININGS);
    for (int year = options.fromYear(); year <= options.toYear(); year++) {
      SplittableRandom rng = Draw.stream(options.seed(), STREAM, year);
      long n = plan.trainings(year);
      for (long seq = 1; seq <= n; seq++) {
        fill(row.clear(), rng, year, seq);
        out.write(row);
      }
    }
  }

  private void fill(Row row, SplittableRandom rng, int year, long seq) {
    LocalDate start = Draw.dayOf(rng, year);
    int days = Draw.skewed(rng, 1, 5);
    String institution = INSTITUTION.pick(rng);
    int participants = Draw.between(rng, 8, 40);
    int women = (int) Math.round(participants * Math.min(1, Math.max(0,
        WOMEN.get(institution) + rng.nextDouble(-0.15, 0.15))));
    // Half-hour steps: 4.5 to 8 hours a day.
    BigDecimal hours = BigDecimal.valueOf(days * (9 + Draw.between(rng, 0, 7)), 0)
        .divide(BigDecimal.valueOf(2)).setScale(1);
    if (days == 1 && Draw.chance(rng, 0.3)) {
      hours = new BigDecimal("3.5");
    }
    row.set("training_id", ids.training(year, seq))
        .set("start_date", start)
        .set("end_date", Draw.chance(rng, 0.05) ? null : start.plusDays(days - 1))
        .set("institution", institution)
        .set("topic", TOPIC.pick(rng))
        .set("participants_f", women)
        .set("participants_m", participants - women)
        .set("hours", Draw.chance(rng, 0.05) ? null : hours);
  }
}
