package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's choice of JIT compilers ({@code scripts/jit-mode.sh}), run as the launcher runs it. */
class LauncherJitModeTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "jit-mode.sh");

  @TempDir Path tmp;

  private static String mode(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("THBSTAT_JIT");
    pb.environment().remove("THBSTAT_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private static String mode(String... args) throws IOException, InterruptedException {
    return mode(Map.of(), args);
  }

  /** A file of {@code mb} megabytes of real (not sparse) bytes, as du counts them. */
  private static void fill(Path file, int mb) throws IOException {
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < mb; i++) {
        out.write(block);
      }
    }
  }

  @Test
  void smallExtractsReportsAndChecksRunWithTheQuickCompilerAlone() throws Exception {
    assertEquals("quick", mode("run", "--input", "../sample-data", "--period", "2025"));
    assertEquals("quick", mode("validate", "--input=../sample-data"));
    Path csv = Files.createDirectories(tmp.resolve("csv"));
    fill(csv.resolve("victims.csv"), 60);
    assertEquals("quick", mode("alerts", "--input", csv.toString(), "--period", "2025-Q1"));
    assertEquals("quick", mode("report", "--from", "out", "--period", "2025", "--report", "all"));
    assertEquals("quick", mode("--version"));
  }

  @Test
  void largeOrRemoteExtractsAndGenerateKeepBothCompilers() throws Exception {
    // 17 MB of Parquet counts as 68 MB: at or above the 64 MB line.
    Path parquet = Files.createDirectories(tmp.resolve("parquet"));
    fill(parquet.resolve("proceedings.parquet"), 17);
    assertEquals("full", mode("run", "--input", parquet.toString(), "--period", "2024"));
    Path csv = Files.createDirectories(tmp.resolve("csv"));
    fill(csv.resolve("victims.csv"), 65);
    assertEquals("full", mode("validate", "--input", csv.toString()));
    assertEquals("full", mode("run", "--input", "hdfs://nn:8020/thb/extract", "--period", "2024"));
    assertEquals("full", mode("generate", "--scale", "8000", "--out", "x"));
  }

  @Test
  void theUserChoiceWins() throws Exception {
    assertEquals("full", mode(Map.of("THBSTAT_JIT", "full"), "run", "--input", "../sample-data"));
    assertEquals("quick", mode(Map.of("THBSTAT_JIT", "quick"), "generate", "--scale", "8000"));
    assertEquals("given", mode(Map.of("THBSTAT_JAVA_OPTS", "-Xmx8g -XX:TieredStopAtLevel=4"), "report"));
    assertEquals("given", mode(Map.of("THBSTAT_JAVA_OPTS", "-XX:-TieredCompilation"), "run", "--input", "../sample-data"));
  }
}
