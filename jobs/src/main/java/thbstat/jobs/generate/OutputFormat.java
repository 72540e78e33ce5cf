package thbstat.jobs.generate;

import java.util.Locale;
import thbstat.indicators.problem.ThbstatException;

/** The file format of a generated extract. */
public enum OutputFormat {
  CSV("csv"),
  PARQUET("parquet");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** Parses {@code csv} or {@code parquet} (any case); anything else is a usage error. */
  public static OutputFormat parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (f.extension.equals(t)) {
        return f;
      }
    }
    throw ThbstatException.usage("--format must be csv or parquet, not '" + text + "'");
  }
}
