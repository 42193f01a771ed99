package id.aduan.events.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;

/**
 * Trust and key stores for HTTPS to the registry, from Confluent's {@code schema.registry.ssl.*} keys.
 * Without them the JVM's default context applies, configured by the standard JSSE system properties
 * ({@code javax.net.ssl.trustStore} and friends).
 */
public record TlsSettings(
    Optional<Path> trustStore,
    Optional<String> trustStorePassword,
    Optional<Path> keyStore,
    Optional<String> keyStorePassword,
    String storeType) {

  public static final String TRUSTSTORE_LOCATION_CONFIG = "schema.registry.ssl.truststore.location";
  public static final String TRUSTSTORE_PASSWORD_CONFIG = "schema.registry.ssl.truststore.password";
  public static final String KEYSTORE_LOCATION_CONFIG = "schema.registry.ssl.keystore.location";
  public static final String KEYSTORE_PASSWORD_CONFIG = "schema.registry.ssl.keystore.password";
  public static final String STORE_TYPE_CONFIG = "schema.registry.ssl.truststore.type";

  static Optional<TlsSettings> from(Map<String, ?> props) {
    Optional<Path> trust = RegistryClientConfig.string(props, TRUSTSTORE_LOCATION_CONFIG).map(Path::of);
    Optional<Path> key = RegistryClientConfig.string(props, KEYSTORE_LOCATION_CONFIG).map(Path::of);
    if (trust.isEmpty() && key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TlsSettings(
            trust,
            RegistryClientConfig.string(props, TRUSTSTORE_PASSWORD_CONFIG),
            key,
            RegistryClientConfig.string(props, KEYSTORE_PASSWORD_CONFIG),
            RegistryClientConfig.string(props, STORE_TYPE_CONFIG).orElse(KeyStore.getDefaultType())));
  }

  /** An SSL context trusting the configured trust store and presenting the configured key store. */
  public SSLContext sslContext() {
    try {
      TrustManagerFactory trustFactory = null;
      if (trustStore.isPresent()) {
        trustFactory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustFactory.init(load(trustStore.get(), trustStorePassword, TRUSTSTORE_LOCATION_CONFIG));
      }
      KeyManagerFactory keyFactory = null;
      if (keyStore.isPresent()) {
        keyFactory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyFactory.init(
            load(keyStore.get(), keyStorePassword, KEYSTORE_LOCATION_CONFIG),
            keyStorePassword.map(String::toCharArray).orElse(null));
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          keyFactory == null ? null : keyFactory.getKeyManagers(),
          trustFactory == null ? null : trustFactory.getTrustManagers(),
          null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new ConfigException("Cannot set up TLS for the schema registry: " + e.getMessage());
    }
  }

  private KeyStore load(Path path, Optional<String> password, String key) throws GeneralSecurityException {
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance(storeType);
      store.load(in, password.map(String::toCharArray).orElse(null));
      return store;
    } catch (IOException e) {
      throw new ConfigException(key, path.toString(), "cannot be read: " + e.getMessage());
    }
  }
}
