package id.aduan.streams.tracker;

import id.aduan.streams.PinnedTopology;
import org.junit.jupiter.api.Test;

/** Pins the tracker's processors and stores, its metrics sub-topology included (src/test/resources/tracker-topology.txt). */
class TrackerTopologyDescriptionTest {

  @Test
  void describesTheNamedTopology() {
    PinnedTopology.assertMatches("tracker-topology.txt", topics -> TrackerTopology.build(TrackerSettings.standard(), topics));
  }
}
