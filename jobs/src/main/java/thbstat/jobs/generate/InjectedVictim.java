package thbstat.jobs.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** One victim of a planted labour cluster: a foreign man, labour-exploited in Serbia, identified in the quarter. */
final class InjectedVictim {
  private InjectedVictim() {}

  static void fill(Row row, SplittableRandom rng, Injection i, String victimId) {
    LocalDate start = i.quarter().start();
    int days = (int) (i.quarter().end().toEpochDay() - start.toEpochDay());
    LocalDate report = start.plusDays(rng.nextInt(days / 2));
    LocalDate decision = report.plusDays(Draw.between(rng, 3, (int) (i.quarter().end().toEpochDay() - report.toEpochDay())));
    String citizenship = Geography.citizenship(rng, 0.0);
    while (citizenship.equals("XXX") || citizenship.equals(Geography.SERBIA)) {
      citizenship = Geography.citizenship(rng, 0.0);
    }
    row.set("victim_id", victimId)
        .set("report_date", report)
        .set("referred_by", Draw.chance(rng, 0.5) ? "labour_inspection" : "police")
        .set("status", "identified")
        .set("decision_date", decision)
        .set("sex", "m")
        .set("age", Draw.between(rng, 19, 55))
        .set("citizenship", citizenship)
        .set("exploitation", List.of("labour"))
        .set("exploitation_country", Geography.SERBIA)
        .set("police_admin", i.policeAdmin())
        .set("recruitment", Draw.chance(rng, 0.5) ? "online" : "in_person")
        .set("reflection_period", true)
        .set("residence_permit", Draw.chance(rng, 0.5))
        .set("assistance", List.of("accommodation", "legal"));
  }
}
