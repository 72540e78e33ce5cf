package thbstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import thbstat.cli.pack.PackKeys;
import thbstat.indicators.problem.ThbstatException;

/** {@code thbstat keygen}: the key pair with which the maker of packs signs them. */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Makes an Ed25519 key pair for signing export packs.",
        "",
        "  NAME.key  the private key, encrypted with a passphrase: it stays on the",
        "            machine that makes the packs (readable by its owner only);",
        "  NAME.pub  the public key: publish it, or send it to whoever verifies packs.",
        "Both are PEM files as OpenSSL writes them. The passphrase comes from",
        "--passphrase-file, THBSTAT_KEY_PASSPHRASE or a terminal's prompt (twice).",
        "Prints the key's fingerprint, which readers should confirm by another channel",
        "(a letter, the ministry's site). Existing files are never overwritten."
    },
    footer = {"", "Examples:", "  thbstat keygen --out keys/natco",
        "  thbstat run --input extract --period 2025 --out out --sign-key keys/natco.key",
        "  thbstat verify --trust natco.pub out/2025/thbstat-2025.zip", "",
        "Exit codes: 0 written, 2 a file exists already or cannot be written."})
public final class KeygenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "NAME",
      description = "Path and name of the key files, without extension (writes NAME.key and NAME.pub).")
  Path out;

  @Option(names = "--passphrase-file", paramLabel = "FILE", description = KeyPassphrase.FILE_HELP)
  Path passphraseFile;

  @Option(names = "--no-passphrase",
      description = "Write the private key unencrypted (then only the file's permissions protect it).")
  boolean noPassphrase;

  /** The shortest passphrase accepted: the key file may be copied, and then only it protects the key. */
  static final int MIN_PASSPHRASE = 8;

  @Override
  public Integer call() {
    Path privateFile = sibling(".key");
    Path publicFile = sibling(".pub");
    for (Path f : List.of(privateFile, publicFile)) {
      if (Files.exists(f)) {
        throw ThbstatException.usage(f + ": exists already; a key is never overwritten (choose another --out)");
      }
    }
    if (noPassphrase && passphraseFile != null) {
      throw ThbstatException.usage("--no-passphrase and --passphrase-file exclude each other");
    }
    char[] passphrase = noPassphrase ? null : KeyPassphrase.toWrite(passphraseFile);
    if (!noPassphrase && passphrase == null) {
      throw ThbstatException.usage("the private key is written encrypted: give a passphrase with --passphrase-file,"
          + " in " + KeyPassphrase.ENV + " or at a terminal's prompt, or pass --no-passphrase");
    }
    if (passphrase != null && passphrase.length < MIN_PASSPHRASE) {
      throw ThbstatException.usage("the passphrase has " + passphrase.length + " characters; use at least "
          + MIN_PASSPHRASE);
    }
    KeyPair pair = PackKeys.generate();
    try {
      if (privateFile.getParent() != null) {
        Files.createDirectories(privateFile.getParent());
      }
      writeOwnerOnly(privateFile, passphrase == null ? PackKeys.privatePem(pair.getPrivate())
          : PackKeys.encryptedPrivatePem(pair.getPrivate(), passphrase));
      Files.writeString(publicFile, PackKeys.publicPem(pair.getPublic()), StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw ThbstatException.usage(IoMessages.of(e));
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println("wrote " + privateFile + " (private, " + (passphrase == null ? "not encrypted" : "encrypted")
        + ": keep it on the machine that makes the packs)");
    o.println("wrote " + publicFile + " (public: for whoever verifies the packs)");
    o.println("key " + PackKeys.fingerprint(pair.getPublic()));
    return 0;
  }

  private Path sibling(String extension) {
    return out.resolveSibling(out.getFileName() + extension);
  }

  /** Created readable and writable by its owner only where the file system has POSIX permissions. */
  private static void writeOwnerOnly(Path file, String text) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // Windows: the folder's access rules apply
    } catch (FileAlreadyExistsException e) {
      throw new IOException(file + ": exists already; a key is never overwritten", e);
    }
    Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
