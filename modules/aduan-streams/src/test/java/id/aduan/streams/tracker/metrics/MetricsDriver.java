package id.aduan.streams.tracker.metrics;

import id.aduan.event.CaseState;
import id.aduan.event.UnitMetrics;
import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.DeadLetterDeserializationHandler;
import id.aduan.streams.dlq.DeadLetterProcessingHandler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * A builder holding only the metrics sub-topology, in a {@link TopologyTestDriver}. States are sent with
 * their eventTime as record time, as the tracker publishes them; {@link #metrics()} is what a reader of
 * the compacted metrics topic sees.
 */
final class MetricsDriver implements AutoCloseable {
  final TopicCatalogue topics;
  private final TopologyTestDriver driver;
  private final String scope;
  private final TestInputTopic<String, CaseState> states;
  private final TestOutputTopic<String, UnitMetrics> output;
  private final Map<String, UnitMetrics> latest = new TreeMap<>();
  private int published;

  MetricsDriver(MetricsSettings settings) {
    scope = "metrics-" + System.nanoTime();
    topics = TopicCatalogue.from(Map.of("schema.registry.url", "mock://" + scope));
    driver = new TopologyTestDriver(topology(topics, settings), props());
    Topic<String, CaseState> in = topics.caseState();
    states = driver.createInputTopic(in.name(), in.keySerde().serializer(), in.valueSerde().serializer());
    Topic<String, UnitMetrics> out = topics.unitMetrics();
    output = driver.createOutputTopic(out.name(), out.keySerde().deserializer(), out.valueSerde().deserializer());
  }

  MetricsDriver() {
    this(MetricsSettings.standard());
  }

  /** The metrics sub-topology alone, fed from cases.state as the tracker's processor would feed it. */
  static Topology topology(TopicCatalogue topics, MetricsSettings settings) {
    StreamsBuilder builder = new StreamsBuilder();
    Topic<String, CaseState> states = topics.caseState();
    MetricsTopology.addTo(builder,
        builder.stream(states.name(), Consumed.with(states.keySerde(), states.valueSerde()).withName("case-states")),
        topics, settings);
    return builder.build();
  }

  static Properties props() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-test");
    // a directory of its own: test JVMs that run at the same time would otherwise lock each other's stores
    props.put(StreamsConfig.STATE_DIR_CONFIG,
        Path.of(System.getProperty("java.io.tmpdir"), "metrics-test-" + UUID.randomUUID()).toString());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    return props;
  }

  void send(CaseState state) {
    states.pipeInput(state.getComplaintId(), state, state.getEventTime());
  }

  void send(CaseStory story) {
    send(story.state());
  }

  /** The latest figures per key published so far. */
  Map<String, UnitMetrics> metrics() {
    for (TestRecord<String, UnitMetrics> record : output.readRecordsToList()) {
      latest.put(record.key(), record.value());
      published++;
    }
    return latest;
  }

  /** The latest figures of one key; fails when none were published. */
  UnitMetrics metrics(String key) {
    UnitMetrics value = metrics().get(key);
    if (value == null) {
      throw new AssertionError("no metrics under " + key + "; keys: " + latest.keySet());
    }
    return value;
  }

  /** How many records were published so far. */
  int published() {
    metrics();
    return published;
  }

  /** Keys the aggregate store holds now. */
  List<String> storedKeys() {
    List<String> keys = new ArrayList<>();
    KeyValueStore<String, Object> store = driver.getKeyValueStore(MetricsTopology.PERIODS_STORE);
    try (KeyValueIterator<String, Object> all = store.all()) {
      all.forEachRemaining(entry -> keys.add(entry.key));
    }
    return keys;
  }

  TestOutputTopic<byte[], byte[]> deadLetters() {
    return driver.createOutputTopic(topics.complaintsDlq().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @Override
  public void close() {
    driver.close();
    MockSchemaRegistry.dropScope(scope);
  }
}
