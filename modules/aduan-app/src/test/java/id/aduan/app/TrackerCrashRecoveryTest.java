package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseState;
import id.aduan.event.UnitMetrics;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker process is killed with SIGKILL in the middle of a stream of complaint histories and the
 * tracker started again on its state directory: with exactly-once processing, its cases and its per-unit
 * figures are those of a tracker that ran through the same input without interruption.
 */
@WithKafka
class TrackerCrashRecoveryTest {
  /** Enough for a kill in the middle of the work and for figures under many keys; more only costs time. */
  private static final int COMPLAINTS = 200;
  private static final Duration CATCH_UP = Duration.ofSeconds(180);

  @Test
  void casesAndUnitFiguresAfterAKillAreThoseOfAnUninterruptedRun(KafkaCluster kafka, SchemaRegistry registry,
      @TempDir Path referenceState, @TempDir Path crashState) throws Exception {
    // The first part of the input (in time order) is there when the process starts; it is killed as soon as
    // its first transaction is visible, while it is still working through that part. The rest arrives
    // while it is down and starting again.
    TrackerRun crashed = TrackerRun.prepare(kafka, registry, "killed");
    CaseHistories histories = CaseHistories.generate(COMPLAINTS, 600L, Instant.now());
    int split = histories.inputs.size() * 3 / 5;
    CaseHistories.send(kafka.producerProps(), crashed.topics(), histories.inputs.subList(0, split));
    Process first = startTracker(crashed, crashState);
    // the uninterrupted run, in this JVM, meanwhile: the two deployments share nothing but the broker
    TrackerRun reference = TrackerRun.prepare(kafka, registry, "uninterrupted");
    CaseHistories.send(kafka.producerProps(), reference.topics(), histories.inputs);
    CompletableFuture<Void> uninterrupted = CompletableFuture.runAsync(() -> {
      try {
        reference.trackInProcess(referenceState, CATCH_UP);
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    });
    long visible = awaitFirstOutput(kafka, crashed, first);
    first.destroyForcibly(); // SIGKILL: no clean shutdown, no final commit
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    CaseHistories.send(kafka.producerProps(), crashed.topics(), histories.inputs.subList(split, histories.inputs.size()));
    // started again on the state directory the killed process left (in this JVM: what recovery needs is
    // on the broker and in that directory, and a second process would only add its start-up time)
    crashed.trackInProcess(crashState, CATCH_UP);
    uninterrupted.get(CATCH_UP.toSeconds(), TimeUnit.SECONDS);
    long all;
    try (var consumer = new KafkaConsumer<>(kafka.consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      all = committedRecords(consumer, reference.topics().caseState().name());
    }
    assertTrue(visible < all, "killed with " + visible + " of " + all + " records on cases.state");

    Map<String, CaseState> expectedCases = reference.cases();
    assertEquals(COMPLAINTS, expectedCases.size());
    assertEquals(expectedCases, crashed.cases(), "cases.state after the kill");
    Map<String, UnitMetrics> expectedMetrics = comparable(reference.unitMetrics());
    assertTrue(expectedMetrics.size() > 100, "figures of many keys: " + expectedMetrics.size());
    assertTrue(expectedMetrics.values().stream().mapToLong(UnitMetrics::getEscalations).sum() > 0, "escalations");
    assertEquals(List.of(), differences(expectedMetrics, comparable(crashed.unitMetrics())), "metrics.units after the kill");
  }

  /**
   * The figures without the two fields that say when the job read an event rather than what happened:
   * {@code asOf} is the job's stream time when the key last changed, and {@code lateEvents} counts events
   * read after their period's grace by that stream time. Both follow how the tracker's tasks happened to
   * interleave on their way to the aggregating task, which a restart changes. Every other field, the
   * counts of SLA met and missed and the t-digest bytes included, must be equal.
   */
  private static Map<String, UnitMetrics> comparable(Map<String, UnitMetrics> metrics) {
    Map<String, UnitMetrics> comparable = new TreeMap<>();
    metrics.forEach((key, value) -> comparable.put(key, UnitMetrics.newBuilder(value)
        .setAsOf(Instant.EPOCH).setLateEvents(0).build()));
    return comparable;
  }

  /** Each key and field whose value differs between the two runs. */
  private static List<String> differences(Map<String, UnitMetrics> expected, Map<String, UnitMetrics> actual) {
    List<String> differences = new ArrayList<>();
    Set<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    for (String key : keys) {
      UnitMetrics want = expected.get(key);
      UnitMetrics got = actual.get(key);
      if (want == null || got == null) {
        differences.add(key + (want == null ? " only after the kill" : " missing after the kill"));
        continue;
      }
      for (Schema.Field field : UnitMetrics.getClassSchema().getFields()) {
        if (!Objects.equals(want.get(field.pos()), got.get(field.pos()))) {
          differences.add(key + " " + field.name() + ": " + want.get(field.pos()) + " became " + got.get(field.pos()));
        }
      }
    }
    return differences;
  }

  private static Process startTracker(TrackerRun run, Path state) throws Exception {
    // The killed process leaves its group member behind until its session times out; the broker's minimum
    // (6 s) rather than the default 45 s lets the restarted tracker take the partitions over sooner.
    File settings = File.createTempFile("tracker-", ".properties");
    settings.deleteOnExit();
    Files.writeString(settings.toPath(), "session.timeout.ms=6000\nheartbeat.interval.ms=1500\n");
    List<String> command = new ArrayList<>(List.of(
        // a short-lived process on a shared machine: start-up time matters more than peak speed
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "id.aduan.app.Aduan", "serve", "tracker",
        "--state-dir", state.toString(), "--command-config", settings.toString()));
    command.addAll(TrackerRun.settingsOptions());
    command.addAll(run.connectionOptions());
    File log = File.createTempFile("tracker-", ".log");
    log.deleteOnExit();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  /** Waits for the first committed case on cases.state and says how far the topic then reaches. */
  private static long awaitFirstOutput(KafkaCluster kafka, TrackerRun run, Process tracker) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    try (var consumer = new KafkaConsumer<>(kafka.consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      while (System.nanoTime() < deadline && tracker.isAlive()) {
        long committed = committedRecords(consumer, run.topics().caseState().name());
        if (committed > 0) {
          return committed;
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("the tracker wrote no case in time" + (tracker.isAlive() ? "" : ", it exited"));
  }

  /** The sum of a topic's end offsets as read_committed readers see them (records and transaction markers). */
  private static long committedRecords(KafkaConsumer<byte[], byte[]> consumer, String topic) {
    List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
  }
}
