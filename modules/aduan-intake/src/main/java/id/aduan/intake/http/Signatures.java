package id.aduan.intake.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC signatures of webhook partners, compared in constant time so that timing reveals nothing. */
public final class Signatures {
  private Signatures() {}

  public static byte[] hmac(String algorithm, String secret, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  public static String sha256Hex(String secret, byte[] data) {
    return HexFormat.of().formatHex(hmac("HmacSHA256", secret, data));
  }

  public static String sha256Base64(String secret, byte[] data) {
    return Base64.getEncoder().encodeToString(hmac("HmacSHA256", secret, data));
  }

  public static boolean same(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.trim().getBytes(StandardCharsets.UTF_8));
  }
}
