package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.app.demo.RegistryHttpServer;
import id.aduan.events.registry.CompatibilityLevel;
import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.registry.RegistryClientConfig;
import id.aduan.events.registry.RestSchemaRegistryClient;
import id.aduan.events.registry.SchemaRegistryException;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo's registry, served over HTTP, answers Aduan's own REST client like a real registry. */
class RegistryHttpServerTest {
  private static final Schema V1 = parse("[{\"name\":\"a\",\"type\":\"string\"}]");
  private static final Schema V2 = parse("[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":[\"null\",\"int\"],\"default\":null}]");
  private static final Schema BROKEN = parse("[{\"name\":\"a\",\"type\":\"int\"}]");

  @AfterEach
  void drop() {
    MockSchemaRegistry.dropScope("http-facade");
  }

  @Test
  void servesTheCallsOfTheRestClient() throws Exception {
    try (RegistryHttpServer server = RegistryHttpServer.start(MockSchemaRegistry.forScope("http-facade"))) {
      var client = new RestSchemaRegistryClient(RegistryClientConfig.forUrl(server.url()));
      int v1 = client.register("s-value", V1);
      assertEquals(v1, client.idOf("s-value", V1));
      assertEquals(V1, client.schemaById(v1));
      assertEquals(CompatibilityLevel.BACKWARD, client.compatibility("s-value"));
      assertTrue(client.checkCompatibility("s-value", V2).compatible());
      assertFalse(client.checkCompatibility("s-value", BROKEN).compatible());
      var refused = assertThrows(SchemaRegistryException.class, () -> client.register("s-value", BROKEN));
      assertEquals(409, refused.httpStatus());
      int v2 = client.register("s-value", V2);
      assertEquals(2, client.latest("s-value").version());
      assertEquals(v2, client.version("s-value", 2).id());
      assertEquals(List.of(1, 2), client.versions("s-value"));
      assertEquals(List.of("s-value"), client.subjects());
      var missing = assertThrows(SchemaRegistryException.class, () -> client.schemaById(9999));
      assertEquals(SchemaRegistryException.SCHEMA_NOT_FOUND, missing.errorCode());
    }
  }

  private static Schema parse(String fields) {
    return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":" + fields + "}");
  }
}
