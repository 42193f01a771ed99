package id.aduan.intake.ids;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short codes a citizen can read out over the phone or type on a feature phone: ten Crockford base32
 * characters (50 random bits) shown as {@code ABCDE-FGHJK}. Crockford's alphabet has no I, L, O or U, so
 * {@link #normalise} can forgive the usual misreadings.
 */
public final class TrackingCodes {
  private static final int LENGTH = 10;
  private final SecureRandom random = new SecureRandom();

  public String next() {
    long bits = random.nextLong();
    StringBuilder code = new StringBuilder(LENGTH + 1);
    for (int i = 0; i < LENGTH; i++) {
      if (i == LENGTH / 2) {
        code.append('-');
      }
      code.append(ComplaintIds.ALPHABET[(int) (bits & 31)]);
      bits >>>= 5;
    }
    return code.toString();
  }

  /** The canonical form of what a citizen typed, or null when it cannot be a tracking code. */
  public static String normalise(String typed) {
    if (typed == null || typed.length() > 40) {
      return null;
    }
    StringBuilder letters = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case '-', ' ' -> { }
        case 'O' -> letters.append('0');
        case 'I', 'L' -> letters.append('1');
        default -> {
          if (new String(ComplaintIds.ALPHABET).indexOf(c) < 0) {
            return null;
          }
          letters.append(c);
        }
      }
    }
    if (letters.length() != LENGTH) {
      return null;
    }
    return letters.substring(0, LENGTH / 2) + "-" + letters.substring(LENGTH / 2);
  }
}
