package thbstat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: filled in by its issue. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "(not yet implemented)")
public final class GenerateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw thbstat.indicators.problem.ThbstatException.usage("'generate' is not implemented yet");
  }
}
