package thbstat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import thbstat.cli.pack.PackKeys;
import thbstat.cli.pack.PackWriter;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.period.Period;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/** {@code thbstat export}: the pack of one period for the EU Delegation and GRETA, verified before it is written. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
        "Writes the export pack of one period for the EU Delegation and GRETA, verified before it is written.",
        "",
        "OUT/thbstat-P.zip holds, from the files 'thbstat run' wrote:",
        "- indicators-public.csv: SDMX-CSV 2.0, public cells only;",
        "- history/P/indicators-public.csv: earlier periods the reports show;",
        "- reports/: the Excel and PDF reports;",
        "- data-quality.json: row balance, unknown shares and violations per table;",
        "  no codes seen, no rows;",
        "- indicators.yaml: the catalogue the run used;",
        "- manifest.json: the run's manifest (input and catalogue hashes, engine",
        "  version, row counts, disclosure rules, protection) and the SHA-256 and",
        "  size of every other file, with the creation time;",
        "- manifest.json.sig: with --sign-key, the manifest's Ed25519 signature.",
        "The pack is verified as 'thbstat verify' does before it is moved into place;",
        "a pack that fails is never written (exit 1, the failures printed). No Spark."
    },
    footer = {
        "",
        "Examples:",
        "  thbstat export --from out --period 2025 --out packs",
        "  thbstat export --from out --period 2025 --out packs --lang en",
        "  thbstat export --from out --period 2025 --out packs --sign-key natco.key",
        "",
        "Exit codes: 0 written and verified, 1 the pack failed its verification (nothing written), 2 usage error."
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "RUN_OUT",
      description = "The output folder of 'thbstat run' (holds one folder per period and ingest/).")
  Path from;

  @Option(names = "--period", required = true, paramLabel = "P", description = "The period: YYYY or YYYY-Qn.")
  String period;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for thbstat-P.zip.")
  Path out;

  @Option(names = "--lang", defaultValue = "all", paramLabel = "L",
      description = "Languages of the reports: en, sr-Latn, sr-Cyrl or all (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "The indicator catalogue the run used (default: indicators.yaml of the installation).")
  Path catalogueFile;

  @Option(names = "--sign-key", paramLabel = "FILE",
      description = "Sign the manifest with this Ed25519 private key (PEM, from 'thbstat keygen').")
  Path signKey;

  @Option(names = "--passphrase-file", paramLabel = "FILE", description = KeyPassphrase.FILE_HELP)
  Path passphraseFile;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    Period p = null;
    try {
      p = Period.parse(period);
    } catch (IllegalArgumentException e) {
      problems.add("--period: " + e.getMessage());
    }
    List<Language> languages = new ArrayList<>();
    try {
      languages.addAll(languages(lang));
    } catch (IllegalArgumentException e) {
      problems.add("--lang: " + e.getMessage());
    }
    if (passphraseFile != null && signKey == null) {
      problems.add("--passphrase-file is the passphrase of --sign-key, which is not given");
    }
    if (!Files.isDirectory(from)) {
      problems.add("--from: " + from + " is not a folder (the --out of 'thbstat run')");
    }
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems.stream().map(m -> new Problem(null, 0, 0, m)).toList());
    }
    PackKeys.SigningKey signer = signKey == null ? null
        : PackKeys.readPrivate(signKey, KeyPassphrase.toRead(passphraseFile));
    Path cataloguePath = CatalogueLocator.locate(catalogueFile);
    PackWriter.Written w = new PackWriter(CatalogueLoader.load(cataloguePath), cataloguePath)
        .write(from, p, languages, out, signer);
    PrintWriter o = spec.commandLine().getOut();
    w.notices().forEach(o::println);
    w.report().lines().forEach(o::println);
    o.printf("wrote %s: %d files, %sverified (%.1f s)%n", w.file(), w.files(), signer == null ? "" : "signed, ",
        w.seconds());
    return 0;
  }

  /** {@code all} or one language tag. */
  static List<Language> languages(String lang) {
    return "all".equalsIgnoreCase(lang.trim()) ? List.of(Language.values()) : List.of(Language.fromTag(lang));
  }
}
