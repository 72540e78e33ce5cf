package thbstat.jobs.generate;

/**
 * Pseudonyms in fixed shapes that cannot be mistaken for personal data: {@code V-2019-000123},
 * {@code C-2019-00017}, {@code P-000042}, {@code T-2019-0003}. Sequence numbers widen with the
 * scale so ids stay unique ({@code V-2019-0001234567}); the shape stays.
 */
record Ids(int victimWidth, int caseWidth, int personWidth, int trainingWidth) {

  static Ids forPlan(YearPlan plan) {
    return new Ids(
        width(plan.maxVictims(), 6),
        width(plan.maxCases(), 5),
        width(plan.maxPersons(), 6),
        width(plan.maxTrainings(), 4));
  }

  private static int width(long max, int least) {
    return Math.max(least, Long.toString(Math.max(max, 1)).length());
  }

  String victim(int year, long seq) {
    return "V-" + year + "-" + pad(seq, victimWidth);
  }

  String caseId(int year, long seq) {
    return "C-" + year + "-" + pad(seq, caseWidth);
  }

  String person(long seq) {
    return "P-" + pad(seq, personWidth);
  }

  String training(int year, long seq) {
    return "T-" + year + "-" + pad(seq, trainingWidth);
  }

  private static String pad(long n, int width) {
    String s = Long.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
