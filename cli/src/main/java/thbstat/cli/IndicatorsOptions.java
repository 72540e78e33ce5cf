package thbstat.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;

/** The option every {@code indicators} subcommand takes (a picocli mixin). */
public class IndicatorsOptions {
  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "The catalogue to read (default: the installation's indicators.yaml).")
  Path catalogue;

  Path path() {
    return CatalogueLocator.locate(catalogue);
  }

  Catalogue load() {
    return CatalogueLoader.load(path());
  }

  /** With {@code --lang}, for the subcommands that print labels ({@code check} prints problems, in English). */
  public static final class Worded extends IndicatorsOptions {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageConverter.class,
        description = "Language of labels and headings: en, sr-Latn or sr-Cyrl (default: ${DEFAULT-VALUE}).")
    Language language;
  }

  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.fromTag(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
