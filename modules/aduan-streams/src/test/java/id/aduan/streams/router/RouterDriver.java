package id.aduan.streams.router;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.event.ModelVersion;
import id.aduan.event.Reporter;
import id.aduan.event.RoutingRule;
import id.aduan.event.Unit;
import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.DeadLetterDeserializationHandler;
import id.aduan.streams.dlq.DeadLetterProcessingHandler;
import id.aduan.streams.router.classify.ComplaintAnalyzer;
import id.aduan.streams.router.classify.ModelLoader;
import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.streams.router.dedupe.DedupeSettings;
import id.aduan.streams.sla.WorkingCalendar;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/** The router topology in a {@link TopologyTestDriver}, with helpers to feed config and complaints. */
final class RouterDriver implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  /** Friday 27 November 2026, 14:00 in Jakarta. */
  static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-27T07:00:00Z");
  private static final ComplaintAnalyzer ANALYZER = ComplaintAnalyzer.standard();
  /** A fixed, non-secret key, so that tests can compute the keys the router uses. */
  static final ContactKey CONTACT_KEY = ContactKey.of("router-test-contact-key");
  static final RouterSettings SETTINGS = new RouterSettings(
      DedupeSettings.standard(), RouterSettings.DEFAULT_CONFIDENCE_THRESHOLD, WorkingCalendar.standard(), CONTACT_KEY);

  final TopicCatalogue topics;
  final TopologyTestDriver driver;
  private final String scope;

  RouterDriver(RouterSettings settings) {
    scope = "router-" + System.nanoTime();
    topics = TopicCatalogue.from(Map.of("schema.registry.url", "mock://" + scope));
    driver = new TopologyTestDriver(topology(settings, topics), props());
  }

  RouterDriver() {
    this(SETTINGS);
  }

  static Topology topology(RouterSettings settings, TopicCatalogue topics) {
    return RouterTopology.build(settings, topics, ANALYZER, TestModels.transport(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Properties props() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "router-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    return props;
  }

  /** Topics the job wrote besides those a test reads: changelogs of its stores among them. */
  List<String> changelogTopics() {
    return driver.producedTopicNames().stream().filter(t -> t.endsWith("-changelog")).sorted().toList();
  }

  /** Re-partition topics the job wrote. */
  List<String> repartitionTopics() {
    return driver.producedTopicNames().stream().filter(t -> t.endsWith("-repartition")).sorted().toList();
  }

  <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
    return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  <V> TestOutputTopic<String, V> output(Topic<String, V> topic) {
    return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  TestInputTopic<byte[], byte[]> rawInput(String topic) {
    return driver.createInputTopic(topic, new ByteArraySerializer(), new ByteArraySerializer());
  }

  TestOutputTopic<byte[], byte[]> deadLetters() {
    return driver.createOutputTopic(topics.complaintsDlq().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  void send(ComplaintReceived complaint) {
    input(topics.complaintsReceived()).pipeInput(complaint.getComplaintId(), complaint, complaint.getReceivedAt());
  }

  void rule(RoutingRule rule) {
    input(topics.routingRules()).pipeInput(rule.getRuleId(), rule);
  }

  void unit(String id) {
    input(topics.units()).pipeInput(id, Unit.newBuilder()
        .setUnitId(id)
        .setName("Bidang " + id)
        .setAgency("Dinas Perhubungan Provinsi Sumatera Selatan")
        .setUpdatedAt(NOW)
        .build());
  }

  void model(String version, byte[] file, Instant createdAt) {
    input(topics.models()).pipeInput(version, ModelVersion.newBuilder()
        .setVersion(version)
        .setCreatedAt(createdAt)
        .setLabels(List.of())
        .setModelBytes(ByteBuffer.wrap(file))
        .setSha256(ModelLoader.sha256(file))
        .setActive(true)
        .build());
  }

  static RoutingRule.Builder rule(String id, String category, String unit) {
    return RoutingRule.newBuilder()
        .setRuleId(id)
        .setVersion(1)
        .setPriority(10)
        .setCategory(category)
        .setUnitId(unit)
        .setFirstResponseHours(8)
        .setResolutionHours(40)
        .setEnabled(true)
        .setUpdatedAt(NOW);
  }

  static ComplaintReceived.Builder complaint(String id, String text) {
    return ComplaintReceived.newBuilder()
        .setComplaintId(id)
        .setEventTime(FRIDAY_AFTERNOON)
        .setReceivedAt(FRIDAY_AFTERNOON)
        .setChannel(Channel.WEB)
        .setChannelMessageId("msg-" + id)
        .setText(text)
        .setReporter(Reporter.newBuilder().setName(null).setContact(null).setAnonymous(false).setConfidential(false).build())
        .setLocation(Location.newBuilder().setRegionCode("1671").build());
  }

  static Reporter reporter(String contact) {
    return Reporter.newBuilder().setContact(contact).setAnonymous(false).setConfidential(false).build();
  }

  @Override
  public void close() {
    driver.close();
    MockSchemaRegistry.dropScope(scope);
  }
}
