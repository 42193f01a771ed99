package id.aduan.console.act;

import java.security.SecureRandom;

/** ULIDs for {@code CaseUpdate.updateId}: 48 bits of milliseconds and 80 random bits, Crockford base32. */
public final class UpdateIds {
  private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private UpdateIds() {}

  public static String next(long millis) {
    byte[] random = new byte[10];
    RANDOM.nextBytes(random);
    char[] out = new char[26];
    for (int i = 9; i >= 0; i--) {
      out[i] = BASE32[(int) (millis & 31)];
      millis >>>= 5;
    }
    // the 80 random bits, five at a time
    for (int i = 0; i < 16; i++) {
      int bit = i * 5;
      int value = 0;
      for (int b = 0; b < 5; b++) {
        int index = bit + b;
        value = value << 1 | (random[index / 8] >> (7 - index % 8)) & 1;
      }
      out[10 + i] = BASE32[value];
    }
    return new String(out);
  }
}
