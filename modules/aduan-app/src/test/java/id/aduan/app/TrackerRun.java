package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.aduan.event.CaseState;
import id.aduan.event.UnitMetrics;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One tracker deployment under its own topic prefix: topics and units in place, the tracker's settings
 * for {@link CaseHistories} (the same in-process and as `aduan serve tracker` options), and its outputs
 * read back once it has caught up.
 */
record TrackerRun(KafkaCluster kafka, SchemaRegistry registry, String prefix, TopicCatalogue topics) {

  static TrackerRun prepare(KafkaCluster kafka, SchemaRegistry registry, String name) {
    String prefix = KafkaCluster.uniqueName(name) + ".";
    TrackerRun run = new TrackerRun(kafka, registry, prefix, TopicCatalogue.from(Map.of(
        "schema.registry.url", registry.url(), TopicCatalogue.PREFIX_CONFIG, prefix)));
    assertEquals(0, run.cli("topics", "sync").exitCode());
    run.keepForever(run.inputs());
    assertEquals(0, run.cli("units", "load", "../../config/dinas-perhubungan.yaml").exitCode());
    return run;
  }

  /** The topics CaseHistories writes to. */
  Set<String> inputs() {
    return Set.of(topics.complaintsRouted().name(), topics.caseUpdates().name(), topics.surveyResponses().name());
  }

  /**
   * The histories are weeks old and their records carry those times: under the default retention of
   * seven days, the broker's next retention check would delete them, whole segments at once (segments roll
   * every seven days of record time), whether or not the tracker has read them.
   */
  private void keepForever(Set<String> names) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      Map<ConfigResource, Collection<AlterConfigOp>> forever = new HashMap<>();
      names.forEach(name -> forever.put(new ConfigResource(ConfigResource.Type.TOPIC, name),
          List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"), AlterConfigOp.OpType.SET))));
      admin.incrementalAlterConfigs(forever).all().get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("could not keep " + names, e);
    }
  }

  /** The settings CaseHistories is made for; see its comment on deadlines and punctuation. */
  static TrackerSettings settings() {
    TrackerSettings standard = TrackerSettings.standard();
    Duration far = Duration.parse(CaseHistories.FAR_WORKING);
    return new TrackerSettings(standard.defaultCalendar(), Duration.parse(CaseHistories.PUNCTUATE_INTERVAL),
        Duration.parse(CaseHistories.REOPEN_WINDOW), far, far, far, standard.metrics());
  }

  /** The same settings as options of `aduan serve tracker`. */
  static List<String> settingsOptions() {
    return List.of("--punctuate-interval", CaseHistories.PUNCTUATE_INTERVAL,
        "--reopen-window", CaseHistories.REOPEN_WINDOW,
        "--escalation-level2-after", CaseHistories.FAR_WORKING,
        "--manual-first-response", CaseHistories.FAR_WORKING,
        "--manual-resolution", CaseHistories.FAR_WORKING);
  }

  List<String> connectionOptions() {
    return List.of("--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(), "--prefix", prefix);
  }

  Map<String, Object> clientProps() {
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("schema.registry.url", registry.url());
    props.put(TopicCatalogue.PREFIX_CONFIG, prefix);
    return props;
  }

  /** Runs the tracker in this JVM until it has read all there is, then stops it. */
  void trackInProcess(Path stateDir, Duration timeout) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (TrackerApp tracker = TrackerApp.start(clientProps(), settings(), stateDir, failure::set)) {
      awaitCaughtUp(timeout);
    }
    assertNull(failure.get(), "the tracker failed");
  }

  void awaitCaughtUp(Duration timeout) throws Exception {
    TrackerCatchUp.await(Map.of("bootstrap.servers", kafka.bootstrapServers()), TrackerApp.applicationId(prefix),
        inputs(), timeout);
  }

  Map<String, CaseState> cases() {
    return latest(topics.caseState());
  }

  Map<String, UnitMetrics> unitMetrics() {
    return latest(topics.unitMetrics());
  }

  private <V> Map<String, V> latest(Topic<String, V> topic) {
    return TrackerCatchUp.latest(kafka.consumerProps(), topic.name(), topic.keySerde().deserializer(),
        topic.valueSerde().deserializer());
  }

  CommandRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(connectionOptions());
    return CommandRun.of(all.toArray(String[]::new));
  }
}
