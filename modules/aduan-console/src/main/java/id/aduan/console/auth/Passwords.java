package id.aduan.console.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt password hashes ({@code $2y$}, Bouncy Castle's {@link OpenBSDBCrypt}). bcrypt reads at most 72 bytes
 * of a password, so longer ones are refused when hashing rather than silently cut.
 */
public final class Passwords {
  /** Cost of new hashes: 2^12 rounds, about a quarter of a second on a server core. */
  public static final int DEFAULT_COST = 12;
  public static final int MAX_BYTES = 72;
  public static final int MIN_LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Checked against when the user name is unknown, so that an unknown name takes as long as a wrong password. */
  private static final String DUMMY = hash("unknown-user-dummy-password", DEFAULT_COST);

  private Passwords() {}

  public static String hash(String password, int cost) {
    if (password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("bcrypt reads at most " + MAX_BYTES + " bytes of a password; choose a shorter one");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, cost);
  }

  /** Whether the password matches the hash; false for a malformed hash or an over-long password. */
  public static boolean matches(String hash, String password) {
    if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return false;
    }
    try {
      return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /** Spends the time of one check, for a user name that does not exist. */
  public static void burn(String password) {
    matches(DUMMY, password == null ? "" : password);
  }

  /** Whether the text has the shape of a bcrypt hash. */
  public static boolean looksLikeHash(String text) {
    return text != null && text.length() == 60 && text.matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  }
}
