package thbstat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: filled in by its issue. */
@Command(name = "indicators", mixinStandardHelpOptions = true, description = "(not yet implemented)")
public final class IndicatorsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw thbstat.indicators.problem.ThbstatException.usage("'indicators' is not implemented yet");
  }
}
