/** The picocli command line: the one place that wires the modules. */
package thbstat.cli;
