package id.aduan.intake.idempotency;

import id.aduan.intake.http.Signatures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Fingerprints of request bodies, so that a retry (same Idempotency-Key, same body) is told from a reused
 * key (same key, another body) without keeping the body. Keyed (HMAC-SHA256 under a key derived from the
 * deployment's secret), because a plain hash of a short complaint could be confirmed by guessing. Each
 * fingerprint starts with an id of its key: after the secret changed (or when none is configured and a
 * random one is used per start) older fingerprints cannot be compared, and the request is taken as a retry.
 */
public final class RequestFingerprints {
  private static final int DIGEST_BYTES = 16;

  private final String key;
  private final String keyId;

  public RequestFingerprints(String secret) {
    this.key = Signatures.sha256Hex(secret, "aduan-intake request fingerprint".getBytes(StandardCharsets.UTF_8));
    this.keyId = Signatures.sha256Hex(key, "key id".getBytes(StandardCharsets.UTF_8)).substring(0, 8);
  }

  /** {@code <key id>:<hex of the first 128 bits of the HMAC>}; null for no body. */
  public String of(byte[] body) {
    return body == null ? null
        : keyId + ":" + HexFormat.of().formatHex(Arrays.copyOf(Signatures.hmac("HmacSHA256", key, body), DIGEST_BYTES));
  }

  /** Whether two fingerprints show different bodies; unknown or incomparable ones never do. */
  public static boolean differ(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    int colon = a.indexOf(':');
    return colon > 0 && b.indexOf(':') == colon && a.regionMatches(0, b, 0, colon) && !a.equals(b);
  }
}
