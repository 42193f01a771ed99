package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import id.aduan.event.StatusChange;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.DeadLetterHeaders;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The router and the tracker together on a real broker and registry, exactly once. */
@WithKafka
class TrackerOnBrokerTest {
  private static final Duration WAIT = Duration.ofSeconds(90);

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final StarterPipeline pipeline;

  TrackerOnBrokerTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
    this.pipeline = new StarterPipeline(kafka, registry, "tracker");
  }

  @Test
  void aRoutedComplaintAcknowledgedAndResolvedByItsUnitIsResolvedOnCasesState(@TempDir Path state) throws Exception {
    TopicCatalogue topics = pipeline.setUp();
    Map<String, Object> clientProps = pipeline.clientProps();
    try (RouterApp router = RouterApp.start(clientProps, RouterSettings.standard(), RouterApp.startupModel(null), state);
        TrackerApp tracker = TrackerApp.start(clientProps, TrackerSettings.standard(), state, e -> { })) {
      String id = "c-" + System.nanoTime();
      Instant now = Instant.now();
      send(topics.complaintsReceived(), id, ComplaintReceived.newBuilder()
          .setComplaintId(id).setEventTime(now).setReceivedAt(now).setChannel(Channel.WEB)
          .setChannelMessageId("m-" + id)
          .setText("lampu merah di simpang polda mati total sejak tadi pagi, hubungi 0812-3456-7890")
          .setReporter(Reporter.newBuilder().setContact("081234567890").setAnonymous(false).setConfidential(false).build())
          .setLocation(Location.newBuilder().setRegionCode("1671").build())
          .build());

      CaseState routed = awaitCase(topics, id, s -> s.getStatus() == CaseStatus.ROUTED);
      String unit = routed.getUnitId();
      assertEquals("lalin", unit);
      assertNotNull(routed.getFirstResponseDue());

      send(topics.caseUpdates(), id, update(id, "u1", unit, CaseStatus.ACKNOWLEDGED, Instant.now()));
      send(topics.caseUpdates(), id, update(id, "u1", unit, CaseStatus.ACKNOWLEDGED, Instant.now())); // a resend
      Instant resolvedAt = Instant.now().plusMillis(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      send(topics.caseUpdates(), id, update(id, "u2", unit, CaseStatus.RESOLVED, resolvedAt));

      CaseState resolved = awaitCase(topics, id, s -> s.getStatus() == CaseStatus.RESOLVED);
      assertEquals(resolvedAt, resolved.getResolvedAt());
      assertNotNull(resolved.getFirstResponseAt());
      assertEquals(List.of(CaseStatus.RECEIVED, CaseStatus.ROUTED, CaseStatus.ACKNOWLEDGED, CaseStatus.RESOLVED),
          resolved.getHistory().stream().map(StatusChange::getStatus).toList());
      assertTrue(resolved.getMaskedText().contains("[TELEPON]") || !resolved.getMaskedText().contains("0812"),
          resolved.getMaskedText());
      assertTrue(!resolved.toString().contains("081234567890"), "no contact in the case");

      var dead = TopicReader.read(kafka.consumerProps(), topics.complaintsDlq().name(), new ByteArrayDeserializer(),
          new ByteArrayDeserializer(), 1, WAIT);
      assertEquals(1, dead.size());
      assertEquals("tracker", header(dead.get(0), DeadLetterHeaders.STAGE));
      assertTrue(header(dead.get(0), DeadLetterHeaders.REASON).startsWith("duplicate-update: "));
    }
  }

  @Test
  void serveTrackerSaysWhichTopicsAreMissingAndExitsWithAnError() {
    CommandRun run = CommandRun.of("serve", "tracker", "--bootstrap-servers", kafka.bootstrapServers(),
        "--registry-url", registry.url(), "--prefix", KafkaCluster.uniqueName("absent") + ".");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("do not exist: create them with `aduan topics sync`"), run.err());
  }

  @Test
  void serveTrackerRefusesABadHolidayFile(@TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("holidays.csv"), "2027-13-01,libur,Nope\n");
    CommandRun run = CommandRun.of("serve", "tracker", "--holidays", file.toString(),
        "--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("line 1: \"2027-13-01\" is not a date"), run.err());
  }

  private CaseState awaitCase(TopicCatalogue topics, String id, Predicate<CaseState> wanted) {
    Topic<String, CaseState> cases = topics.caseState();
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<CaseState> seen = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, CaseState> record : TopicReader.read(kafka.consumerProps(), cases.name(),
          cases.keySerde().deserializer(), cases.valueSerde().deserializer(), Integer.MAX_VALUE, Duration.ofSeconds(2))) {
        if (record.key().equals(id)) {
          seen.add(record.value());
          if (wanted.test(record.value())) {
            return record.value();
          }
        }
      }
    }
    throw new AssertionError("case " + id + " never reached the expected state; seen " + seen);
  }

  private static CaseUpdate update(String id, String updateId, String unit, CaseStatus status, Instant at) {
    return CaseUpdate.newBuilder().setComplaintId(id).setEventTime(at).setUpdateId(updateId).setUnitId(unit)
        .setStatus(status).setActor("officer-1").setNote("ditangani").build();
  }

  private <V> void send(Topic<String, V> topic, String key, V value) throws Exception {
    try (var producer = new KafkaProducer<>(kafka.producerProps(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
