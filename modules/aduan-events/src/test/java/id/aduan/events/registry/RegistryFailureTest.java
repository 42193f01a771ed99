package id.aduan.events.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.events.serde.AvroSerde;
import id.aduan.testkit.FreePorts;
import id.aduan.testkit.SchemaRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A registry that is down or hung must make the serializer fail with a clear error within its configured
 * timeouts and retries, never hang. Uses a registry of its own, since it freezes it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RegistryFailureTest {
  private static final Schema SCHEMA =
      new Schema.Parser()
          .parse("{\"type\":\"record\",\"name\":\"Ping\",\"namespace\":\"id.aduan.test\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}");
  private static SchemaRegistry registry;

  @BeforeAll
  static void startOwnRegistry() {
    registry = SchemaRegistry.start();
  }

  @AfterAll
  static void stopOwnRegistry() {
    registry.close();
  }

  @Test
  void registryDownFailsAfterRetriesWithTheCause() {
    String url = "http://127.0.0.1:" + FreePorts.next();
    var e = assertThrows(SerializationException.class, () -> serialize(url, Map.of()));
    assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
    assertTrue(e.getMessage().contains("gave up after 3 attempts"), e.getMessage());
    SchemaRegistryException cause = (SchemaRegistryException) e.getCause();
    assertEquals(SchemaRegistryException.UNREACHABLE, cause.errorCode());
  }

  @Test
  void hungRegistryFailsAtTheReadTimeout() {
    // the client works while the registry answers...
    serialize(registry.url(), Map.of());
    registry.freeze();
    try {
      // ...and gives up on a new schema once it stops answering
      var e =
          assertThrows(
              SerializationException.class,
              () -> serialize(registry.url(), Map.of("n2", "different schema, so not cached")));
      assertTrue(e.getMessage().contains("HttpTimeoutException"), e.getMessage());
      assertTrue(e.getMessage().contains("gave up after 3 attempts"), e.getMessage());
    } finally {
      registry.thaw();
    }
  }

  private static byte[] serialize(String url, Map<String, String> variant) {
    Schema schema = variant.isEmpty() ? SCHEMA : withExtraField();
    GenericRecord record = new GenericData.Record(schema);
    schema.getFields().forEach(f -> record.put(f.name(), 1));
    Map<String, Object> props =
        Map.of(
            RegistryClientConfig.URL_CONFIG, url,
            RegistryClientConfig.CONNECT_TIMEOUT_CONFIG, "1000",
            RegistryClientConfig.READ_TIMEOUT_CONFIG, "1500",
            RegistryClientConfig.MAX_RETRIES_CONFIG, "2",
            RegistryClientConfig.RETRY_BACKOFF_CONFIG, "100");
    return AvroSerde.generic(props, false).serializer().serialize("pings", record);
  }

  private static Schema withExtraField() {
    return new Schema.Parser()
        .parse(
            "{\"type\":\"record\",\"name\":\"Ping\",\"namespace\":\"id.aduan.test\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"},"
                + "{\"name\":\"n2\",\"type\":\"int\",\"default\":0}]}");
  }
}
