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
import java.io.ByteArrayOutputStream;
import java.security.AlgorithmParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import thbstat.indicators.hash.Sha256;
import thbstat.indicators.problem.ThbstatException;

/**
 * The Ed25519 keys that sign a pack's manifest. Files are PEM as OpenSSL writes them (PKCS#8
 * {@code PRIVATE KEY}, X.509 {@code PUBLIC KEY}), so a reader can check a signature with
 * {@code openssl pkeyutl -verify -rawin} and a signer can bring a key made by {@code openssl genpkey}.
 * A private key may be encrypted with a passphrase ({@code ENCRYPTED PRIVATE KEY}, PBES2 with
 * PBKDF2-HMAC-SHA256 and AES-256-CBC, as {@code openssl genpkey -aes-256-cbc} writes it).
 */
public final class PackKeys {
  static final String ALGORITHM = "Ed25519";
  private static final String PRIVATE = "PRIVATE KEY";
  private static final String ENCRYPTED = "ENCRYPTED PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";
  private static final String PBE = "PBEWithHmacSHA256AndAES_256";
  private static final int PBE_ITERATIONS = 600_000;
  /** DER of the object identifier of PBES2 (1.2.840.113549.1.5.13). */
  private static final byte[] PBES2_OID = {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
      0x05, 0x0d};

  /** Where the passphrase of an encrypted key comes from; null when there is none to be had. */
  @FunctionalInterface
  public interface Passphrase {
    char[] of(Path keyFile);

    Passphrase NONE = file -> null;
  }

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

  /** Unencrypted PKCS#8 PEM. */
  public static String privatePem(PrivateKey key) {
    return pem(PRIVATE, key.getEncoded());
  }

  /** PKCS#8 PEM encrypted with {@code passphrase} (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC). */
  public static String encryptedPrivatePem(PrivateKey key, char[] passphrase) {
    try {
      SecureRandom random = new SecureRandom();
      byte[] salt = new byte[16];
      byte[] iv = new byte[16];
      random.nextBytes(salt);
      random.nextBytes(iv);
      SecretKey secret = SecretKeyFactory.getInstance(PBE).generateSecret(new PBEKeySpec(passphrase));
      Cipher cipher = Cipher.getInstance(PBE);
      cipher.init(Cipher.ENCRYPT_MODE, secret, new PBEParameterSpec(salt, PBE_ITERATIONS, new IvParameterSpec(iv)));
      byte[] encrypted = cipher.doFinal(key.getEncoded());
      // EncryptedPrivateKeyInfo(AlgorithmParameters, byte[]) rejects PBES2 names in Java 17: encode it here.
      byte[] algorithm = der(0x30, concat(PBES2_OID, cipher.getParameters().getEncoded()));
      return pem(ENCRYPTED, der(0x30, concat(algorithm, der(0x04, encrypted))));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot encrypt the key: " + e.getMessage(), e);
    }
  }

  public static String publicPem(PublicKey key) {
    return pem(PUBLIC, key.getEncoded());
  }

  /**
   * Reads a private key, asking {@code passphrase} when it is encrypted.
   *
   * @throws ThbstatException usage, naming the file, when it is missing, holds no Ed25519 private
   *     key, or is encrypted and the passphrase is missing or wrong
   */
  public static SigningKey readPrivate(Path file, Passphrase passphrase) {
    Block block = block(file, List.of(PRIVATE, ENCRYPTED),
        "an Ed25519 private key (PEM 'PRIVATE KEY', from 'thbstat keygen')");
    byte[] der = block.type().equals(ENCRYPTED) ? decrypt(file, block.der(), passphrase) : block.der();
    try {
      PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
      return new SigningKey(file.toString(), key, publicOf((EdECPrivateKey) key));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw ThbstatException.usage(file + ": not an Ed25519 private key: " + e.getMessage());
    }
  }

  private static byte[] decrypt(Path file, byte[] der, Passphrase passphrase) {
    char[] secret = passphrase.of(file);
    if (secret == null) {
      throw ThbstatException.usage(file + ": the key is encrypted; give its passphrase with --passphrase-file,"
          + " in THBSTAT_KEY_PASSPHRASE, or at the prompt of a terminal");
    }
    try {
      EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
      AlgorithmParameters params = info.getAlgParameters();
      String algorithm = params == null ? info.getAlgName() : params.toString();
      SecretKey key = SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(secret));
      Cipher cipher = Cipher.getInstance(algorithm);
      cipher.init(Cipher.DECRYPT_MODE, key, params);
      return info.getKeySpec(cipher).getEncoded();
    } catch (java.security.spec.InvalidKeySpecException e) {
      throw ThbstatException.usage(file + ": wrong passphrase");
    } catch (GeneralSecurityException | IOException e) {
      throw ThbstatException.usage(file + ": cannot decrypt the key (" + e.getMessage()
          + "); thbstat reads keys encrypted as 'openssl genpkey -aes-256-cbc' writes them");
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  /**
   * Reads a public key.
   *
   * @throws ThbstatException usage, naming the file, when it is missing or holds no Ed25519 public key
   */
  public static TrustedKey readPublic(Path file) {
    byte[] der = block(file, List.of(PUBLIC),
        "an Ed25519 public key (PEM 'PUBLIC KEY', the .pub of 'thbstat keygen')").der();
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

  private record Block(String type, byte[] der) {}

  /** The first PEM block in {@code file} of one of {@code types}. */
  private static Block block(Path file, List<String> types, String expected) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    } catch (java.nio.file.NoSuchFileException e) {
      throw ThbstatException.usage(file + ": no such file");
    } catch (IOException e) {
      throw ThbstatException.usage(file + ": cannot read it, or it is not a PEM text file: " + e.getMessage());
    }
    List<String> found = new ArrayList<>();
    StringBuilder base64 = null;
    String open = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("-----BEGIN ") && line.endsWith("-----")) {
        open = line.substring(11, line.length() - 5);
        found.add(open);
        base64 = new StringBuilder();
      } else if (open != null && line.equals("-----END " + open + "-----")) {
        if (types.contains(open)) {
          try {
            return new Block(open, Base64.getDecoder().decode(base64.toString()));
          } catch (IllegalArgumentException e) {
            throw ThbstatException.usage(file + ": the " + open + " block is not valid base64: " + e.getMessage());
          }
        }
        open = null;
      } else if (open != null) {
        base64.append(line);
      }
    }
    throw ThbstatException.usage(file + ": expected " + expected + ", found "
        + (found.isEmpty() ? "no PEM block" : "PEM block(s) " + String.join(", ", found)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A DER element: tag, definite length, contents. */
  private static byte[] der(int tag, byte[] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = contents.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n & 0xff);
    }
    out.writeBytes(contents);
    return out.toByteArray();
  }
}
