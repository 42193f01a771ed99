package id.aduan.streams.router;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.TopicCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the router's processors, stores and repartition topics. A rename changes the names of changelog
 * and repartition topics and so breaks a rolling upgrade: if this fails, the change must be deliberate,
 * and the expected description (src/test/resources/router-topology.txt) updated with it.
 */
class RouterTopologyDescriptionTest {

  @Test
  void describesTheNamedTopology() throws IOException {
    String scope = "describe";
    try {
      TopicCatalogue topics = TopicCatalogue.from(Map.of("schema.registry.url", "mock://" + scope));
      String actual = RouterDriver.topology(RouterSettings.standard(), topics).describe().toString();
      assertEquals(expected(), actual.strip());
    } finally {
      MockSchemaRegistry.dropScope(scope);
    }
  }

  private static String expected() throws IOException {
    try (InputStream in = RouterTopologyDescriptionTest.class.getResourceAsStream("/router-topology.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
