package thbstat.indicators.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import thbstat.indicators.problem.ThbstatException;

/**
 * Finds the catalogue: an explicit {@code --catalogue FILE}; else {@code $thbstat.home/indicators.yaml}
 * (system property {@code thbstat.home}, set by the launcher); else {@code ./indicators.yaml}; else
 * {@code ../indicators.yaml} (tests run in a module directory).
 */
public final class CatalogueLocator {
  public static final String FILE_NAME = "indicators.yaml";
  public static final String HOME_PROPERTY = "thbstat.home";

  private CatalogueLocator() {}

  /** The catalogue to use, or a usage error naming every place looked at. */
  public static Path locate(Path explicit) {
    if (explicit != null) {
      if (!Files.isRegularFile(explicit)) {
        throw ThbstatException.usage("catalogue " + explicit + " does not exist or is not a file");
      }
      return explicit;
    }
    List<Path> tried = candidates();
    for (Path p : tried) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw ThbstatException.usage("no " + FILE_NAME + " found (looked at " + String.join(", ",
        tried.stream().map(Path::toString).toList()) + "); pass --catalogue FILE");
  }

  static List<Path> candidates() {
    List<Path> out = new ArrayList<>();
    String home = System.getProperty(HOME_PROPERTY);
    if (home != null && !home.isBlank()) {
      out.add(Path.of(home, FILE_NAME));
    }
    out.add(Path.of(FILE_NAME));
    out.add(Path.of("..", FILE_NAME));
    return out;
  }
}
