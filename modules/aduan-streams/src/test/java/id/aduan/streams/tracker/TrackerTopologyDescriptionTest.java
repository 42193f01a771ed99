package id.aduan.streams.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.TopicCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the tracker's processors and stores. A rename changes the names of changelog topics and so breaks a
 * rolling upgrade: if this fails, the change must be deliberate, and src/test/resources/tracker-topology.txt
 * updated with it.
 */
class TrackerTopologyDescriptionTest {

  @Test
  void describesTheNamedTopology() throws IOException {
    String scope = "describe-tracker";
    try {
      TopicCatalogue topics = TopicCatalogue.from(Map.of("schema.registry.url", "mock://" + scope));
      String actual = TrackerTopology.build(TrackerSettings.standard(), topics).describe().toString();
      assertEquals(expected(), actual.strip());
    } finally {
      MockSchemaRegistry.dropScope(scope);
    }
  }

  private static String expected() throws IOException {
    try (InputStream in = TrackerTopologyDescriptionTest.class.getResourceAsStream("/tracker-topology.txt")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
