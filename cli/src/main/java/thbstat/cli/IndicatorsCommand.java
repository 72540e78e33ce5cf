package thbstat.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code thbstat indicators list|show|check}: the catalogue as a person reads it. */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Lists, explains and checks the catalogue of indicators.",
        "",
        "The catalogue is looked for in this order: --catalogue FILE; the installation's "
            + "$thbstat.home/indicators.yaml; ./indicators.yaml; ../indicators.yaml."
    },
    subcommands = {IndicatorsListCommand.class, IndicatorsShowCommand.class, IndicatorsCheckCommand.class},
    footer = {
        "",
        "Examples:",
        "  thbstat indicators list",
        "  thbstat indicators list --lang sr-Cyrl",
        "  thbstat indicators show VIC_IDENTIFIED --lang sr-Latn",
        "  thbstat indicators check --catalogue my-indicators.yaml",
        "",
        "Exit codes: 0 done, 2 unknown indicator or a catalogue with problems."
    })
public final class IndicatorsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
