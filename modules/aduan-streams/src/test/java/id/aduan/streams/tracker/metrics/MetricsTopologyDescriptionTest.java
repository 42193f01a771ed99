package id.aduan.streams.tracker.metrics;

import id.aduan.streams.PinnedTopology;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;

/** Pins the metrics sub-topology alone in a builder (src/test/resources/metrics-topology.txt). */
class MetricsTopologyDescriptionTest {

  @Test
  void describesTheNamedSubTopology() {
    PinnedTopology.assertMatches("metrics-topology.txt", topics -> {
      StreamsBuilder builder = new StreamsBuilder();
      MetricsTopology.addTo(builder, topics, MetricsSettings.standard());
      return builder.build();
    });
  }
}
