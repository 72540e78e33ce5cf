package thbstat.cli.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.problem.ThbstatException;

/** Key files and signatures against RFC 8032's first Ed25519 test vector. */
class PackKeysTest {
  private static final HexFormat HEX = HexFormat.of();
  // RFC 8032 section 7.1, TEST 1: secret key, public key, and the signature of the empty message
  private static final byte[] SECRET = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  private static final byte[] PUBLIC = HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  private static final byte[] SIGNATURE = HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
      + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  // the DER prefixes of PKCS#8 and X.509 (RFC 8410) for an Ed25519 key
  private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";
  private static final String X509_PREFIX = "302a300506032b6570032100";

  @TempDir Path tmp;

  @Test
  void aPrivateKeyFileGivesTheRfcPublicKeyAndSignature() throws Exception {
    Path file = pem("rfc.key", "PRIVATE KEY", HEX.parseHex(PKCS8_PREFIX + HEX.formatHex(SECRET)));
    PackKeys.SigningKey key = PackKeys.readPrivate(file, PackKeys.Passphrase.NONE);
    byte[] x509 = key.publicKey().getEncoded();
    assertArrayEquals(PUBLIC, Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    assertArrayEquals(SIGNATURE, key.sign(new byte[0]));
    assertEquals("SHA256:" + sha256(HEX.parseHex(X509_PREFIX + HEX.formatHex(PUBLIC))), key.fingerprint());
  }

  @Test
  void aPublicKeyFileVerifiesTheRfcSignatureAndNothingElse() throws Exception {
    Path file = pem("rfc.pub", "PUBLIC KEY", HEX.parseHex(X509_PREFIX + HEX.formatHex(PUBLIC)));
    PackKeys.TrustedKey key = PackKeys.readPublic(file);
    assertTrue(key.verifies(new byte[0], SIGNATURE));
    assertFalse(key.verifies(new byte[] {0}, SIGNATURE), "another message");
    byte[] flipped = SIGNATURE.clone();
    flipped[10] ^= 1;
    assertFalse(key.verifies(new byte[0], flipped), "one bit of the signature");
    assertFalse(key.verifies(new byte[0], Arrays.copyOf(SIGNATURE, 63)), "a truncated signature");
  }

  /** The RFC key as {@code openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256} encrypts it. */
  private static final String OPENSSL_ENCRYPTED = """
      -----BEGIN ENCRYPTED PRIVATE KEY-----
      MIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhsJpGaEoIejAICCAAw
      DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEBjBc6AkUa/jdFh/0wKj8nwEQNyv
      6PV2rwKMHJDpHPxlBcnRtUcG0gKelohdPvtDUL2/PJukrB3WoF5caKgyh8gbc18L
      s+CKDUoPNMjrilIZ4W4=
      -----END ENCRYPTED PRIVATE KEY-----
      """;

  @Test
  void anOpensslEncryptedKeyOpensWithItsPassphrase() throws Exception {
    Path file = Files.writeString(tmp.resolve("rfc-enc.key"), OPENSSL_ENCRYPTED);
    PackKeys.SigningKey key = PackKeys.readPrivate(file, f -> "rfc8032-test".toCharArray());
    assertArrayEquals(SIGNATURE, key.sign(new byte[0]));
  }

  @Test
  void anEncryptedKeyWrittenHereReadsBackOnlyWithItsPassphrase() throws Exception {
    KeyPair pair = PackKeys.generate();
    String pem = PackKeys.encryptedPrivatePem(pair.getPrivate(), "correct horse".toCharArray());
    assertTrue(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"), pem);
    assertFalse(pem.contains(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()).substring(0, 20)));
    Path file = Files.writeString(tmp.resolve("natco.key"), pem);
    PackKeys.SigningKey key = PackKeys.readPrivate(file, f -> "correct horse".toCharArray());
    assertArrayEquals(pair.getPublic().getEncoded(), key.publicKey().getEncoded());
    ThbstatException e = assertThrows(ThbstatException.class,
        () -> PackKeys.readPrivate(file, f -> "correct horse ".toCharArray()));
    assertEquals(file + ": wrong passphrase", e.problems().get(0).message());
  }

  @Test
  void writtenKeysReadBackAsTheSamePair() throws Exception {
    for (int i = 0; i < 20; i++) {
      KeyPair pair = PackKeys.generate();
      Path priv = Files.writeString(tmp.resolve(i + ".key"), PackKeys.privatePem(pair.getPrivate()));
      Path pub = Files.writeString(tmp.resolve(i + ".pub"), PackKeys.publicPem(pair.getPublic()));
      PackKeys.SigningKey signing = PackKeys.readPrivate(priv, PackKeys.Passphrase.NONE);
      assertArrayEquals(pair.getPublic().getEncoded(), signing.publicKey().getEncoded());
      byte[] message = ("manifest " + i).getBytes();
      assertTrue(PackKeys.readPublic(pub).verifies(message, signing.sign(message)));
    }
  }

  @Test
  void aWrongFileIsNamedWithWhatItHolds() throws Exception {
    KeyPair pair = PackKeys.generate();
    Path pub = Files.writeString(tmp.resolve("natco.pub"), PackKeys.publicPem(pair.getPublic()));
    ThbstatException e = assertThrows(ThbstatException.class, () -> PackKeys.readPrivate(pub, PackKeys.Passphrase.NONE));
    assertEquals(pub + ": expected an Ed25519 private key (PEM 'PRIVATE KEY', from 'thbstat keygen'),"
        + " found PEM block(s) PUBLIC KEY", e.problems().get(0).message());

    Path encrypted = Files.writeString(tmp.resolve("enc.key"), OPENSSL_ENCRYPTED);
    e = assertThrows(ThbstatException.class, () -> PackKeys.readPrivate(encrypted, PackKeys.Passphrase.NONE));
    assertEquals(encrypted + ": the key is encrypted; give its passphrase with --passphrase-file, in"
        + " THBSTAT_KEY_PASSPHRASE, or at the prompt of a terminal", e.problems().get(0).message());
    e = assertThrows(ThbstatException.class, () -> PackKeys.readPrivate(encrypted, f -> "rfc8032".toCharArray()));
    assertEquals(encrypted + ": wrong passphrase", e.problems().get(0).message());

    Path rsa = pem("rsa.pub", "PUBLIC KEY", java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair()
        .getPublic().getEncoded());
    e = assertThrows(ThbstatException.class, () -> PackKeys.readPublic(rsa));
    assertTrue(e.problems().get(0).message().startsWith(rsa + ": not an Ed25519 public key"),
        e.problems().get(0).message());

    Path missing = tmp.resolve("none.pub");
    e = assertThrows(ThbstatException.class, () -> PackKeys.readPublic(missing));
    assertEquals(missing + ": no such file", e.problems().get(0).message());
  }

  private Path pem(String name, String type, byte[] der) throws Exception {
    return Files.writeString(tmp.resolve(name),
        "-----BEGIN " + type + "-----\n" + Base64.getEncoder().encodeToString(der) + "\n-----END " + type + "-----\n");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HEX.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
