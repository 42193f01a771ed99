package id.aduan.intake.produce;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reporter keys: HMAC-SHA256 of the normalised contact under the deployment's secret. The router can link
 * complaints of one reporter by key, while nobody without the secret can go back from key to contact (a
 * plain hash of a phone number could be reversed by trying every number).
 */
public final class ReporterKeys {
  private final SecretKeySpec key;

  public ReporterKeys(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("the reporter key secret must have at least 16 characters");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String keyOf(ContactNormaliser.Normalised contact) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      String kind = contact.type() == id.aduan.event.ContactType.WHATSAPP ? "PHONE" : contact.type().name();
      byte[] digest = mac.doFinal((kind + ":" + contact.value()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
