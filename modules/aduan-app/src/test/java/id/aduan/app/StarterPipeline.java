package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's topics for one test (a unique prefix) on the shared broker and registry, set up as an
 * operator would: topics synced, the starter units and rules loaded with the command line.
 */
final class StarterPipeline {
  static final Path STARTER = Path.of("../../config/dinas-perhubungan.yaml");

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final String prefix;

  StarterPipeline(KafkaCluster kafka, SchemaRegistry registry, String name) {
    this.kafka = kafka;
    this.registry = registry;
    this.prefix = KafkaCluster.uniqueName(name) + ".";
  }

  /** Creates the topics and loads the starter units and rules; returns the topics. */
  TopicCatalogue setUp() {
    assertEquals(0, cli("topics", "sync").exitCode());
    assertEquals(0, cli("units", "load", STARTER.toString()).exitCode());
    assertEquals(0, cli("rules", "load", STARTER.toString()).exitCode());
    return TopicCatalogue.from(clientProps());
  }

  /** Settings of the stream jobs and topic clients. */
  Map<String, Object> clientProps() {
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("schema.registry.url", registry.url());
    props.put(TopicCatalogue.PREFIX_CONFIG, prefix);
    // commit (and so make results visible to read_committed readers) more often than in production
    props.put("commit.interval.ms", 200);
    return props;
  }

  /** Settings of an intake server on these topics, on a free local port. */
  Map<String, String> intakeSettings() {
    Map<String, String> settings = new HashMap<>();
    settings.put(IntakeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
    settings.put(IntakeConfig.SCHEMA_REGISTRY_URL, registry.url());
    settings.put(IntakeConfig.TOPIC_PREFIX, prefix);
    settings.put(IntakeConfig.HOST, "127.0.0.1");
    settings.put(IntakeConfig.PORT, "0");
    settings.put(IntakeConfig.TRANSACTIONAL_ID, KafkaCluster.uniqueName(prefix + "intake"));
    settings.put(IntakeConfig.REPORTER_KEY_SECRET, "test-reporter-key-secret-0123456789");
    return settings;
  }

  /** Runs the command line against these topics. */
  CommandRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(), "--prefix", prefix));
    return CommandRun.of(all.toArray(String[]::new));
  }
}
