package thbstat.cli.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import thbstat.indicators.hash.Sha256;
import thbstat.indicators.problem.ThbstatException;

/**
 * The Ed25519 keys that sign a pack's manifest. Files are PEM as OpenSSL writes them (PKCS#8
 * {@code PRIVATE KEY}, X.509 {@code PUBLIC KEY}), so a reader can check a signature with
 * {@code openssl pkeyutl -verify -rawin} and a signer can bring a key made by {@code openssl genpkey}.
 */
public final class PackKeys {
  static final String ALGORITHM = "Ed25519";
  private static final String PRIVATE = "PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";

  /** A private key and its public half, read from {@code file}. */
  public record SigningKey(String file, PrivateKey key, PublicKey publicKey) {
    public String fingerprint() {
      return PackKeys.fingerprint(publicKey);
    }

    /** The raw 64-byte Ed25519 signature of {@code bytes}. */
    public byte[] sign(byte[] bytes) {
      try {
        Signature s = Signature.getInstance(ALGORITHM);
        s.initSign(key);
        s.update(bytes);
        return s.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(file + ": cannot sign: " + e.getMessage(), e);
      }
    }

    /** The public half, as verify trusts it. */
    public TrustedKey trusted() {
      return new TrustedKey(file, publicKey);
    }
  }

  /** A public key a reader trusts, named by the file it came from. */
  public record TrustedKey(String file, PublicKey key) {
    public String fingerprint() {
      return PackKeys.fingerprint(key);
    }

    boolean verifies(byte[] bytes, byte[] signature) {
      try {
        Signature s = Signature.getInstance(ALGORITHM);
        s.initVerify(key);
        s.update(bytes);
        return s.verify(signature);
      } catch (java.security.SignatureException e) {
        return false; // a signature of the wrong length or form is simply not valid
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(file + ": cannot verify: " + e.getMessage(), e);
      }
    }
  }

  private PackKeys() {}

  /** {@code SHA256:} and the hex SHA-256 of the public key's X.509 encoding. */
  public static String fingerprint(PublicKey key) {
    return "SHA256:" + Sha256.of(key.getEncoded());
  }

  /** A new key pair, from the system's strong random source. */
  public static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
      g.initialize(NamedParameterSpec.ED25519, new SecureRandom());
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no Ed25519: " + e.getMessage(), e);
    }
  }

  public static String privatePem(PrivateKey key) {
    return pem(PRIVATE, key.getEncoded());
  }

  public static String publicPem(PublicKey key) {
    return pem(PUBLIC, key.getEncoded());
  }

  /**
   * Reads a private key.
   *
   * @throws ThbstatException usage, naming the file, when it is missing or holds no unencrypted
   *     Ed25519 private key
   */
  public static SigningKey readPrivate(Path file) {
    byte[] der = block(file, PRIVATE, "an Ed25519 private key (PEM 'PRIVATE KEY', from 'thbstat keygen')");
    try {
      PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
      return new SigningKey(file.toString(), key, publicOf((EdECPrivateKey) key));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw ThbstatException.usage(file + ": not an Ed25519 private key: " + e.getMessage());
    }
  }

  /**
   * Reads a public key.
   *
   * @throws ThbstatException usage, naming the file, when it is missing or holds no Ed25519 public key
   */
  public static TrustedKey readPublic(Path file) {
    byte[] der = block(file, PUBLIC, "an Ed25519 public key (PEM 'PUBLIC KEY', the .pub of 'thbstat keygen')");
    try {
      return new TrustedKey(file.toString(), KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der)));
    } catch (GeneralSecurityException e) {
      throw ThbstatException.usage(file + ": not an Ed25519 public key: " + e.getMessage());
    }
  }

  /**
   * The public key of a private one. Java has no call for it, but an Ed25519 private key is the
   * 32 random bytes its key pair was generated from, so generating from those bytes gives the pair.
   */
  static PublicKey publicOf(EdECPrivateKey key) throws GeneralSecurityException {
    byte[] seed = key.getBytes().orElseThrow(() -> new GeneralSecurityException("the key's bytes are not readable"));
    KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
    g.initialize(NamedParameterSpec.ED25519, new SeedBytes(seed));
    KeyPair pair = g.generateKeyPair();
    byte[] regenerated = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(new byte[0]);
    if (!Arrays.equals(seed, regenerated)) {
      throw new GeneralSecurityException("cannot derive the public key");
    }
    return pair.getPublic();
  }

  /** Hands out the given bytes as the key generator's randomness. */
  private static final class SeedBytes extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    SeedBytes(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("asked for " + bytes.length + " bytes, the key has " + seed.length);
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  /** The DER bytes of the first PEM block of {@code type} in {@code file}. */
  private static byte[] block(Path file, String type, String expected) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    } catch (java.nio.file.NoSuchFileException e) {
      throw ThbstatException.usage(file + ": no such file");
    } catch (IOException e) {
      throw ThbstatException.usage(file + ": cannot read it, or it is not a PEM text file: " + e.getMessage());
    }
    List<String> types = new ArrayList<>();
    StringBuilder base64 = null;
    String open = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("-----BEGIN ") && line.endsWith("-----")) {
        open = line.substring(11, line.length() - 5);
        types.add(open);
        base64 = new StringBuilder();
      } else if (open != null && line.equals("-----END " + open + "-----")) {
        if (open.equals(type)) {
          try {
            return Base64.getDecoder().decode(base64.toString());
          } catch (IllegalArgumentException e) {
            throw ThbstatException.usage(file + ": the " + type + " block is not valid base64: " + e.getMessage());
          }
        }
        open = null;
      } else if (open != null) {
        base64.append(line);
      }
    }
    String found = types.isEmpty() ? "no PEM block" : "PEM block(s) " + String.join(", ", types);
    String hint = types.contains("ENCRYPTED " + type)
        ? "; thbstat reads unencrypted keys: keep the file where only the signer can read it" : "";
    throw ThbstatException.usage(file + ": expected " + expected + ", found " + found + hint);
  }
}
