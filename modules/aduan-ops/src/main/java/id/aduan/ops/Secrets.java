package id.aduan.ops;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which settings are secret, and their values hidden for logs and printouts. Every role shows its settings
 * through {@link #redacted}, so a secret set under any of these names (a SASL JAAS config, a registry's
 * basic-auth user info, an HMAC secret, an API key) never reaches a log.
 */
public final class Secrets {
  /** A key naming any of these is secret, whatever its prefix: sasl.jaas.config, basic.auth.user.info, ssl.key.password. */
  private static final Pattern SECRET_KEY =
      Pattern.compile("password|secret|jaas|auth\\.user\\.info|api\\.keys?|token|credentials(?!\\.source)", Pattern.CASE_INSENSITIVE);
  public static final String HIDDEN = "[hidden]";

  private Secrets() {}

  public static boolean isSecret(String key) {
    return SECRET_KEY.matcher(key).find();
  }

  /** The settings sorted by key, secret values replaced by {@value #HIDDEN} (empty ones stay empty: "not set" is no secret). */
  public static Map<String, String> redacted(Map<String, ?> settings) {
    Map<String, String> shown = new TreeMap<>();
    settings.forEach((key, value) -> {
      String text = value == null ? "" : String.valueOf(value);
      shown.put(key, isSecret(key) && !text.isBlank() ? HIDDEN : text);
    });
    return shown;
  }
}
