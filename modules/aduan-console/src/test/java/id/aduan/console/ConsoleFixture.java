package id.aduan.console;

import id.aduan.console.auth.ApiKeys;
import id.aduan.console.auth.Passwords;
import id.aduan.console.auth.UserDirectory;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.Sentiment;
import id.aduan.event.StatusChange;
import id.aduan.event.Unit;
import id.aduan.event.Urgency;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Topics of one test class (a unique prefix) on the shared broker and registry, with records as the router
 * and the tracker would write them, and a console on a free port.
 */
final class ConsoleFixture implements AutoCloseable {
  static final String PASSWORD = "kata-sandi-uji-1";
  static final String API_KEY = ApiKeys.generate();

  final KafkaCluster kafka;
  final TopicCatalogue topics;
  final Map<String, Object> clientProps = new HashMap<>();
  final ConsoleApplication console;

  ConsoleFixture(KafkaCluster kafka, SchemaRegistry registry, String name, String... extraUsers) {
    this.kafka = kafka;
    clientProps.put("bootstrap.servers", kafka.bootstrapServers());
    clientProps.put("schema.registry.url", registry.url());
    clientProps.put(TopicCatalogue.PREFIX_CONFIG, KafkaCluster.uniqueName(name) + ".");
    topics = TopicCatalogue.from(clientProps);
    List<NewTopic> created = new ArrayList<>();
    for (Topic<?, ?> t : topics.all()) {
      created.add(new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs()));
    }
    kafka.createTopics(created);
    String hash = Passwords.hash(PASSWORD, 4);
    StringBuilder users = new StringBuilder("users:\n")
        .append("  - {username: siti, role: unit, unit: lalin, passwordHash: \"").append(hash).append("\"}\n")
        .append("  - {username: budi, role: unit, unit: angkutan, passwordHash: \"").append(hash).append("\"}\n")
        .append("  - {username: admin, role: admin, passwordHash: \"").append(hash).append("\"}\n");
    for (String extra : extraUsers) {
      users.append("  - {username: ").append(extra).append(", role: unit, unit: lalin, passwordHash: \"").append(hash).append("\"}\n");
    }
    users.append("apiKeys:\n  - {name: lalin-helpdesk, unit: lalin, keyHash: \"").append(ApiKeys.hash(API_KEY)).append("\"}\n");
    ConsoleSettings settings = new ConsoleSettings("127.0.0.1", 0, null, false, Duration.ofMinutes(30), Duration.ofHours(10),
        3, Duration.ofMinutes(15), null, "127.0.0.1", 0, clientProps);
    console = ConsoleApplication.start(settings, UserDirectory.parse(users.toString(), "test users"), Clock.systemUTC());
    send(topics.units(), "lalin", unit("lalin", "Bidang Lalu Lintas"));
    send(topics.units(), "angkutan", unit("angkutan", "Bidang Angkutan"));
  }

  Browser browser() {
    return new Browser("http://127.0.0.1:" + console.port());
  }

  static Unit unit(String id, String name) {
    return Unit.newBuilder().setUnitId(id).setName(name).setAgency("Dinas Perhubungan").setUpdatedAt(Instant.now()).build();
  }

  /** A case as the tracker writes it after routing to the unit. */
  static CaseState.Builder routedCase(String id, String unitId, String text) {
    Instant now = Instant.now();
    return CaseState.newBuilder().setComplaintId(id).setEventTime(now).setStatus(CaseStatus.ROUTED).setUnitId(unitId)
        .setUnitName(unitId).setChannel(Channel.WEB).setUrgency(Urgency.HIGH).setReceivedAt(now.minus(Duration.ofHours(3)))
        .setRoutedAt(now.minus(Duration.ofHours(3))).setCategory("lampu_lalu_lintas").setMaskedTitle("Judul " + id)
        .setMaskedText(text).setFirstResponseDue(now.plus(Duration.ofHours(5))).setResolutionDue(now.plus(Duration.ofDays(2)))
        .setHistory(new ArrayList<>(List.of(
            change(CaseStatus.RECEIVED, now.minus(Duration.ofHours(3)), null, null),
            change(CaseStatus.ROUTED, now.minus(Duration.ofHours(3)), unitId, null))));
  }

  static StatusChange change(CaseStatus status, Instant at, String unitId, String updateId) {
    return StatusChange.newBuilder().setStatus(status).setAt(at).setUnitId(unitId).setActor("system:router")
        .setUpdateId(updateId).build();
  }

  /** A complaint the router sent to triage, and its case. */
  void triage(String id, String text, String category) {
    Instant now = Instant.now();
    send(topics.complaintsTriage(), id, ComplaintClassified.newBuilder().setComplaintId(id).setEventTime(now)
        .setReceivedAt(now.minus(Duration.ofHours(1))).setChannel(Channel.WEB).setMaskedText(text).setLanguage("id")
        .setCategory(category).setConfidence(0.41).setUrgency(Urgency.NORMAL).setSentiment(Sentiment.NEGATIVE)
        .setModelVersion("test-1").build());
    triageCase(id, text, category);
  }

  /** A case the tracker holds in triage (its record on complaints.triage may be gone: retention). */
  void triageCase(String id, String text, String category) {
    Instant now = Instant.now();
    send(topics.caseState(), id, CaseState.newBuilder().setComplaintId(id).setEventTime(now).setStatus(CaseStatus.TRIAGE)
        .setChannel(Channel.WEB).setUrgency(Urgency.NORMAL).setReceivedAt(now.minus(Duration.ofHours(1)))
        .setCategory(category).setMaskedText(text)
        .setHistory(List.of(change(CaseStatus.RECEIVED, now, null, null), change(CaseStatus.TRIAGE, now, null, null))).build());
  }

  <V> void send(Topic<String, V> topic, String key, V value) {
    try (var producer = new KafkaProducer<>(kafka.producerProps(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first record of the topic the predicate accepts, waiting up to 30 s for it. */
  <V> V await(Topic<String, V> topic, Predicate<V> wanted, String what) {
    try (var consumer = new KafkaConsumer<>(kafka.consumerProps(), topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      consumer.subscribe(List.of(topic.name()));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.value() != null && wanted.test(r.value())) {
            return r.value();
          }
        }
      }
    }
    throw new AssertionError("no " + what + " on " + topic.name() + " within 30 s");
  }

  /** Waits until the condition holds, failing with the name of what was awaited. */
  static void eventually(String what, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never happened within 30 s: " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() {
    console.close();
  }
}
