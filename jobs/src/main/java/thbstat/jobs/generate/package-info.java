/**
 * {@code thbstat generate}: a synthetic, seeded extract (victims, proceedings, trainings) shaped
 * like CONTRACT.md §1, streamed row by row to CSV or Parquet so any scale fits in memory.
 */
package thbstat.jobs.generate;
