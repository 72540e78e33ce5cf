package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every command's help lists -V, --version, so every command prints the version. */
class VersionOptionTest {
  @Test
  void everyCommandPrintsTheVersion() {
    for (String command : new String[] {"run", "validate", "alerts", "report", "export", "verify", "audit", "compare",
        "generate", "keygen"}) {
      Cli.Result r = Cli.runWithoutSpark(command, "--version");
      assertEquals(0, r.exitCode(), command);
      assertTrue(r.out().startsWith("thbstat "), command + ": '" + r.out() + "'");
    }
  }
}
