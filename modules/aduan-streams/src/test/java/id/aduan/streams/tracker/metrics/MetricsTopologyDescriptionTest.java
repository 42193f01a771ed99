package id.aduan.streams.tracker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.TopicCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;

/**
 * Pins the metrics sub-topology's processors, stores and repartition topic, alone in a builder. A rename
 * changes changelog and repartition topic names and breaks a rolling upgrade: if this fails, the change
 * must be deliberate, and src/test/resources/metrics-topology.txt updated with it.
 */
class MetricsTopologyDescriptionTest {

  @Test
  void describesTheNamedSubTopology() throws IOException {
    String scope = "describe-metrics";
    try {
      TopicCatalogue topics = TopicCatalogue.from(Map.of("schema.registry.url", "mock://" + scope));
      StreamsBuilder builder = new StreamsBuilder();
      MetricsTopology.addTo(builder, topics, MetricsSettings.standard());
      assertEquals(expected(), builder.build().describe().toString().strip());
    } finally {
      MockSchemaRegistry.dropScope(scope);
    }
  }

  private static String expected() throws IOException {
    try (InputStream in = MetricsTopologyDescriptionTest.class.getResourceAsStream("/metrics-topology.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
