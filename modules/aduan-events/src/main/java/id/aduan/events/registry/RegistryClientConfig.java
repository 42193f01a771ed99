package id.aduan.events.registry;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * Connection settings for a schema registry, read from the same keys Confluent's client uses so that
 * existing client configuration carries over unchanged.
 */
public record RegistryClientConfig(
    List<URI> urls,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRetries,
    Duration retryBackoff,
    Duration maxRetryBackoff,
    Optional<String> basicAuthUserInfo,
    Optional<String> bearerToken,
    Optional<TlsSettings> tls) {

  public static final String URL_CONFIG = "schema.registry.url";
  public static final String URL_DOC =
      "Comma-separated registry URLs; http(s)://host:port[/path], or mock://scope for an in-process registry.";
  public static final String CONNECT_TIMEOUT_CONFIG = "http.connect.timeout.ms";
  public static final String CONNECT_TIMEOUT_DOC = "How long to wait for a TCP connection to the registry.";
  public static final String READ_TIMEOUT_CONFIG = "http.read.timeout.ms";
  public static final String READ_TIMEOUT_DOC = "How long to wait for the registry's answer to one request.";
  public static final String MAX_RETRIES_CONFIG = "max.retries";
  public static final String MAX_RETRIES_DOC =
      "Retries after a connection failure, a timeout, HTTP 429 or 5xx; client errors (4xx) are never retried.";
  public static final String RETRY_BACKOFF_CONFIG = "retries.wait.ms";
  public static final String RETRY_BACKOFF_DOC = "Wait before the first retry; doubled on each further retry.";
  public static final String MAX_RETRY_BACKOFF_CONFIG = "retries.max.wait.ms";
  public static final String MAX_RETRY_BACKOFF_DOC = "Upper bound of the doubling retry wait.";
  public static final String BASIC_AUTH_SOURCE_CONFIG = "basic.auth.credentials.source";
  public static final String BASIC_AUTH_SOURCE_DOC =
      "USER_INFO (take basic.auth.user.info) or URL (take user:password from the registry URL).";
  public static final String BASIC_AUTH_USER_INFO_CONFIG = "basic.auth.user.info";
  public static final String BASIC_AUTH_USER_INFO_DOC = "user:password for HTTP basic authentication.";
  public static final String BEARER_TOKEN_CONFIG = "bearer.auth.token";
  public static final String BEARER_TOKEN_DOC = "A static bearer token sent as 'Authorization: Bearer <token>'.";

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_RETRIES = 3;
  public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(200);
  public static final Duration DEFAULT_MAX_RETRY_BACKOFF = Duration.ofSeconds(2);

  public RegistryClientConfig {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new ConfigException(URL_CONFIG, "", "at least one registry URL is required");
    }
  }

  /** Settings for the given URL(s) with every other setting at its default. */
  public static RegistryClientConfig forUrl(String urls) {
    return from(Map.of(URL_CONFIG, urls));
  }

  /** Reads the settings from client properties (unknown keys are ignored: they belong to other parts). */
  public static RegistryClientConfig from(Map<String, ?> props) {
    Object rawUrl = props.get(URL_CONFIG);
    if (rawUrl == null || rawUrl.toString().isBlank()) {
      throw new ConfigException(URL_CONFIG, rawUrl, "is required for Avro serdes");
    }
    List<URI> urls = new ArrayList<>();
    Optional<String> urlUserInfo = Optional.empty();
    for (String part : rawUrl.toString().split(",")) {
      URI uri = parseUrl(part.trim());
      if (uri.getUserInfo() != null) {
        urlUserInfo = Optional.of(uri.getUserInfo());
      }
      urls.add(withoutUserInfo(uri));
    }
    String source = string(props, BASIC_AUTH_SOURCE_CONFIG).orElse("USER_INFO");
    Optional<String> basic =
        switch (source) {
          case "URL" -> urlUserInfo;
          case "USER_INFO" -> string(props, BASIC_AUTH_USER_INFO_CONFIG)
              .or(() -> string(props, "schema.registry." + BASIC_AUTH_USER_INFO_CONFIG));
          default -> throw new ConfigException(BASIC_AUTH_SOURCE_CONFIG, source, "must be USER_INFO or URL");
        };
    return new RegistryClientConfig(
        urls,
        millis(props, CONNECT_TIMEOUT_CONFIG, DEFAULT_CONNECT_TIMEOUT),
        millis(props, READ_TIMEOUT_CONFIG, DEFAULT_READ_TIMEOUT),
        integer(props, MAX_RETRIES_CONFIG, DEFAULT_MAX_RETRIES),
        millis(props, RETRY_BACKOFF_CONFIG, DEFAULT_RETRY_BACKOFF),
        millis(props, MAX_RETRY_BACKOFF_CONFIG, DEFAULT_MAX_RETRY_BACKOFF),
        basic,
        string(props, BEARER_TOKEN_CONFIG),
        TlsSettings.from(props));
  }

  /** Whether the URL names an in-process {@link MockSchemaRegistry} scope. */
  public static boolean isMock(String url) {
    return url != null && url.trim().startsWith("mock://");
  }

  private static URI parseUrl(String url) {
    try {
      URI uri = URI.create(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new ConfigException(URL_CONFIG, url, "must start with http://, https:// or mock://");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(URL_CONFIG, url, "is not a valid URL: " + e.getMessage());
    }
  }

  private static URI withoutUserInfo(URI uri) {
    String text = uri.toString();
    if (uri.getRawUserInfo() != null) {
      text = text.replace(uri.getRawUserInfo() + "@", "");
    }
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  static Optional<String> string(Map<String, ?> props, String key) {
    Object value = props.get(key);
    return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
  }

  private static Duration millis(Map<String, ?> props, String key, Duration fallback) {
    return string(props, key).map(v -> Duration.ofMillis(parseLong(key, v))).orElse(fallback);
  }

  private static int integer(Map<String, ?> props, String key, int fallback) {
    return string(props, key).map(v -> (int) parseLong(key, v)).orElse(fallback);
  }

  private static long parseLong(String key, String value) {
    try {
      long parsed = Long.parseLong(value.trim());
      if (parsed < 0) {
        throw new ConfigException(key, value, "must not be negative");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new ConfigException(key, value, "must be a whole number");
    }
  }

  @Override
  public String toString() {
    // credentials stay out of logs
    return "RegistryClientConfig" + Arrays.asList(urls, connectTimeout, readTimeout, maxRetries);
  }
}
