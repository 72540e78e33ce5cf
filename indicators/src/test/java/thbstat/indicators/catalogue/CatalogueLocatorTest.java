package thbstat.indicators.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.problem.ThbstatException;

class CatalogueLocatorTest {
  private final String home = System.getProperty(CatalogueLocator.HOME_PROPERTY);

  @AfterEach
  void restore() {
    if (home == null) {
      System.clearProperty(CatalogueLocator.HOME_PROPERTY);
    } else {
      System.setProperty(CatalogueLocator.HOME_PROPERTY, home);
    }
  }

  @Test
  void explicitFileWins(@TempDir Path dir) throws Exception {
    Path mine = Files.writeString(dir.resolve("mine.yaml"), "version: x");
    System.setProperty(CatalogueLocator.HOME_PROPERTY, dir.toString());
    assertEquals(mine, CatalogueLocator.locate(mine));
  }

  @Test
  void explicitFileMustExist(@TempDir Path dir) {
    ThbstatException e = assertThrows(ThbstatException.class, () -> CatalogueLocator.locate(dir.resolve("nope.yaml")));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void thenTheInstallationHome(@TempDir Path dir) throws Exception {
    Path installed = Files.writeString(dir.resolve("indicators.yaml"), "version: x");
    System.setProperty(CatalogueLocator.HOME_PROPERTY, dir.toString());
    assertEquals(installed, CatalogueLocator.locate(null));
  }

  @Test
  void thenTheWorkingDirectoryOrItsParent(@TempDir Path dir) {
    System.setProperty(CatalogueLocator.HOME_PROPERTY, dir.toString()); // no catalogue there
    Path found = CatalogueLocator.locate(null);
    // Tests run in the module directory: the repository's catalogue is ../indicators.yaml.
    assertEquals(Path.of("..", "indicators.yaml"), found);
  }
}
