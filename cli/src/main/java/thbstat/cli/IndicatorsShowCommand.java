package thbstat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import thbstat.indicators.catalogue.Suggest;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Indicator;
import thbstat.indicators.model.PublicationTable;
import thbstat.indicators.model.Reference;
import thbstat.indicators.model.Target;
import thbstat.indicators.problem.ThbstatException;

/** {@code thbstat indicators show ID}: everything about one indicator, as a person reads it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Explains one indicator: definition, counting rule, dimensions and codes, unit, "
        + "references, disclosure rule, Action Plan targets and the tables that publish it.",
    footer = {"", "Examples:", "  thbstat indicators show VIC_IDENTIFIED",
        "  thbstat indicators show CJ_PROACTIVE_SHARE --lang sr-Cyrl"})
public final class IndicatorsShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndicatorsOptions.Worded options;

  @Parameters(index = "0", paramLabel = "ID", description = "The indicator id, e.g. VIC_IDENTIFIED.")
  String id;

  @Override
  public Integer call() {
    Catalogue catalogue = options.load();
    Indicator i = catalogue.indicator(id).or(() -> catalogue.indicators().stream()
        .filter(x -> x.id().equalsIgnoreCase(id)).findFirst()).orElseThrow(() -> ThbstatException.usage(
            "no indicator '" + id + "'" + Suggest.didYouMean(id, catalogue.indicators().stream().map(Indicator::id).toList())
                + "; 'thbstat indicators list' lists them"));
    Language lang = options.language;
    IndicatorsWords w = new IndicatorsWords(lang);
    PrintWriter out = spec.commandLine().getOut();

    out.println(i.id() + " — " + i.label().in(lang));
    out.println();
    out.println("  " + i.definition().in(lang));
    out.println();
    out.println(w.word("Counting rule", "Pravilo brojanja"));
    if (i.source() != null) {
      String source = catalogue.source(i.source()).map(s -> s.unpivot() == null
          ? (s.table().equals(s.id()) ? s.id() : s.id() + w.word(" (table ", " (tabela ") + s.table() + ")")
          : s.id() + " (" + s.table() + w.word(", one row per ", ", jedan red po ") + s.unpivot().codeColumn()
              + " " + s.unpivot().columns() + " → " + s.unpivot().valueColumn() + ")").orElse("?");
      field(out, w.word("Source", "Izvor"), source);
      field(out, w.word("Filter", "Uslov"), w.conditions(i.filter()));
      field(out, w.word("Period by", "Period prema"), i.date());
    }
    field(out, w.word("Measure", "Mera"), w.measure(i.measure(), i.date()));
    field(out, w.word("Unit", "Jedinica"), w.unit(i.unit()));
    out.println();
    out.println(w.word("Dimensions", "Dimenzije") + (i.dimensions().isEmpty() ? w.word(": none (total only)", ": nema (samo ukupno)") : ""));
    for (String dim : i.dimensions()) {
      Dimension d = catalogue.dimension(dim).orElseThrow();
      List<String> notes = new ArrayList<>();
      if (d.multi()) {
        notes.add(w.word("multi-valued", "višestruka"));
      }
      notes.add(i.additive().contains(dim) ? w.word("additive", "aditivna") : w.word("not additive", "nije aditivna"));
      out.println("  " + dim + " — " + d.label().in(lang) + " (" + d.column() + "; " + String.join(", ", notes) + ")");
      for (String code : d.codes()) {
        out.println(String.format("      %-20s %s", code, d.labelOf(code).in(lang)));
      }
    }
    out.println();
    out.println(w.word("References", "Reference"));
    if (i.references().isEmpty()) {
      out.println("  -"); // an internal indicator answers no framework
    }
    for (Reference r : i.references()) {
      // the item in the language asked for where the catalogue words it so, else as written
      String item = r.in(lang).map(t -> t.substring(t.indexOf(' ') + 1)).orElse(r.item());
      out.println(String.format("  %-9s %s", r.framework(), item));
    }
    out.println();
    String rule = i.disclosure().protects()
        ? w.word("cells from 1 to " + (i.disclosure().threshold() - 1) + " are suppressed",
            "ćelije od 1 do " + (i.disclosure().threshold() - 1) + " se ne objavljuju")
        : w.word("public, no primary suppression", "javni podatak, bez primarne zaštite");
    field(out, w.word("Disclosure", "Zaštita podataka"), rule
        + (i.disclosure().note().isEmpty() ? "" : " — " + i.disclosure().note()));
    Target t = i.target();
    if (t != null) {
      StringBuilder s = new StringBuilder(w.word("baseline ", "polazna vrednost ") + t.baselineYear() + ": "
          + IndicatorsWords.format(t.baseline()));
      for (Map.Entry<Integer, Double> e : new TreeMap<>(t.targets()).entrySet()) {
        s.append("; ").append(e.getKey()).append(": ").append(IndicatorsWords.format(e.getValue()));
      }
      s.append(t.direction() == Target.Direction.UP ? w.word(" (more is better", " (više je bolje")
          : w.word(" (less is better", " (manje je bolje"));
      s.append(w.word(", tolerance ", ", tolerancija ")).append(Math.round(t.tolerance() * 100)).append("%)");
      if (t.provisional()) {
        s.append(w.word("; working values, not yet confirmed against the adopted Action Plan",
            "; radne vrednosti, još nepotvrđene prema usvojenom akcionom planu"));
      }
      field(out, w.word("Target", "Cilj"), s.toString());
    }
    List<String> tables = catalogue.tables().stream().filter(tb -> tb.indicator().equals(i.id()))
        .map(PublicationTable::id).toList();
    field(out, w.word("Published in", "Objavljuje se u"), tables.isEmpty() ? "-" : String.join(", ", tables));
    return 0;
  }

  private static void field(PrintWriter out, String name, String value) {
    out.println(String.format("  %-18s %s", name + ":", value));
  }
}
