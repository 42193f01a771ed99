package id.aduan.sink.bench;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.StatusChange;
import id.aduan.event.Urgency;
import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.sink.SinkApp;
import id.aduan.sink.SinkSettings;
import id.aduan.sink.db.Database;
import id.aduan.sink.db.SqlBatch;
import id.aduan.sink.rows.CaseRows;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Case states per second stored by the sink (consume, decode, one transaction per poll with positions)
 * against a plain loop writing the same rows with the same statements in batches of 500, on the same
 * PostgreSQL, one after the other in one run. Not a test: run with
 * {@code ./mvnw -B -ntp -Pbench -pl modules/aduan-sink -am test -DskipTests}.
 */
public final class SinkBenchmark {
  private static final int RECORDS = Integer.getInteger("aduan.bench.records", 20_000);
  private static final int BATCH = 500;
  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

  private SinkBenchmark() {}

  public static void main(String[] args) throws Exception {
    try (KafkaCluster kafka = KafkaCluster.start(1); Postgres postgres = Postgres.start()) {
      Map<String, Object> props = new HashMap<>();
      props.put("bootstrap.servers", kafka.bootstrapServers());
      props.put("schema.registry.url", "mock://sink-bench");
      props.put(TopicCatalogue.PREFIX_CONFIG, "bench.");
      TopicCatalogue topics = TopicCatalogue.from(props);
      for (Topic<?, ?> topic : List.of(topics.caseState(), topics.caseEscalations(), topics.surveyResponses(),
          topics.resolutionMetrics(), topics.unitMetrics(), topics.sinkDlq())) {
        kafka.createTopic(topic.name(), topic.partitions());
      }
      List<CaseState> states = new ArrayList<>(RECORDS);
      for (int i = 0; i < RECORDS; i++) {
        states.add(state(String.format("bench-%06d", i), "unit-" + (i % 8)));
      }
      Topic<String, CaseState> caseState = topics.caseState();
      try (var producer = new KafkaProducer<>(kafka.producerProps(), caseState.keySerde().serializer(),
          caseState.valueSerde().serializer())) {
        for (CaseState s : states) {
          producer.send(new ProducerRecord<>(caseState.name(), s.getComplaintId(), s));
        }
      }

      double plain = plainLoop(postgres, states);
      double sink = sink(postgres, props);
      System.out.printf("records %,d; plain batched JDBC %,.0f/s; sink %,.0f/s; sink / plain %.2f%n",
          RECORDS, plain, sink, sink / plain);
      MockSchemaRegistry.dropScope("sink-bench");
    }
  }

  /** The same rows through the same statements, 500 per batch and transaction, no Kafka and no positions. */
  private static double plainLoop(Postgres postgres, List<CaseState> states) throws SQLException {
    String url = database(postgres, "bench_plain");
    try (Database db = Database.open(SinkSettings.of(url, "postgres", null))) {
      db.migrate();
      CaseRows rows = new CaseRows();
      long start = System.nanoTime();
      try (Connection c = db.connection()) {
        for (int from = 0; from < states.size(); from += BATCH) {
          try (SqlBatch batch = new SqlBatch(c)) {
            for (int i = from; i < Math.min(states.size(), from + BATCH); i++) {
              CaseState s = states.get(i);
              rows.add(batch, s.getComplaintId(), s, 0, i);
            }
            batch.execute();
          }
          c.commit();
        }
      }
      return states.size() / ((System.nanoTime() - start) / 1e9);
    }
  }

  /** From the first stored position to the last: steady state, without start-up and group join. */
  private static double sink(Postgres postgres, Map<String, Object> props) throws Exception {
    String url = database(postgres, "bench_sink");
    try (SinkApp sink = SinkApp.start(props, SinkSettings.of(url, "postgres", null).withHealthPort(-1), (t, e) -> { })) {
      long first = 0;
      long firstAt = 0;
      long stored = 0;
      while (stored < RECORDS) {
        stored = stored(sink);
        if (firstAt == 0 && stored > 0) {
          first = stored;
          firstAt = System.nanoTime();
        }
        Thread.sleep(5);
      }
      return (RECORDS - first) / ((System.nanoTime() - firstAt) / 1e9);
    }
  }

  private static long stored(SinkApp sink) throws SQLException {
    try (Connection c = sink.database().connection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(sum(next_offset), 0) FROM sink_offsets")) {
      rs.next();
      long n = rs.getLong(1);
      c.rollback();
      return n;
    }
  }

  private static String database(Postgres postgres, String name) throws SQLException {
    try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return postgres.jdbcUrl(name);
  }

  private static CaseState state(String id, String unit) {
    List<StatusChange> history = List.of(
        StatusChange.newBuilder().setStatus(CaseStatus.RECEIVED).setAt(T0).build(),
        StatusChange.newBuilder().setStatus(CaseStatus.ROUTED).setAt(T0.plusSeconds(60)).setUnitId(unit).build(),
        StatusChange.newBuilder().setStatus(CaseStatus.ACKNOWLEDGED).setAt(T0.plusSeconds(3600)).setUnitId(unit)
            .setActor("officer-1").setNote("sedang ditangani").build());
    return CaseState.newBuilder().setComplaintId(id).setEventTime(T0.plusSeconds(3600)).setStatus(CaseStatus.ACKNOWLEDGED)
        .setUnitId(unit).setUnitName("Unit " + unit).setChannel(Channel.WEB).setUrgency(Urgency.NORMAL)
        .setCategory("lampu_lalu_lintas").setRegionCode("1671").setReceivedAt(T0).setRoutedAt(T0.plusSeconds(60))
        .setFirstResponseAt(T0.plusSeconds(3600)).setFirstResponseWorkingMillis(3_540_000L)
        .setFirstResponseDue(T0.plusSeconds(86_400)).setResolutionDue(T0.plusSeconds(5 * 86_400))
        .setMaskedText("lampu merah di simpang polda mati total sejak tadi pagi, hubungi [TELEPON]")
        .setHistory(history).build();
  }
}
