package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.Codes;

/** At scale 1 the figures look like Serbia's, year by year (CONTRACT.md §2 counting rules). */
class ScaleOneFiguresTest {
  private static final List<Map<String, String>> VICTIMS = Generated.rows(Generated.scaleOne(), "victims");
  private static final List<Map<String, String>> PROCEEDINGS = Generated.rows(Generated.scaleOne(), "proceedings");
  private static final List<Map<String, String>> TRAININGS = Generated.rows(Generated.scaleOne(), "trainings");

  @Test
  void reportsPerYear() {
    assertEachYear(countByYear(VICTIMS, "report_date", r -> true), 130, 170, "reports");
  }

  @Test
  void identifiedPerYear() {
    Map<Integer, Integer> counts = countByYear(VICTIMS, "decision_date", r -> r.get("status").equals("identified"));
    // The first year has no decisions on reports of the year before (a decision takes 5-120 days,
    // so about a sixth of a year's decisions fall in the next year): it is lower by design.
    int first = counts.getOrDefault(Generated.FROM, 0);
    assertTrue(first >= 30 && first <= 70, "identified in the first year " + Generated.FROM + ": " + first);
    counts.remove(Generated.FROM);
    counts.put(Generated.FROM, 40);
    assertEachYear(counts, 40, 70, "identified");
  }

  @Test
  void suspectsPerYear() {
    Map<Integer, Set<String>> persons = new TreeMap<>();
    for (Map<String, String> r : PROCEEDINGS) {
      if (r.get("person_type").equals("natural") && Codes.TRAFFICKING_OFFENCES.contains(r.get("offence"))) {
        persons.computeIfAbsent(year(r.get("complaint_date")), y -> new HashSet<>()).add(r.get("person_id"));
      }
    }
    Map<Integer, Integer> counts = new TreeMap<>();
    persons.forEach((y, s) -> counts.put(y, s.size()));
    assertEachYear(counts, 80, 120, "suspects");
  }

  @Test
  void trainingsPerYear() {
    assertEachYear(countByYear(TRAININGS, "start_date", r -> true), 20, 60, "trainings");
  }

  @Test
  void victimsAreMostlyWomenManyChildrenMostlySerbian() {
    List<Map<String, String>> identified =
        VICTIMS.stream().filter(r -> r.get("status").equals("identified")).toList();
    assertShare(identified, r -> r.get("sex").equals("f"), 0.62, 0.78, "women");
    List<Map<String, String>> withAge = identified.stream().filter(r -> !r.get("age").isEmpty()).toList();
    assertShare(withAge, r -> Integer.parseInt(r.get("age")) < 18, 0.35, 0.45, "children");
    assertShare(VICTIMS, r -> r.get("citizenship").equals("SRB"), 0.55, 0.65, "Serbian");
    assertShare(identified, r -> r.get("exploitation").contains("|"), 0.05, 0.2, "multi-form");
    assertShare(VICTIMS, r -> r.get("age").isEmpty(), 0.02, 0.1, "age unknown");
  }

  @Test
  void onlineRecruitmentRises() {
    Map<Integer, Integer> online = countByYear(VICTIMS, "report_date", r -> r.get("recruitment").equals("online"));
    assertTrue(online.get(Generated.TO) > 2 * online.get(Generated.FROM), online.toString());
  }

  @Test
  void pendingReportsAreMostlyRecent() {
    Map<Integer, Integer> pending = countByYear(VICTIMS, "report_date", r -> r.get("status").equals("pending"));
    int last = pending.getOrDefault(Generated.TO, 0);
    assertTrue(last >= 5 && pending.values().stream().allMatch(n -> n <= last), pending.toString());
  }

  @Test
  void proceedingsShapes() {
    List<Map<String, String>> natural =
        PROCEEDINGS.stream().filter(r -> r.get("person_type").equals("natural")).toList();
    assertShare(natural, r -> !r.get("indictment_date").isEmpty(), 0.45, 0.7, "indicted");
    assertShare(PROCEEDINGS, r -> r.get("initiated_by").equals("proactive"), 0.33, 0.5, "proactive");
    assertShare(PROCEEDINGS, r -> r.get("offence").equals("cc388"), 0.6, 0.85, "cc388");
    Map<String, Set<String>> casesOf = new HashMap<>();
    PROCEEDINGS.forEach(r -> casesOf.computeIfAbsent(r.get("person_id"), k -> new HashSet<>()).add(r.get("case_id")));
    double twice = casesOf.values().stream().filter(s -> s.size() > 1).count() / (double) casesOf.size();
    assertTrue(twice > 0.02 && twice < 0.1, "persons in two cases: " + twice);
    List<Integer> months = PROCEEDINGS.stream().map(r -> r.get("prison_months"))
        .filter(s -> !s.isEmpty()).map(Integer::parseInt).sorted().toList();
    int median = months.get(months.size() / 2);
    assertTrue(median >= 36 && median <= 84, "median prison months " + median);
    assertTrue(months.stream().anyMatch(m -> m < 36), "some sentences below 3 years");
  }

  @Test
  void recentCasesAreStillOpen() {
    List<Map<String, String>> last =
        PROCEEDINGS.stream().filter(r -> year(r.get("complaint_date")) == Generated.TO).toList();
    assertTrue(last.stream().allMatch(r -> r.get("final_date").isEmpty()), "no final judgment yet");
  }

  @Test
  void someVictimsLinkToProceedingsCases() {
    Set<String> cases = new HashSet<>();
    PROCEEDINGS.forEach(r -> cases.add(r.get("case_id")));
    List<String> linked = VICTIMS.stream().map(r -> r.get("case_id")).filter(s -> !s.isEmpty()).toList();
    assertTrue(linked.size() > 100, "linked victims " + linked.size());
    assertTrue(cases.containsAll(linked), "every victim case_id is a proceedings case");
  }

  private static Map<Integer, Integer> countByYear(
      List<Map<String, String>> rows, String dateColumn, Predicate<Map<String, String>> filter) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Map<String, String> r : rows) {
      if (filter.test(r) && !r.get(dateColumn).isEmpty()) {
        counts.merge(year(r.get(dateColumn)), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static void assertEachYear(Map<Integer, Integer> counts, int min, int max, String what) {
    for (int y = Generated.FROM; y <= Generated.TO; y++) {
      int n = counts.getOrDefault(y, 0);
      assertTrue(n >= min && n <= max, what + " in " + y + ": " + n + " not in " + min + ".." + max);
    }
  }

  private static void assertShare(List<Map<String, String>> rows, Predicate<Map<String, String>> p,
      double min, double max, String what) {
    double share = rows.stream().filter(p).count() / (double) rows.size();
    assertTrue(share >= min && share <= max, what + " share " + share + " not in " + min + ".." + max);
  }

  private static int year(String date) {
    return Integer.parseInt(date.substring(0, 4));
  }
}
