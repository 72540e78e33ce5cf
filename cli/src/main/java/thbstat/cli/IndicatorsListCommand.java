package thbstat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Indicator;

/** {@code thbstat indicators list}: one line per indicator. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Lists the indicators of the catalogue: id, unit, source, dimensions and label.",
    footer = {"", "Examples:", "  thbstat indicators list", "  thbstat indicators list --lang sr-Latn"})
public final class IndicatorsListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndicatorsOptions.Worded options;

  @Override
  public Integer call() {
    Catalogue catalogue = options.load();
    IndicatorsWords w = new IndicatorsWords(options.language);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {
        "ID", w.heading("UNIT", "JEDINICA"), w.heading("SOURCE", "IZVOR"),
        w.heading("DIMENSIONS", "DIMENZIJE"), w.heading("LABEL", "NAZIV")});
    for (Indicator i : catalogue.indicators()) {
      rows.add(new String[] {
          i.id(), i.unit(), source(i, w), i.dimensions().isEmpty() ? "-" : String.join(",", i.dimensions()),
          i.label().in(options.language)});
    }
    int[] width = new int[4];
    for (String[] r : rows) {
      for (int c = 0; c < 4; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < 4; c++) {
        line.append(String.format("%-" + width[c] + "s  ", r[c]));
      }
      out.println(line.append(r[4]).toString().stripTrailing());
    }
    out.println();
    // the command stays as it is typed, in every script
    out.println(catalogue.indicators().size() + w.word(" indicators. Details:", " indikatora. Detalji:")
        + " thbstat indicators show ID");
    return 0;
  }

  private static String source(Indicator i, IndicatorsWords w) {
    if (i.source() != null) {
      return i.source();
    }
    return i.measure() instanceof thbstat.indicators.model.Measure.Rate ? w.word("(rate)", "(stopa)")
        : w.word("(ratio)", "(odnos)");
  }
}
