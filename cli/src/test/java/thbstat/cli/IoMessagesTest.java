package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** Java's file-system exceptions say only the path; the message says what is wrong with it. */
class IoMessagesTest {
  @Test
  void eachFileSystemFailureSaysWhatIsWrong() {
    assertEquals("out: is in the way: a file where a folder is needed (or a file that must not be overwritten)",
        IoMessages.of(new FileAlreadyExistsException("out")));
    assertEquals("in/victims.csv: no such file or folder", IoMessages.of(new NoSuchFileException("in/victims.csv")));
    assertEquals("out/2025: not a folder", IoMessages.of(new NotDirectoryException("out/2025")));
    assertEquals("key.pem: permission denied",
        IoMessages.of(new UncheckedIOException(new AccessDeniedException("key.pem"))));
    assertEquals("disk full", IoMessages.of(new IOException("disk full")));
  }
}
