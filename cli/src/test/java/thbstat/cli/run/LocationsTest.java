package thbstat.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import thbstat.indicators.problem.ThbstatException;

class LocationsTest {
  private static final Configuration CONF = new Configuration();
  private static final Path DEFAULT = Path.of("out/.staging-1/ingest/clean");

  @Test
  void theCleanTablesStayUnderOutWhenTheExecutorsShareThisMachine() {
    for (String master : new String[] {"local[*]", "local[2]", "spark://127.0.0.1:7077", "spark://localhost:7077"}) {
      assertEquals(DEFAULT.toString(), Locations.clean(null, DEFAULT, master, CONF).toString(), master);
    }
  }

  @Test
  void executorsOnOtherMachinesNeedAnExplicitCleanLocation() {
    for (String master : new String[] {"spark://10.0.0.5:7077", "yarn", "k8s://https://10.0.0.1:6443"}) {
      ThbstatException e = assertThrows(ThbstatException.class, () -> Locations.clean(null, DEFAULT, master, CONF));
      assertTrue(e.getMessage().contains("give --clean"), e.getMessage());
      assertEquals(ThbstatException.Kind.USAGE, e.kind());
    }
    assertEquals("hdfs://nn:8020/thb/clean",
        Locations.clean("hdfs://nn:8020/thb/clean", DEFAULT, "yarn", CONF).toString());
  }

  @Test
  void onlyALocalPathIsCheckedBeforeSparkStarts() {
    assertEquals(java.util.Optional.of("no such folder"), Locations.localFolderProblem("no/such/folder"));
    assertEquals(java.util.Optional.empty(), Locations.localFolderProblem("s3a://bucket/extract"));
  }
}
