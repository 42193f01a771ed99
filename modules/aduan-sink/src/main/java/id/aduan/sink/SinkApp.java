package id.aduan.sink;

import id.aduan.events.topic.TopicCatalogue;
import id.aduan.ops.BrokerCheck;
import id.aduan.ops.Health;
import id.aduan.ops.OpsEndpoints;
import id.aduan.ops.OpsHttpServer;
import id.aduan.ops.RoleMetrics;
import id.aduan.sink.consume.SinkConsumer;
import id.aduan.sink.consume.SinkMeters;
import id.aduan.sink.db.Database;
import id.aduan.sink.rows.SinkTopic;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running sink: the database migrated and pooled, the consumer loop on its own thread, the dead-letter
 * producer, and metrics and health on one port ({@code /metrics}, {@code /health/live}, {@code /health/ready}:
 * ready while the consumer runs, the database takes its writes and Kafka answers). The consumer group is
 * {@code <prefix>sink}.
 */
public final class SinkApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkApp.class);
  public static final String GROUP_SUFFIX = "sink";
  /** The value of the {@code role} label on every meter. */
  public static final String ROLE = "sink";
  private static final String ANY_ADDRESS = "0.0.0.0";

  private final Database database;
  private final KafkaProducer<byte[], byte[]> producer;
  private final SinkConsumer loop;
  private final Thread thread;
  private final SinkHealth health;
  private final PrometheusMeterRegistry registry;
  private final KafkaClientMetrics consumerMetrics;
  private final BrokerCheck broker;
  private final OpsHttpServer opsServer;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SinkApp(Database database, KafkaProducer<byte[], byte[]> producer, SinkConsumer loop, SinkHealth health,
      PrometheusMeterRegistry registry, KafkaClientMetrics consumerMetrics, BrokerCheck broker, OpsHttpServer opsServer,
      Thread.UncaughtExceptionHandler onFailure) {
    this.database = database;
    this.producer = producer;
    this.loop = loop;
    this.health = health;
    this.registry = registry;
    this.consumerMetrics = consumerMetrics;
    this.broker = broker;
    this.opsServer = opsServer;
    this.thread = new Thread(loop, "aduan-sink");
    thread.setUncaughtExceptionHandler(onFailure);
  }

  /**
   * Migrates the database (it must be reachable now) and starts consuming.
   *
   * @param clientProps Kafka and registry settings, with {@value TopicCatalogue#PREFIX_CONFIG}
   * @param onFailure told if the loop stops on an error it cannot wait out
   */
  public static SinkApp start(Map<String, Object> clientProps, SinkSettings settings,
      Thread.UncaughtExceptionHandler onFailure) {
    TopicCatalogue topics = TopicCatalogue.from(clientProps);
    Database database = Database.open(settings);
    try {
      var migrated = database.migrate();
      LOG.info("Database {} at schema version {} ({} migrations applied now)", settings.redactedUrl(),
          migrated.targetSchemaVersion != null ? migrated.targetSchemaVersion : migrated.initialSchemaVersion,
          migrated.migrationsExecuted);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(producerProps(clientProps), new ByteArraySerializer(), new ByteArraySerializer());
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(consumerProps(clientProps, topics), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    PrometheusMeterRegistry registry = RoleMetrics.registry(ROLE);
    KafkaClientMetrics consumerMetrics = new KafkaClientMetrics(consumer);
    consumerMetrics.bindTo(registry);
    SinkHealth health = new SinkHealth();
    SinkConsumer loop = new SinkConsumer(consumer, SinkTopic.all(topics), database, producer, topics.sinkDlq().name(),
        health, new SinkMeters(registry), settings.minBackoff(), settings.maxBackoff());
    BrokerCheck broker = null;
    OpsHttpServer opsServer = null;
    if (settings.healthPort() >= 0) {
      broker = new BrokerCheck(clientProps);
      Health checks = health.addTo(new Health()).readyWhen("kafka", broker);
      opsServer = OpsHttpServer.start(ANY_ADDRESS, settings.healthPort(), new OpsEndpoints(registry, checks));
    }
    SinkApp app = new SinkApp(database, producer, loop, health, registry, consumerMetrics, broker, opsServer, onFailure);
    app.thread.start();
    return app;
  }

  static Map<String, Object> consumerProps(Map<String, Object> clientProps, TopicCatalogue topics) {
    Map<String, Object> props = new HashMap<>(clientProps);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, topics.prefix() + GROUP_SUFFIX);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return props;
  }

  static Map<String, Object> producerProps(Map<String, Object> clientProps) {
    Map<String, Object> props = new HashMap<>(clientProps);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return props;
  }

  public SinkHealth health() {
    return health;
  }

  /** The port of the metrics and health endpoints, or -1 when none is served. */
  public int healthPort() {
    return opsServer == null ? -1 : opsServer.port();
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public Database database() {
    return database;
  }

  /** Stops consuming (the current transaction ends first), then the metrics and health endpoints, producer and pool. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    loop.stop();
    try {
      thread.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (opsServer != null) {
      opsServer.close();
      broker.close();
    }
    consumerMetrics.close();
    registry.close();
    producer.close(Duration.ofSeconds(10));
    database.close();
  }
}
