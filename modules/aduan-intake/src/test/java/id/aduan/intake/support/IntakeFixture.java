package id.aduan.intake.support;

import id.aduan.event.ComplaintReceived;
import id.aduan.event.Reporter;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** An intake server on the shared broker and registry, with topics of its own (a unique prefix). */
public final class IntakeFixture implements AutoCloseable {
  public static final String SECRET = "test-reporter-key-secret-0123456789";

  private final KafkaCluster kafka;
  private final Map<String, String> settings;
  private IntakeApplication app;
  public final Http http;

  public IntakeFixture(KafkaCluster kafka, SchemaRegistry registry, Map<String, String> overrides) {
    this.kafka = kafka;
    settings = new HashMap<>();
    settings.put(IntakeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
    settings.put(IntakeConfig.SCHEMA_REGISTRY_URL, registry.url());
    settings.put(IntakeConfig.TOPIC_PREFIX, KafkaCluster.uniqueName("t") + ".");
    settings.put(IntakeConfig.PORT, "0");
    settings.put(IntakeConfig.HOST, "127.0.0.1");
    settings.put(IntakeConfig.RATE_PER_MINUTE, "0");
    settings.put(IntakeConfig.ACK_TIMEOUT_MS, "8000");
    settings.put(IntakeConfig.TRANSACTIONAL_ID, KafkaCluster.uniqueName("intake-tx"));
    settings.put(IntakeConfig.REPORTER_KEY_SECRET, SECRET);
    settings.put(IntakeConfig.OPEN311_API_KEYS, "test-key");
    settings.put(IntakeConfig.SMS_SECRET, "");
    settings.put(IntakeConfig.X_CONSUMER_SECRET, "x-consumer-secret");
    settings.put(IntakeConfig.META_APP_SECRET, "meta-app-secret");
    settings.put(IntakeConfig.META_VERIFY_TOKEN, "meta-verify");
    settings.putAll(overrides);
    app = IntakeApplication.start(IntakeConfig.of(settings));
    http = new Http(() -> app.port());
  }

  public IntakeFixture(KafkaCluster kafka, SchemaRegistry registry) {
    this(kafka, registry, Map.of());
  }

  /** Stops the server and starts a new one on the same topics and transactional id, as a restart would. */
  public void restart() {
    app.close();
    app = IntakeApplication.start(IntakeConfig.of(settings));
  }

  public IntakeApplication app() {
    return app;
  }

  public TopicCatalogue catalogue() {
    return app.catalogue();
  }

  public List<ComplaintReceived> received() {
    return read(catalogue().complaintsReceived().name(), catalogue().complaintsReceived().valueSerde().deserializer());
  }

  public List<Reporter> reporters() {
    return read(catalogue().reporters().name(), catalogue().reporters().valueSerde().deserializer());
  }

  /** Every committed value on the topic, waiting until nothing new came for a moment. */
  public <V> List<V> read(String topic, Deserializer<V> values) {
    List<ConsumerRecord<String, V>> records = readRecords(topic, values);
    List<V> out = new ArrayList<>();
    records.forEach(r -> out.add(r.value()));
    return out;
  }

  public <V> List<ConsumerRecord<String, V>> readRecords(String topic, Deserializer<V> values) {
    List<ConsumerRecord<String, V>> out = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(kafka.consumerProps(), new StringDeserializer(), values)) {
      consumer.subscribe(List.of(topic));
      long idleSince = System.nanoTime();
      boolean assigned = false;
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline) {
        var batch = consumer.poll(Duration.ofMillis(200));
        batch.forEach(out::add);
        if (!assigned && !consumer.assignment().isEmpty()) {
          // a slow group join is not idleness: the quiet time counts from the assignment
          assigned = true;
          idleSince = System.nanoTime();
        }
        if (!batch.isEmpty()) {
          idleSince = System.nanoTime();
        } else if (assigned && System.nanoTime() - idleSince > Duration.ofMillis(1500).toNanos()) {
          break;
        }
      }
    }
    return out;
  }

  public byte[] rawValueFrom(String topic) {
    return read(topic, new ByteArrayDeserializer()).get(0);
  }

  @Override
  public void close() {
    app.close();
  }
}
