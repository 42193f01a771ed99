package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Location;
import id.aduan.event.ModelVersion;
import id.aduan.event.Reporter;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.DeadLetterHeaders;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.router.classify.ModelLoader;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import id.aduan.text.starter.TransportStarterModel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The router job against a real broker and registry, changed while it runs. */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouterOnBrokerTest {
  private static final Path STARTER = Path.of("../../config/dinas-perhubungan.yaml");
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String LAMPU = "lampu merah di simpang %s mati total sejak tadi pagi, kendaraan semrawut";

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final String prefix = KafkaCluster.uniqueName("router") + ".";
  private TopicCatalogue topics;
  private RouterApp router;
  private int sent;

  RouterOnBrokerTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
  }

  @BeforeAll
  void startRouter(@TempDir Path state) {
    assertEquals(0, cli("topics", "sync").exitCode());
    assertEquals(0, cli("units", "load", STARTER.toString()).exitCode());
    assertEquals(0, cli("rules", "load", STARTER.toString()).exitCode());
    topics = TopicCatalogue.from(clientProps());
    router = RouterApp.start(clientProps(), RouterSettings.standard(), RouterApp.startupModel(null), state);
  }

  @AfterAll
  void stopRouter() {
    router.close();
  }

  @Test
  void aRuleChangedWhileRunningAppliesToTheNextComplaint(@TempDir Path dir) throws Exception {
    String before = send(complaint(String.format(LAMPU, "polda")));
    ComplaintRouted first = lastOn(topics.unit("lalin"), before);
    assertEquals("lampu-lalu-lintas", first.getRuleId());
    assertEquals(1, first.getRuleVersion());

    Path edited = Files.writeString(dir.resolve("rules.yaml"), Files.readString(STARTER)
        .replace("    category: lampu_lalu_lintas\n    unit: lalin", "    category: lampu_lalu_lintas\n    unit: sarpras"));
    CommandRun load = cli("rules", "load", edited.toString());
    assertTrue(load.out().contains("1 changed [lampu-lalu-lintas]"), load.out() + load.err());

    String id = send(complaint(String.format(LAMPU, "jakabaring")));
    ComplaintRouted second = lastOn(topics.unit("sarpras"), id);
    assertEquals(2, second.getRuleVersion());
    assertEquals(0, cli("rules", "load", STARTER.toString()).exitCode());
  }

  @Test
  void aModelPublishedWhileRunningClassifiesTheNextComplaint() throws Exception {
    byte[] model;
    try (var in = TransportStarterModel.class.getResourceAsStream(TransportStarterModel.MODEL_RESOURCE)) {
      model = in.readAllBytes();
    }
    Topic<String, ModelVersion> models = topics.models();
    try (var producer = new KafkaProducer<>(producerProps(), models.keySerde().serializer(), models.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(models.name(), "2026-11-28-02", ModelVersion.newBuilder()
          .setVersion("2026-11-28-02")
          .setCreatedAt(Instant.parse("2026-11-28T10:00:00Z"))
          .setLabels(List.of())
          .setModelBytes(ByteBuffer.wrap(model))
          .setSha256(ModelLoader.sha256(model))
          .setActive(true)
          .build())).get();
    }
    Thread.sleep(1000); // the global table is updated asynchronously; the next complaint must see it
    String id = send(complaint(String.format(LAMPU, "charitas")));
    ComplaintRouted routed = lastOn(topics.complaintsRouted(), id);
    assertEquals("2026-11-28-02", routed.getComplaint().getModelVersion());
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicAndTheJobContinues() throws Exception {
    String received = topics.complaintsReceived().name();
    Schema impostor = new Schema.Parser().parse(
        "{\"type\":\"record\",\"name\":\"ComplaintReceived\",\"namespace\":\"id.aduan.event\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}");
    int impostorId = topics.registry().register(KafkaCluster.uniqueName("impostor"), impostor);
    GenericRecord wrong = new GenericData.Record(impostor);
    wrong.put("x", 42);
    byte[] incompatible = id.aduan.events.serde.AvroSerde.generic(Map.of("schema.registry.url", registry.url()), false)
        .serializer().serialize(received, wrong);
    assertEquals(impostorId, ByteBuffer.wrap(incompatible, 1, 4).getInt());
    try (var producer = new KafkaProducer<>(producerProps(), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(received, "p1", new byte[] {1, 2, 3, 4, 5, 6, 7})).get();
      producer.send(new ProducerRecord<>(received, "p2", new byte[] {0, 0x7f, 0x7f, 0x7f, 0x7f, 2, 65})).get();
      producer.send(new ProducerRecord<>(received, "p3", incompatible)).get();
    }
    String id = send(complaint(String.format(LAMPU, "kertapati")));

    var dead = TopicReader.read(consumerProps(), topics.complaintsDlq().name(), new ByteArrayDeserializer(),
        new ByteArrayDeserializer(), 3, WAIT);
    List<String> reasons = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : dead) {
      assertEquals("decode", header(record, DeadLetterHeaders.STAGE));
      assertEquals(received, header(record, DeadLetterHeaders.TOPIC));
      reasons.add(header(record, DeadLetterHeaders.REASON));
    }
    assertEquals(3, reasons.size(), reasons.toString());
    // the three went to different partitions, so their order on the DLQ is not fixed
    for (String expected : List.of("Unknown magic byte 0x01", "Unknown schema id 2139062143",
        "cannot be read with the reader's schema of id.aduan.event.ComplaintReceived")) {
      assertTrue(reasons.stream().anyMatch(r -> r.contains(expected)), expected + " not in " + reasons);
    }
    assertEquals(id, lastOn(topics.complaintsRouted(), id).getComplaintId());
  }

  private String send(ComplaintReceived complaint) throws Exception {
    Topic<String, ComplaintReceived> received = topics.complaintsReceived();
    try (var producer = new KafkaProducer<>(producerProps(), received.keySerde().serializer(), received.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(received.name(), complaint.getComplaintId(), complaint)).get();
    }
    return complaint.getComplaintId();
  }

  private ComplaintReceived complaint(String text) {
    String id = "c" + (++sent) + "-" + System.nanoTime();
    Instant now = Instant.now();
    return ComplaintReceived.newBuilder()
        .setComplaintId(id).setEventTime(now).setReceivedAt(now).setChannel(Channel.WEB)
        .setChannelMessageId("m-" + id).setText(text)
        .setReporter(Reporter.newBuilder().setAnonymous(false).setConfidential(false).build())
        .setLocation(Location.newBuilder().setRegionCode("1671").build())
        .build();
  }

  /** The routed complaint with this id once it is on the topic (read_committed). */
  private ComplaintRouted lastOn(Topic<String, ComplaintRouted> topic, String complaintId) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      var records = TopicReader.read(consumerProps(), topic.name(), topic.keySerde().deserializer(),
          topic.valueSerde().deserializer(), Integer.MAX_VALUE, Duration.ofSeconds(3));
      for (var record : records) {
        if (record.key().equals(complaintId)) {
          return record.value();
        }
      }
    }
    throw new AssertionError(complaintId + " never reached " + topic.name());
  }

  private static String header(ConsumerRecord<?, ?> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }

  private Map<String, Object> clientProps() {
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("schema.registry.url", registry.url());
    props.put(TopicCatalogue.PREFIX_CONFIG, prefix);
    return props;
  }

  private Map<String, Object> producerProps() {
    return kafka.producerProps();
  }

  private Map<String, Object> consumerProps() {
    return kafka.consumerProps();
  }

  private CommandRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(), "--prefix", prefix));
    return CommandRun.of(all.toArray(String[]::new));
  }
}
