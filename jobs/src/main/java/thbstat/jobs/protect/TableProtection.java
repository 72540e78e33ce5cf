package thbstat.jobs.protect;

/** How many cells of one publication table were protected, for the run summary. */
public record TableProtection(String table, String indicator, int cells, int primary, int secondary) {}
