package id.aduan.intake.ids;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * ULIDs: 48 bits of milliseconds then 80 random bits, in Crockford base32, so complaint ids sort by the time
 * intake accepted them and never need a central counter. Within one millisecond the random part is
 * incremented, keeping ids of one instance strictly increasing.
 */
public final class ComplaintIds {
  static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private long lastMillis = -1;
  private long randomHigh; // 16 bits
  private long randomLow; // 64 bits

  public ComplaintIds(Clock clock) {
    this.clock = clock;
  }

  public ComplaintIds() {
    this(Clock.systemUTC());
  }

  public synchronized String next() {
    long millis = clock.millis();
    if (millis == lastMillis) {
      randomLow++;
      if (randomLow == 0) {
        randomHigh = (randomHigh + 1) & 0xFFFF;
      }
    } else {
      lastMillis = millis;
      randomHigh = random.nextInt(1 << 16);
      randomLow = random.nextLong();
    }
    char[] out = new char[26];
    long time = millis;
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    // 80 random bits as 16 base32 digits: high 16 bits then low 64 bits
    long low = randomLow;
    long high = randomHigh;
    for (int i = 25; i >= 10; i--) {
      out[i] = ALPHABET[(int) (low & 31)];
      low = (low >>> 5) | ((high & 31) << 59);
      high >>>= 5;
    }
    return new String(out);
  }

  /** Whether the text has the shape of a ULID (used to tell ids from tracking codes in lookups). */
  public static boolean looksLikeId(String text) {
    if (text == null || text.length() != 26) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (new String(ALPHABET).indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
