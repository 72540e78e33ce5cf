/** The indicator catalogue: codes, periods, labels and the parsed {@code indicators.yaml}. No Spark. */
package thbstat.indicators;
