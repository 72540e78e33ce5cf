package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README promises examples in every command's --help, and the help must read cleanly at 80 columns. */
class HelpExamplesTest {
  @Test
  void everyCommandsHelpHasExamples() {
    List<String> without = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    visit(new CommandLine(new Main()), without, checked);
    assertTrue(checked.size() >= 14, checked.toString());
    assertEquals(List.of(), without, "commands whose --help has no examples");
  }

  /**
   * Picocli wraps at any break its line iterator allows, after a dot or a colon too: "(e." then
   * "g. 2019", "hdfs:" then "//…". A break is a cut when the two pieces, joined, are a word of the
   * command's own texts and, joined by a space, are not.
   */
  @Test
  void noHelpCutsAWordInTwo() {
    List<String> cuts = new ArrayList<>();
    CommandLine main = new CommandLine(new Main());
    List<CommandLine> all = new ArrayList<>(List.of(main));
    collect(main, all);
    for (CommandLine cl : all) {
      String name = cl.getCommandSpec().qualifiedName();
      String texts = texts(cl.getCommandSpec());
      String[] lines = cl.getUsageMessage().split("\\R");
      for (int k = 1; k < lines.length; k++) {
        String before = lines[k - 1].stripTrailing();
        String after = lines[k];
        if (after.length() > 80) {
          cuts.add(name + ": wider than 80 columns: '" + after + "'");
        }
        if (before.isBlank() || after.isBlank()) {
          continue;
        }
        String last = before.substring(before.lastIndexOf(' ') + 1);
        String first = after.strip().split(" ", 2)[0];
        if (texts.contains(last + first) && !texts.contains(last + " " + first)) {
          cuts.add(name + ": '" + last + "' / '" + first + "'");
        }
      }
      // a line laid out by hand (indented, or a sentence split into lines) and too long goes on at
      // column 0, mid-sentence, and leaves a short line after it
      List<String> own = ownTexts(cl.getCommandSpec());
      for (int k = 0; k < own.size(); k++) {
        String line = own.get(k);
        // a sentence the next line goes on with: each line is wrapped on its own
        boolean goesOn = !line.isBlank() && !line.matches(".*[.:!?]$") && k + 1 < own.size()
            && !own.get(k + 1).isBlank();
        if ((line.startsWith(" ") || goesOn) && line.length() > 80) {
          cuts.add(name + ": a line laid out by hand is wider than 80 columns: '" + line + "'");
        }
        // and one of running text that stops well short of the width leaves a gap mid-sentence
        if (goesOn && !line.startsWith(" ") && !line.startsWith("-") && !own.get(k + 1).startsWith(" ")
            && line.length() + 1 + own.get(k + 1).split(" ", 2)[0].length() < 72) {
          cuts.add(name + ": a line of running text stops short: '" + line + "'");
        }
      }
    }
    assertTrue(all.size() >= 15, all.toString());
    assertEquals(List.of(), cuts);
  }

  /** Every text the help of a command is made of, as written in the source. */
  private static String texts(CommandLine.Model.CommandSpec spec) {
    List<String> texts = ownTexts(spec);
    spec.options().forEach(o -> texts.addAll(List.of(o.description())));
    spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
    spec.subcommands().values().forEach(sub -> texts.addAll(List.of(sub.getCommandSpec().usageMessage().description())));
    return String.join("\n", texts);
  }

  private static List<String> ownTexts(CommandLine.Model.CommandSpec spec) {
    CommandLine.Model.UsageMessageSpec usage = spec.usageMessage();
    List<String> texts = new ArrayList<>(List.of(usage.header()));
    texts.addAll(List.of(usage.description()));
    texts.addAll(List.of(usage.footer()));
    return texts;
  }

  private static void collect(CommandLine cl, List<CommandLine> into) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!(sub.getCommand() instanceof CommandLine.HelpCommand) && !into.contains(sub)) {
        into.add(sub);
        collect(sub, into);
      }
    }
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
