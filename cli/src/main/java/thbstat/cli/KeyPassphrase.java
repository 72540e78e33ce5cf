package thbstat.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import thbstat.cli.pack.PackKeys;
import thbstat.indicators.problem.ThbstatException;

/**
 * Where a command takes the passphrase of a signing key: {@code --passphrase-file}, else
 * {@value #ENV}, else the prompt of a terminal. Never from the command line, where other users
 * of the machine can read it.
 */
final class KeyPassphrase {
  static final String ENV = "THBSTAT_KEY_PASSPHRASE";
  static final String FILE_HELP = "File whose first line is the passphrase of the key (default: "
      + ENV + ", else a terminal's prompt).";

  private KeyPassphrase() {}

  /** The passphrase of an existing key, asked only if the key turns out to be encrypted. */
  static PackKeys.Passphrase toRead(Path passphraseFile) {
    return key -> {
      char[] given = given(passphraseFile);
      Console console = System.console();
      return given != null || console == null ? given : console.readPassword("Passphrase of %s: ", key);
    };
  }

  /** The passphrase of a new key, typed twice at a terminal; null when there is no source. */
  static char[] toWrite(Path passphraseFile) {
    char[] given = given(passphraseFile);
    Console console = System.console();
    if (given != null || console == null) {
      return given;
    }
    char[] first = console.readPassword("Passphrase of the new key: ");
    char[] second = console.readPassword("The same passphrase again: ");
    if (first == null || !java.util.Arrays.equals(first, second)) {
      throw ThbstatException.usage("the two passphrases differ; no key was written");
    }
    return first;
  }

  /** From the file, else the environment; null when neither gives one. */
  private static char[] given(Path passphraseFile) {
    if (passphraseFile != null) {
      return fromFile(passphraseFile);
    }
    String env = System.getenv(ENV);
    return env == null || env.isEmpty() ? null : env.toCharArray();
  }

  private static char[] fromFile(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || lines.get(0).isEmpty()) {
        throw ThbstatException.usage(file + ": the first line, the passphrase, is empty");
      }
      return lines.get(0).toCharArray();
    } catch (NoSuchFileException e) {
      throw ThbstatException.usage(file + ": no such file (--passphrase-file)");
    } catch (IOException e) {
      throw ThbstatException.usage(file + ": cannot read it: " + IoMessages.of(e));
    }
  }
}
