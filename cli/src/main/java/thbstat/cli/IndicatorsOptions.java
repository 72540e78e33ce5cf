package thbstat.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.catalogue.CatalogueLocator;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;

/** The options the {@code indicators} subcommands share (a picocli mixin). */
public final class IndicatorsOptions {
  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "The catalogue to read (default: the installation's indicators.yaml).")
  Path catalogue;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = LanguageConverter.class,
      description = "Language of labels and headings: en, sr-Latn or sr-Cyrl (default: ${DEFAULT-VALUE}).")
  Language language;

  Path path() {
    return CatalogueLocator.locate(catalogue);
  }

  Catalogue load() {
    return CatalogueLoader.load(path());
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
