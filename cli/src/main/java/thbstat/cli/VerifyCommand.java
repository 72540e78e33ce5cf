package thbstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import thbstat.cli.pack.PackKeys;
import thbstat.cli.pack.PackVerifier;
import thbstat.cli.pack.VerifyReport;

/** {@code thbstat verify PACK.zip…}: what a reader of a pack can check without access to the data. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Checks export packs (thbstat-P.zip) from their own contents alone.",
        "",
        "- files: every file the manifest names is there, and nothing else;",
        "- hashes: every SHA-256 and size; indicators.yaml is the run's catalogue;",
        "- signature: with --trust, the manifest is signed by one of those keys;",
        "- tables: totals equal the sum of their parts along additive dimensions",
        "  and are at most that sum along multi-valued ones; shares in 0..100;",
        "- disclosure: no free cell below its indicator's threshold;",
        "- audit: the LP disclosure audit of 'thbstat audit';",
        "- reports: every cell of the Excel and PDF reports shows the table's value.",
        "Prints one line per group and every failure with its file and cell."
    },
    footer = {"", "Examples:", "  thbstat verify packs/thbstat-2025.zip",
        "  thbstat verify --trust natco.pub packs/thbstat-2025.zip", "",
        "Exit codes: 0 every pack verifies, 1 a check failed, 2 a pack or key cannot be read."})
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PACK.zip", description = "Packs written by 'thbstat export' or 'run'.")
  List<Path> packs;

  @Option(names = "--trust", paramLabel = "KEY.pub",
      description = "A public key (PEM, from the pack's maker) whose signature the packs must carry;"
          + " repeat for several.")
  List<Path> trust = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<PackKeys.TrustedKey> trusted = trust.stream().map(PackKeys::readPublic).toList();
    PackVerifier verifier = new PackVerifier(trusted);
    int code = 0;
    int[] byCode = new int[3];
    for (Path pack : packs) {
      VerifyReport report = verifier.verify(pack);
      report.lines().forEach(out::println);
      code = Math.max(code, report.exitCode());
      byCode[report.exitCode()]++;
    }
    if (packs.size() > 1) {
      // the verdict of each pack is far above when several are checked
      out.printf("%d packs: %d verified, %d failed, %d unreadable%n", packs.size(), byCode[0], byCode[1], byCode[2]);
    }
    return code;
  }
}
