package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import thbstat.indicators.problem.ThbstatException;

class ExitCodeTest {
  @Test
  void storageThatCannotBeReadIsAUsageErrorNamingTheFileNotABug() {
    // As a remote store's failure reaches the command: wrapped once more by the job that met it.
    Exception e = new IllegalStateException("job failed", new UncheckedIOException(
        "s3a://thb/extract: getFileStatus on s3a://thb/extract: InternalError (Service: S3, Status Code: 500)",
        new IOException("InternalError (Service: S3, Status Code: 500)")));
    StringWriter err = new StringWriter();
    assertEquals(2, Main.exitCodeOf(e, new PrintWriter(err, true), false));
    String text = err.toString();
    assertTrue(text.startsWith("thbstat: cannot read or write: s3a://thb/extract: getFileStatus"), text);
    assertTrue(text.contains("credentials"), text);
    assertTrue(!text.contains("bug"), text);
  }

  @Test
  void theEnginesOwnProblemsComeFirstAndOtherFailuresAreBugs() {
    StringWriter err = new StringWriter();
    Exception own = new RuntimeException(ThbstatException.data("x.csv: 3 rows written but 4 accepted"));
    assertEquals(1, Main.exitCodeOf(own, new PrintWriter(err, true), false));
    assertTrue(err.toString().contains("3 rows written but 4 accepted"), err.toString());

    StringWriter bug = new StringWriter();
    assertEquals(1, Main.exitCodeOf(new NullPointerException("x"), new PrintWriter(bug, true), false));
    assertTrue(bug.toString().startsWith("thbstat: internal error"), bug.toString());
  }
}
