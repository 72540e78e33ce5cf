package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import thbstat.jobs.spark.TestSpark;

/**
 * Measures ingest on a generated extract of {@code -Dthbstat.scale.rows} victims rows (default 1M).
 * Off by default: {@code -Dthbstat.scale=true}.
 */
@EnabledIfSystemProperty(named = "thbstat.scale", matches = "true")
class IngestScaleIT {
  @TempDir Path tmp;

  @Test
  void millionVictims() throws Exception {
    int rows = Integer.getInteger("thbstat.scale.rows", 1_000_000);
    Path in = IngestFixtures.copyValid(tmp);
    String[] status = {"identified", "presumed", "pending", "not_victim"};
    String[] admin = {"beograd", "nis", "novi_sad", "subotica", "cacak"};
    try (BufferedWriter w = Files.newBufferedWriter(in.resolve("victims.csv"), StandardCharsets.UTF_8)) {
      w.write(IngestFixtures.lines(IngestFixtures.resource("valid/victims.csv")).get(0));
      w.write('\n');
      for (int i = 0; i < rows; i++) {
        String st = status[i % 4];
        boolean pending = st.equals("pending");
        boolean reg = st.equals("identified") || st.equals("presumed");
        int month = 1 + i % 12;
        w.write(String.format(Locale.ROOT,
            "V-%08d,C-%06d,2023-%02d-03,police,%s,%s,%s,%d,SRB,%s,SRB,%s,online,true,false,medical|legal,false,%s%n",
            i, i / 3, month, st, pending ? "" : String.format(Locale.ROOT, "2023-%02d-20", month),
            i % 2 == 0 ? "f" : "m", i % 90, reg ? "sexual|labour" : "", admin[i % 5],
            i % 10 == 0 ? "1000.50" : ""));
      }
    }
    long size = Files.size(in.resolve("victims.csv"));
    long t = System.nanoTime();
    IngestResult r = new IngestJob(TestSpark.session()).run(in, tmp.resolve("out"), System.out::println);
    double s = (System.nanoTime() - t) / 1e9;
    System.out.printf(Locale.ROOT, "SCALE %,d victims rows (%,d MB): %.1f s%n", rows, size >> 20, s);
    assertEquals(rows, r.tables().get(0).read());
    assertEquals(0, r.quarantined());
  }
}
