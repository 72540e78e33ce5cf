package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README promises examples in every command's --help. */
class HelpExamplesTest {
  @Test
  void everyCommandsHelpHasExamples() {
    List<String> without = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    visit(new CommandLine(new Main()), without, checked);
    assertTrue(checked.size() >= 14, checked.toString());
    assertEquals(List.of(), without, "commands whose --help has no examples");
  }

  private static void visit(CommandLine cl, List<String> without, List<String> checked) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      String name = sub.getCommandSpec().qualifiedName();
      if (sub.getCommand() instanceof CommandLine.HelpCommand || checked.contains(name)) {
        continue; // picocli's own help, and aliases seen once
      }
      checked.add(name);
      if (sub.getSubcommands().isEmpty() && !sub.getUsageMessage().contains("Examples:")) {
        without.add(name);
      }
      visit(sub, without, checked);
    }
  }
}
