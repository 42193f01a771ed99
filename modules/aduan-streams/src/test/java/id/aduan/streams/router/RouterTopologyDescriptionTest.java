package id.aduan.streams.router;

import id.aduan.streams.PinnedTopology;
import org.junit.jupiter.api.Test;

/** Pins the router's processors, stores and repartition topics (src/test/resources/router-topology.txt). */
class RouterTopologyDescriptionTest {

  @Test
  void describesTheNamedTopology() {
    PinnedTopology.assertMatches("router-topology.txt", topics -> RouterDriver.topology(RouterSettings.standard(), topics));
  }
}
