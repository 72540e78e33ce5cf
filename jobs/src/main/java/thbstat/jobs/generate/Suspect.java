package thbstat.jobs.generate;

/** A natural person in proceedings, kept briefly so a few people reappear in a later case. */
record Suspect(String personId, String sex, Integer age, String citizenship) {}
