package thbstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/** {@code thbstat indicators check}: validates the catalogue and prints every problem. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Validates the catalogue: keys, labels, columns against the data contract, codes, units, "
            + "dimensions, references between indicators, publication tables.",
        "Prints every problem as FILE:LINE:COLUMN: message, or a one-line summary when there is none."
    },
    footer = {
        "", "Examples:", "  thbstat indicators check", "  thbstat indicators check --catalogue draft/indicators.yaml",
        "", "Exit codes: 0 no problem, 2 problems found (each printed on standard error)."
    })
public final class IndicatorsCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndicatorsOptions options;

  @Override
  public Integer call() {
    Path path = options.path();
    String name = path.getFileName().toString();
    Catalogue catalogue;
    try {
      catalogue = CatalogueLoader.load(path);
    } catch (ThbstatException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (Problem p : e.problems()) {
        err.println(p);
      }
      int n = e.problems().size();
      err.println(name + ": " + n + (n == 1 ? " problem" : " problems"));
      return e.exitCode();
    }
    spec.commandLine().getOut().println(name + ": " + catalogue.indicators().size() + " indicators, "
        + catalogue.dimensions().size() + " dimensions, " + catalogue.tables().size() + " tables: OK");
    return 0;
  }
}
