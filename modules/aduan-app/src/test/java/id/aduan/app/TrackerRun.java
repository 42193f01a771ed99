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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

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
    assertEquals(0, run.cli("units", "load", "../../config/dinas-perhubungan.yaml").exitCode());
    return run;
  }

  /** The settings CaseHistories is made for; see its comment on deadlines and punctuation. */
  static TrackerSettings settings() {
    TrackerSettings standard = TrackerSettings.standard();
    Duration far = Duration.parse(CaseHistories.FAR_WORKING);
    return new TrackerSettings(standard.defaultCalendar(), Duration.parse(CaseHistories.PUNCTUATE_INTERVAL),
        Duration.parse(CaseHistories.REOPEN_WINDOW), far, far, far, standard.metrics());
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
        Set.of(topics.complaintsRouted().name(), topics.caseUpdates().name(), topics.surveyResponses().name()),
        timeout);
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
