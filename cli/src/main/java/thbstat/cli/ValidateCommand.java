package thbstat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: filled in by its issue. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(not yet implemented)")
public final class ValidateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw thbstat.indicators.problem.ThbstatException.usage("'validate' is not implemented yet");
  }
}
