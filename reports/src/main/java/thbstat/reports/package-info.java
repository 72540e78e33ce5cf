/** Writers of the indicator table and, later, of Excel and PDF submissions. No Spark. */
package thbstat.reports;
