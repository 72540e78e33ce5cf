package thbstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/** The {@code thbstat} command: the one door to the product. */
@Command(
    name = "thbstat",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
        "Statistics and monitoring reporting engine for the fight against trafficking in human beings.",
        "",
        "Turns an anonymised extract (victims, proceedings, trainings) into the official indicator tables."
    },
    subcommands = {
        GenerateCommand.class,
        ValidateCommand.class,
        RunCommand.class,
        IndicatorsCommand.class,
        AuditCommand.class,
        ReportCommand.class,
        AlertsCommand.class,
        ExportCommand.class,
        VerifyCommand.class,
        CompareCommand.class,
        KeygenCommand.class,
        CommandLine.HelpCommand.class
    },
    footer = {
        "",
        "Exit codes: 0 done, 1 rows quarantined (validate) or run failed, 2 usage or configuration error.",
        "Run 'thbstat COMMAND --help' for the options and examples of a command."
    })
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Print stack traces and Spark's own messages on failure.")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line in-process and returns its exit code; only {@link #main} exits. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, argv) -> {
      err.println("thbstat: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> exitCodeOf(ex, err, isVerbose(parseResult)));
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The one place that maps failures to exit codes. */
  static int exitCodeOf(Exception ex, PrintWriter err, boolean verbose) {
    Throwable cause = unwrap(ex);
    if (cause instanceof ThbstatException te) {
      for (Problem p : te.problems()) {
        err.println(p);
      }
      if (verbose) {
        te.printStackTrace(err);
      }
      return te.exitCode();
    }
    String io = ioFailure(cause);
    if (io != null) {
      // Storage that cannot be reached or read (a remote file system, credentials, a disk) is not a bug.
      err.println("thbstat: cannot read or write: " + io);
      err.println("Check the path, the storage's settings and credentials, and the connection"
          + (verbose ? "." : "; --verbose gives the stack trace."));
      if (verbose) {
        cause.printStackTrace(err);
      }
      return 2;
    }
    err.println("thbstat: internal error: " + cause);
    if (verbose) {
      cause.printStackTrace(err);
    } else {
      err.println("This is a bug in thbstat. Run again with --verbose for the stack trace and report it.");
    }
    return 1;
  }

  /** The message of the first I/O failure among {@code t} and its causes (it names the file), or null. */
  private static String ioFailure(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof java.io.UncheckedIOException u) {
        return IoMessages.of(u);
      }
      if (c instanceof IOException io) {
        return IoMessages.of(io);
      }
    }
    return null;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while (!(c instanceof ThbstatException) && c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c instanceof ThbstatException ? c : t;
  }

  private static boolean isVerbose(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult p = parseResult;
    while (p != null) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
      p = p.subcommand();
    }
    return false;
  }

  /** The engine version, from the jar manifest (or "dev" when run from classes). */
  public static String engineVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-dev" : v;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"thbstat " + engineVersion()};
    }
  }
}
