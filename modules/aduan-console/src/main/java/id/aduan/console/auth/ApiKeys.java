package id.aduan.console.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys for machine clients: 32 random bytes, so a plain SHA-256 is a sufficient hash at rest (nothing
 * to guess, unlike a password); the users file holds {@code sha256:<hex>} only.
 */
public final class ApiKeys {
  public static final String PREFIX = "sha256:";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  /** A new key, to be given to the client once. */
  public static String generate() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return "aduan_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
  }

  public static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public static boolean looksLikeHash(String text) {
    return text != null && text.matches("sha256:[0-9a-f]{64}");
  }
}
