package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.EscalationReason;
import id.aduan.event.StatusChange;
import id.aduan.event.UnitMetrics;
import id.aduan.event.Urgency;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.sink.SinkApp;
import id.aduan.sink.SinkSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.Postgres;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import id.aduan.testkit.WithPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * The sink process is killed with SIGKILL while records stream in, and started again: every table ends up
 * identical, row for row, to that of a sink that read the same topics without interruption.
 */
@WithKafka
@WithPostgres
class SinkCrashRecoveryTest {
  private static final int COMPLAINTS = 300;
  private static final List<String> TABLES =
      List.of("cases", "case_events", "escalations", "resolution_metrics", "unit_metrics", "sink_offsets");
  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

  @Test
  void aKilledAndRestartedSinkLeavesTheSameTablesAsAnUninterruptedOne(KafkaCluster kafka, SchemaRegistry registry,
      Postgres postgres) throws Exception {
    StarterPipeline pipeline = new StarterPipeline(kafka, registry, "sink-crash");
    assertEquals(0, pipeline.cli("topics", "sync").exitCode());
    Map<String, Object> props = pipeline.clientProps();
    TopicCatalogue topics = TopicCatalogue.from(props);
    SinkDatabase crashed = new SinkDatabase(postgres);
    SinkDatabase uninterrupted = new SinkDatabase(postgres);

    int[] produced = new int[1];
    Thread producer = new Thread(() -> produced[0] = produce(kafka, topics), "sink-record-producer");
    producer.start();
    Process first = startSink(props, crashed);
    crashed.awaitCount("the first cases", "SELECT count(*) FROM cases", 40);
    first.destroyForcibly(); // SIGKILL: whatever transaction was open is rolled back by PostgreSQL
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    long atKill = crashed.count("SELECT sum(next_offset) FROM sink_offsets");

    Process second = startSink(props, crashed);
    int total;
    try {
      producer.join();
      total = produced[0];
      assertTrue(atKill < total, "killed mid-stream: " + atKill + " of " + total + " records stored");
      crashed.awaitCount("every record after the restart", "SELECT sum(next_offset) FROM sink_offsets", total);
    } finally {
      second.destroy();
      assertTrue(second.waitFor(40, TimeUnit.SECONDS));
    }
    // the same consumer group, another database: positions come from the database, so it reads everything
    try (SinkApp sink = SinkApp.start(props, SinkSettings.of(uninterrupted.jdbcUrl, "postgres", null)
        .withHealthPort(-1), (t, e) -> { })) {
      uninterrupted.awaitCount("every record, uninterrupted", "SELECT sum(next_offset) FROM sink_offsets", total);
      assertTrue(sink.health().ready(), sink.health().problem());
    }
    assertEquals(COMPLAINTS, crashed.count("SELECT count(*) FROM cases"));
    for (String table : TABLES) {
      String digest = "SELECT count(*) AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM " + table + " t";
      assertEquals(uninterrupted.rows(digest), crashed.rows(digest), table);
    }
  }

  private static Process startSink(Map<String, Object> props, SinkDatabase db) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-cp", System.getProperty("java.class.path"), "id.aduan.app.Aduan", "serve", "sink",
        "--bootstrap-servers", props.get("bootstrap.servers").toString(),
        "--registry-url", props.get("schema.registry.url").toString(),
        "--prefix", props.get(TopicCatalogue.PREFIX_CONFIG).toString(),
        "--jdbc-url", db.jdbcUrl, "--db-user", "postgres", "--health-port", "0",
        // the killed member leaves the group when its session ends: shorter than the default 45 s
        "--command-config", Files.writeString(Files.createTempFile("sink-", ".properties"), "session.timeout.ms=6000\n")
            .toString()));
    File log = File.createTempFile("sink-", ".log");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  /** Three states, an escalation and metrics per complaint, in small flushed bursts; returns the record count. */
  private static int produce(KafkaCluster kafka, TopicCatalogue topics) {
    Map<String, Object> config = new HashMap<>(kafka.producerProps());
    Serializer<SpecificRecord> values = new Serializer<>() {
      @Override
      public byte[] serialize(String topic, SpecificRecord value) {
        return value == null ? null : serializer(topics, value).serialize(topic, value);
      }
    };
    int sent = 0;
    try (var producer = new KafkaProducer<>(config, topics.caseState().keySerde().serializer(), values)) {
      for (int i = 0; i < COMPLAINTS; i++) {
        String id = String.format("crash-%04d", i);
        String unit = "unit-" + (i % 5);
        for (int step = 2; step <= 4; step++) {
          producer.send(new ProducerRecord<>(topics.caseState().name(), id, state(id, unit, step)));
          sent++;
        }
        producer.send(new ProducerRecord<>(topics.caseEscalations().name(), id, CaseEscalated.newBuilder()
            .setComplaintId(id).setEventTime(T0.plusSeconds(i)).setReason(EscalationReason.RESOLUTION_OVERDUE)
            .setLevel(1).setStatus(CaseStatus.ACKNOWLEDGED).setUnitId(unit).setUrgency(Urgency.NORMAL).build()));
        String key = "month:2026-11|" + unit + "|-|WEB";
        producer.send(new ProducerRecord<>(topics.unitMetrics().name(), key, UnitMetrics.newBuilder()
            .setPeriodType("month").setPeriod("2026-11").setPeriodStart(T0).setPeriodEnd(T0.plusSeconds(86_400L * 30))
            .setTimeZone("Asia/Jakarta").setUnitId(unit).setChannel(Channel.WEB).setReceived(i / 5 + 1)
            .setResolved(i / 5).setAsOf(T0.plusSeconds(i)).build()));
        sent += 2;
        if (i % 10 == 9) {
          producer.flush();
          Thread.sleep(60);
        }
      }
      producer.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return sent;
  }

  @SuppressWarnings("unchecked")
  private static Serializer<SpecificRecord> serializer(TopicCatalogue topics, SpecificRecord value) {
    if (value instanceof CaseState) {
      return (Serializer<SpecificRecord>) (Serializer<?>) topics.caseState().valueSerde().serializer();
    }
    if (value instanceof CaseEscalated) {
      return (Serializer<SpecificRecord>) (Serializer<?>) topics.caseEscalations().valueSerde().serializer();
    }
    return (Serializer<SpecificRecord>) (Serializer<?>) topics.unitMetrics().valueSerde().serializer();
  }

  private static CaseState state(String id, String unit, int steps) {
    CaseStatus[] path = {CaseStatus.RECEIVED, CaseStatus.ROUTED, CaseStatus.ACKNOWLEDGED, CaseStatus.RESOLVED};
    List<StatusChange> history = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      history.add(StatusChange.newBuilder().setStatus(path[i]).setAt(T0.plusSeconds(3600L * i)).setUnitId(unit).build());
    }
    Instant at = T0.plusSeconds(3600L * (steps - 1));
    return CaseState.newBuilder().setComplaintId(id).setEventTime(at).setStatus(path[steps - 1]).setUnitId(unit)
        .setChannel(Channel.WEB).setUrgency(Urgency.NORMAL).setReceivedAt(T0).setCategory("lampu_lalu_lintas")
        .setResolvedAt(steps == 4 ? at : null).setResolutionWorkingMillis(steps == 4 ? 7_200_000L : null)
        .setMaskedText("laporan " + id).setHistory(history).build();
  }
}
