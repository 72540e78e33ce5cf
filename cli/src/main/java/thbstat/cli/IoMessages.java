package thbstat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure as a sentence that names the file and what is wrong with it: Java's file-system
 * exceptions carry only the path as their message ({@code out} for "out exists and is a file").
 */
public final class IoMessages {
  private IoMessages() {}

  public static String of(UncheckedIOException e) {
    // the wrapper's message often names the file the cause does not (a remote store's failure)
    return e.getCause() instanceof FileSystemException f && f.getFile() != null ? of(f) : String.valueOf(e.getMessage());
  }

  public static String of(IOException e) {
    if (!(e instanceof FileSystemException f) || f.getFile() == null) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    String file = f.getFile() + (f.getOtherFile() == null ? "" : " → " + f.getOtherFile());
    String why = e instanceof FileAlreadyExistsException ? "is in the way: a file where a folder is needed (or a"
        + " file that must not be overwritten)"
        : e instanceof NoSuchFileException ? "no such file or folder"
        : e instanceof NotDirectoryException ? "not a folder"
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof DirectoryNotEmptyException ? "the folder is not empty"
        : f.getReason() != null ? f.getReason() : "cannot be read or written";
    return file + ": " + why;
  }
}
