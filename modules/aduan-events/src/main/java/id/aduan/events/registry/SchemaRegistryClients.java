package id.aduan.events.registry;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Builds the right client for a {@code schema.registry.url}: in-process for mock://, REST otherwise. */
public final class SchemaRegistryClients {
  private SchemaRegistryClients() {}

  /** A caching client for the registry named by {@code schema.registry.url} in the given properties. */
  public static SchemaRegistryClient create(Map<String, ?> props) {
    Object url = props.get(RegistryClientConfig.URL_CONFIG);
    SchemaRegistryClient client =
        url != null && RegistryClientConfig.isMock(url.toString())
            ? MockSchemaRegistry.forScope(mockScope(url.toString()))
            : new RestSchemaRegistryClient(RegistryClientConfig.from(props));
    Duration latestTtl =
        RegistryClientConfig.string(props, CachingSchemaRegistryClient.LATEST_TTL_CONFIG)
            .map(s -> Duration.ofSeconds(Long.parseLong(s.trim())))
            .orElse(CachingSchemaRegistryClient.DEFAULT_LATEST_TTL);
    return new CachingSchemaRegistryClient(client, latestTtl, Clock.systemUTC());
  }

  /** A caching client for one URL with default settings. */
  public static SchemaRegistryClient forUrl(String url) {
    return create(Map.of(RegistryClientConfig.URL_CONFIG, url));
  }

  static String mockScope(String url) {
    String scope = url.trim().substring("mock://".length());
    int end = scope.indexOf('/');
    return end < 0 ? scope : scope.substring(0, end);
  }
}
