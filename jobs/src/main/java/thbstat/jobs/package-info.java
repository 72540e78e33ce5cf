/** Spark SQL batch jobs: generate, ingest, compute. */
package thbstat.jobs;
