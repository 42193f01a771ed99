package id.aduan.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.TopicCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.Topology;

/**
 * Compares a topology's description with the one pinned in a test resource. Processor, store and
 * repartition names become topic names, so a rename breaks a rolling upgrade: a failure here means the
 * change must be deliberate, and the resource updated with it.
 */
public final class PinnedTopology {
  private PinnedTopology() {}

  /** Builds the topology over a catalogue with an in-process registry and checks it against {@code resource}. */
  public static void assertMatches(String resource, Function<TopicCatalogue, Topology> build) {
    String scope = "describe-" + resource;
    try {
      TopicCatalogue topics = TopicCatalogue.from(Map.of("schema.registry.url", "mock://" + scope));
      assertEquals(pinned(resource), build.apply(topics).describe().toString().strip());
    } finally {
      MockSchemaRegistry.dropScope(scope);
    }
  }

  private static String pinned(String resource) {
    try (InputStream in = PinnedTopology.class.getResourceAsStream("/" + resource)) {
      assertNotNull(in, "missing test resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
