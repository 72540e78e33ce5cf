package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String HEADER = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,SEX,AGE,CITIZENSHIP,"
      + "EXPLOITATION,EXPLOITATION_GROUP,SCOPE,REGION,REFERRED_BY,OUTCOME,OFFENCE,INSTITUTION,OBS_VALUE,UNIT_MEASURE,"
      + "CONF_STATUS";

  @TempDir Path tmp;

  private Path table(String dir, String name, String period, int trained) throws Exception {
    Path f = Files.createDirectories(tmp.resolve(dir)).resolve(name);
    Files.write(f, List.of(HEADER, "dataflow,THBSTAT:THB_INDICATORS(1.0),I,CAP_TRAINED," + period
        + ",F,_Z,_Z,_Z,_Z,_Z,_Z,_Z,_Z,_Z,BORDER_POLICE," + trained + ",PS,F"));
    return f;
  }

  @Test
  void tablesOfTwoPeriodsAreSaidToBeOfDifferentPeriods() throws Exception {
    Cli.Result r = Cli.runWithoutSpark("compare", table("a", "indicators-public.csv", "2024", 28).toString(),
        table("b", "indicators-public.csv", "2025", 18).toString());
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("0 cells in both: 0 revised"), r.out());
    assertTrue(r.out().contains("note: the tables are of different periods (2024 against 2025); compare a period's"
        + " tables from two runs"), r.out());
    assertFalse(r.out().contains("internal table"), r.out());
  }

  @Test
  void theInternalTableIsNamedAsSuch() throws Exception {
    Cli.Result r = Cli.runWithoutSpark("compare", table("a", "indicators.csv", "2025", 18).toString(),
        table("b", "indicators.csv", "2025", 19).toString());
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("1 cell in both: 1 revised") && r.out().contains("(1 cell)"),
        r.out());
    assertTrue(r.out().contains("note: indicators.csv is the internal table; compare the published tables"
        + " (indicators-public.csv) for what readers saw"), r.out());
    assertFalse(r.out().contains("different periods"), r.out());
  }
}
