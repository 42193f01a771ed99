package id.aduan.streams.router.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret under which the router turns a contact into a de-duplication key: HMAC-SHA256 of the canonical
 * contact. A plain hash of a phone number is reversed by hashing every number of the country; without the
 * secret the keyed one is not. The secret never appears in logs or in {@link #toString()}.
 */
public final class ContactKey {
  /** Settings key (in the {@code --command-config} file) of the secret. */
  public static final String SECRET_CONFIG = "router.contact.key.secret";
  /** Environment variable of the secret; it wins over the settings file. */
  public static final String SECRET_ENV = "ADUAN_ROUTER_CONTACT_KEY_SECRET";
  public static final String SECRET_DOC = "Secret (16+ characters) of the HMAC-SHA256 that turns a contact sent to the router"
      + " into a de-duplication key; keep it stable, since keys under another secret match no earlier complaint."
      + " Without it a random one is generated at start.";
  public static final int MIN_SECRET_LENGTH = 16;

  private final SecretKeySpec key;
  private final boolean generated;

  private ContactKey(byte[] secret, boolean generated) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.generated = generated;
  }

  public static ContactKey of(String secret) {
    if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(SECRET_CONFIG + " must have at least " + MIN_SECRET_LENGTH + " characters");
    }
    return new ContactKey(secret.getBytes(StandardCharsets.UTF_8), false);
  }

  /** A random secret for this process only: for the demo, benchmarks and tests. */
  public static ContactKey generated() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new ContactKey(secret, true);
  }

  /** The secret from the environment, else from the settings, else a generated one. */
  public static ContactKey resolve(Map<String, ?> settings, Map<String, String> environment) {
    String fromEnvironment = environment.get(SECRET_ENV);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return of(fromEnvironment.strip());
    }
    Object fromSettings = settings.get(SECRET_CONFIG);
    return fromSettings == null || fromSettings.toString().isBlank() ? generated() : of(fromSettings.toString().strip());
  }

  /** Whether the secret was generated at start, so keys will differ after a restart. */
  public boolean isGenerated() {
    return generated;
  }

  /** Lower-case hex HMAC-SHA256 of the text. */
  public String hash(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "ContactKey[" + (generated ? "generated" : "configured") + ", secret hidden]";
  }
}
