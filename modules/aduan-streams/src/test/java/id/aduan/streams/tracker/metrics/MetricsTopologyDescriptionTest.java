package id.aduan.streams.tracker.metrics;

import id.aduan.streams.PinnedTopology;
import org.junit.jupiter.api.Test;

/** Pins the metrics sub-topology alone in a builder (src/test/resources/metrics-topology.txt). */
class MetricsTopologyDescriptionTest {

  @Test
  void describesTheNamedSubTopology() {
    PinnedTopology.assertMatches("metrics-topology.txt", topics -> MetricsDriver.topology(topics, MetricsSettings.standard()));
  }
}
