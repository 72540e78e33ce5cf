package thbstat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: filled in by its issue. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "(not yet implemented)")
public final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw thbstat.indicators.problem.ThbstatException.usage("'run' is not implemented yet");
  }
}
