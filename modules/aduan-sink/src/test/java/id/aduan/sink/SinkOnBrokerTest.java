package id.aduan.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.EscalationReason;
import id.aduan.event.ResolutionMetrics;
import id.aduan.event.SurveyResponse;
import id.aduan.event.Urgency;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.Postgres;
import id.aduan.testkit.PrometheusText;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import id.aduan.testkit.WithPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** Topics to tables on a real broker, registry and PostgreSQL. */
@WithKafka
@WithPostgres
class SinkOnBrokerTest {
  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final Postgres postgres;

  SinkOnBrokerTest(KafkaCluster kafka, SchemaRegistry registry, Postgres postgres) {
    this.kafka = kafka;
    this.registry = registry;
    this.postgres = postgres;
  }

  @Test
  void everyTopicBecomesRowsAndNothingIsStoredTwice() throws Exception {
    SinkFixture f = fixture(3);
    CaseState routed = Events.caseState("c1", "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED);
    CaseState resolved = Events.caseState("c1", "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED,
        CaseStatus.ACKNOWLEDGED, CaseStatus.RESOLVED);
    CaseState acknowledged = Events.caseState("c2", "angkutan", CaseStatus.RECEIVED, CaseStatus.ROUTED,
        CaseStatus.ACKNOWLEDGED);
    f.send(f.topics.caseState(), "c1", routed);
    f.send(f.topics.caseState(), "c1", resolved);
    f.send(f.topics.caseState(), "c2", acknowledged);
    f.send(f.topics.caseState(), "c2", acknowledged); // delivered twice
    CaseEscalated escalated = CaseEscalated.newBuilder().setComplaintId("c2").setEventTime(Events.T0.plusSeconds(86_400))
        .setReason(EscalationReason.FIRST_RESPONSE_OVERDUE).setLevel(1).setStatus(CaseStatus.ROUTED)
        .setUnitId("angkutan").setEscalatedToUnitId("angkutan").setUrgency(Urgency.NORMAL).build();
    f.send(f.topics.caseEscalations(), "c2", escalated);
    f.send(f.topics.caseEscalations(), "c2", escalated);
    SurveyResponse survey = SurveyResponse.newBuilder().setComplaintId("c1").setEventTime(Events.T0.plusSeconds(20_000))
        .setResponseId("r1").setUnitId("lalin").setChannel(Channel.WEB).setScores(Events.scores(3))
        .setComment("puas, hubungi saya 081234567890 atau budi.santoso@example.com").build();
    f.send(f.topics.surveyResponses(), "c1", survey);
    f.send(f.topics.surveyResponses(), "c1", survey);
    ResolutionMetrics outcome = ResolutionMetrics.newBuilder().setComplaintId("c1").setEventTime(resolved.getEventTime())
        .setUnitId("lalin").setCategory("lampu_lalu_lintas").setChannel(Channel.WEB).setUrgency(Urgency.NORMAL)
        .setStatus(CaseStatus.RESOLVED).setReceivedAt(Events.T0).setResolvedAt(resolved.getResolvedAt())
        .setResolutionSlaMet(true).build();
    f.send(f.topics.resolutionMetrics(), "c1", outcome);
    f.send(f.topics.resolutionMetrics(), "c1", outcome);
    f.send(f.topics.unitMetrics(), "day:2026-11-02|lalin|lampu_lalu_lintas|WEB",
        UnitMetricsRecords.of("day", "2026-11-02", "lalin", "lampu_lalu_lintas", 2, 1, 3.0));
    f.send(f.topics.unitMetrics(), "month:2026-11|lalin|lampu_lalu_lintas|WEB",
        UnitMetricsRecords.of("month", "2026-11", "lalin", "lampu_lalu_lintas", 2, 1, 3.0));

    String counts = "SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM case_events) AS events,"
        + " (SELECT count(*) FROM escalations) AS escalations, (SELECT count(*) FROM surveys) AS surveys,"
        + " (SELECT count(*) FROM resolution_metrics) AS outcomes, (SELECT count(*) FROM unit_metrics) AS metrics,"
        + " (SELECT count(*) FROM cases WHERE status = 'RESOLVED') AS resolved";
    Map<String, Object> expected = Map.of("cases", 2L, "events", 7L, "escalations", 1L, "surveys", 1L, "outcomes", 1L,
        "metrics", 2L, "resolved", 1L);
    try (SinkApp sink = SinkApp.start(f.clientProps(registry.url()), f.settings(), (t, e) -> { })) {
      f.await("every record stored", counts, rows -> rows.get(0).equals(expected));
      f.await("every position stored", "SELECT sum(next_offset) AS n FROM sink_offsets",
          rows -> rows.get(0).get("n") != null && ((Number) rows.get(0).get("n")).longValue() == 12);
      assertTrue(sink.health().ready(), sink.health().problem());
      var ready = SinkFixture.get(sink, "/health/ready");
      assertEquals(200, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("\"kafka\"") && ready.body().contains("\"database\""), ready.body());
      // a record delivered twice writes its row once, and is counted once
      String metrics = SinkFixture.get(sink, "/metrics").body();
      assertEquals(7.0, PrometheusText.sample(metrics, "aduan_sink_rows_written_total", "table=\"case_events\""));
      assertEquals(1.0, PrometheusText.sample(metrics, "aduan_sink_rows_written_total", "table=\"escalations\""));
      assertEquals(1.0, PrometheusText.sample(metrics, "aduan_sink_rows_written_total", "table=\"surveys\""));
      assertTrue(PrometheusText.sample(metrics, "aduan_sink_lag_records", "role=\"sink\"") >= 0);
      assertTrue(metrics.contains("kafka_consumer_"), "the consumer's client meters are served");
    }
    assertEquals(List.of("RECEIVED", "ROUTED", "ACKNOWLEDGED", "RESOLVED"),
        f.rows("SELECT status FROM case_events WHERE complaint_id = 'c1' ORDER BY seq").stream()
            .map(r -> r.get("status")).toList());
    Map<String, Object> c1 = f.rows("SELECT * FROM cases WHERE complaint_id = 'c1'").get(0);
    assertEquals("lalin", c1.get("unit_id"));
    assertEquals(3_600_000L * 2, c1.get("resolution_working_ms"));
    Map<String, Object> answer = f.rows("SELECT has_comment, skm, persyaratan FROM surveys").get(0);
    assertEquals(true, answer.get("has_comment"));
    assertEquals(0, new java.math.BigDecimal("74.25").compareTo((java.math.BigDecimal) answer.get("skm")));

    // the same records read again from the beginning change nothing
    f.execute("DELETE FROM sink_offsets");
    String everything = "SELECT (SELECT md5(string_agg(c::text, ',' ORDER BY complaint_id)) FROM cases c) AS cases,"
        + " (SELECT md5(string_agg(e::text, ',' ORDER BY complaint_id, seq)) FROM case_events e) AS events";
    Map<String, Object> before = f.rows(everything).get(0);
    try (SinkApp sink = SinkApp.start(f.clientProps(registry.url()), f.settings(), (t, e) -> { })) {
      f.await("the replay stored", "SELECT sum(next_offset) AS n FROM sink_offsets",
          rows -> rows.get(0).get("n") != null && ((Number) rows.get(0).get("n")).longValue() == 12);
      assertTrue(sink.health().live());
    }
    assertEquals(expected, f.rows(counts).get(0));
    assertEquals(before, f.rows(everything).get(0));

    for (String table : List.of("cases", "case_events", "escalations", "surveys", "resolution_metrics", "unit_metrics")) {
      String all = f.rows("SELECT string_agg(t::text, ' ') AS text FROM " + table + " t").get(0).get("text").toString();
      assertFalse(all.contains("081234567890") || all.contains("budi.santoso") || all.contains("@example.com"),
          table + " holds personal data: " + all);
    }
  }

  @Test
  void undecodableAndRefusedRecordsGoToTheSinkDlqWithTheirReasonAndThePartitionGoesOn() throws Exception {
    SinkFixture f = fixture(1);
    f.sendBytes(f.topics.caseState().name(), 0, "x".getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0, 0, 42, 1, 2});
    f.send(f.topics.caseState(), "other-key", Events.caseState("c1", "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED));
    f.send(f.topics.caseState(), "c2", Events.caseState("c2", "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED));
    SurveyResponse outOfRange = SurveyResponse.newBuilder().setComplaintId("c2").setEventTime(Events.T0)
        .setResponseId("r-bad").setChannel(Channel.SMS).setScores(Events.scores(7)).build();
    f.send(f.topics.surveyResponses(), "c2", outOfRange);
    f.send(f.topics.surveyResponses(), "c2", SurveyResponse.newBuilder(outOfRange).setResponseId("r-good")
        .setScores(Events.scores(4)).build());

    try (SinkApp sink = SinkApp.start(f.clientProps(registry.url()), f.settings(), (t, e) -> { })) {
      f.await("the good records after the bad ones", "SELECT (SELECT count(*) FROM cases) AS cases,"
          + " (SELECT string_agg(response_id, ',') FROM surveys) AS surveys",
          rows -> rows.get(0).equals(Map.of("cases", 1L, "surveys", "r-good")));
      f.await("positions past every record", "SELECT topic, next_offset FROM sink_offsets ORDER BY topic",
          rows -> rows.size() == 2 && rows.get(0).get("next_offset").equals(3L) && rows.get(1).get("next_offset").equals(2L));
      assertTrue(sink.health().ready(), sink.health().problem());
      String metrics = sink.registry().scrape();
      for (String reason : List.of("undecodable", "unusable", "refused_by_database")) {
        assertEquals(1.0, PrometheusText.sample(metrics, "aduan_sink_dead_letters_total", "reason=\"" + reason + "\""), reason);
      }
    }
    List<ConsumerRecord<byte[], byte[]>> dead = readAll(f.topics.sinkDlq().name(), 3);
    assertEquals(3, dead.size(), "three dead letters");
    Map<String, String> reasons = new java.util.TreeMap<>();
    for (ConsumerRecord<byte[], byte[]> letter : dead) {
      assertEquals("sink", header(letter, "aduan.dlq.stage"));
      reasons.put(header(letter, "aduan.dlq.topic") + "@" + header(letter, "aduan.dlq.offset"), header(letter, "aduan.dlq.reason"));
    }
    String states = f.topics.caseState().name();
    String surveys = f.topics.surveyResponses().name();
    assertEquals(List.of(states + "@0", states + "@1", surveys + "@0"), new ArrayList<>(reasons.keySet()));
    assertTrue(reasons.get(states + "@0").startsWith("undecodable: "), reasons.toString());
    assertTrue(reasons.get(states + "@1").contains("is not the state's complaintId"), reasons.toString());
    assertTrue(reasons.get(surveys + "@0").startsWith("SQLSTATE 23514"), reasons.toString());
    assertFalse(reasons.get(surveys + "@0").contains("Failing row"), "no row values in the reason");
  }

  @Test
  void theViewsAnswerPastSlaLeagueSkmAndResponseTimes() {
    SinkFixture f = fixture(1);
    Instant now = Instant.now();
    CaseState late = Events.caseState("late", "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED); // due in early November
    CaseState inTime = CaseState.newBuilder(Events.caseState("in-time", "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED,
        CaseStatus.IN_PROGRESS)).setResolutionDue(now.plus(Duration.ofDays(10))).build();
    CaseState working = Events.caseState("working", "angkutan", CaseStatus.RECEIVED, CaseStatus.ROUTED,
        CaseStatus.IN_PROGRESS); // responded, resolution due passed
    CaseState done = Events.caseState("done", "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED, CaseStatus.ACKNOWLEDGED,
        CaseStatus.RESOLVED);
    for (CaseState state : List.of(late, inTime, working, done)) {
      f.send(f.topics.caseState(), state.getComplaintId(), state);
    }
    // lalin: 20 answers at 3.0 and 20 at 4.0 over two categories (NRR 3.5, SKM 86.63, B); angkutan 30 at 3.9
    // (SKM 96.53, A); terminal 5 at 4.0 (SKM 99, A, but below the 30-answer minimum)
    f.send(f.topics.unitMetrics(), "m1", UnitMetricsRecords.of("month", "2026-11", "lalin", "lampu_lalu_lintas", 10, 20, 3.0));
    f.send(f.topics.unitMetrics(), "m2", UnitMetricsRecords.of("month", "2026-11", "lalin", "rambu", 10, 20, 4.0));
    f.send(f.topics.unitMetrics(), "m3", UnitMetricsRecords.of("month", "2026-11", "angkutan", "angkot", 5, 30, 3.9));
    f.send(f.topics.unitMetrics(), "m4", UnitMetricsRecords.of("month", "2026-11", "terminal", "terminal", 1, 5, 4.0));

    try (SinkApp sink = SinkApp.start(f.clientProps(registry.url()), f.settings(), (t, e) -> { })) {
      f.await("all stored", "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM unit_metrics) AS n",
          rows -> rows.get(0).get("n").equals(8L));
      assertTrue(sink.health().live());
    }
    assertEquals(List.of(
            Map.of("complaint_id", "late", "first", true, "resolution", true),
            Map.of("complaint_id", "working", "first", false, "resolution", true)),
        f.rows("SELECT complaint_id, first_response_due_passed IS NOT NULL AS first,"
            + " resolution_due_passed IS NOT NULL AS resolution FROM open_cases_past_sla ORDER BY complaint_id"));
    assertEquals(List.of(
            Map.of("unit_id", "angkutan", "open_cases", 1L, "past_sla", 1L),
            Map.of("unit_id", "lalin", "open_cases", 2L, "past_sla", 1L)),
        f.rows("SELECT unit_id, open_cases, past_sla FROM open_cases_past_sla_by_unit ORDER BY unit_id"));

    List<Map<String, Object>> league = f.rows("SELECT unit_id, league_rank, ranked, surveys, skm::text AS skm, skm_grade,"
        + " resolutions FROM unit_league_monthly WHERE period = '2026-11' ORDER BY ranked DESC, league_rank, unit_id");
    assertEquals(List.of(
        Map.of("unit_id", "angkutan", "league_rank", 1L, "ranked", true, "surveys", new java.math.BigDecimal(30),
            "skm", "96.53", "skm_grade", "A", "resolutions", new java.math.BigDecimal(5)),
        Map.of("unit_id", "lalin", "league_rank", 2L, "ranked", true, "surveys", new java.math.BigDecimal(40),
            "skm", "86.63", "skm_grade", "B", "resolutions", new java.math.BigDecimal(20))),
        league.subList(0, 2));
    Map<String, Object> unranked = league.get(2);
    assertEquals("terminal", unranked.get("unit_id"));
    assertEquals(false, unranked.get("ranked"));
    assertNull(unranked.get("league_rank"));
    assertEquals("99.00", unranked.get("skm"));

    // the minimum sample is a setting of the reports
    f.execute("UPDATE report_settings SET value = '5' WHERE name = 'league.minimum_surveys'");
    assertEquals(1L, f.rows("SELECT league_rank FROM unit_league_monthly WHERE unit_id = 'terminal'").get(0).get("league_rank"));

    assertEquals("B", f.rows("SELECT skm_grade FROM unit_skm WHERE unit_id = 'lalin' AND period = '2026-11'")
        .get(0).get("skm_grade"));
    Map<String, Object> times = f.rows("SELECT first_responses, first_response_p50_ms, resolutions, resolution_p90_ms"
        + " FROM response_times WHERE unit_id = 'lalin'").get(0);
    assertEquals(Map.of("first_responses", 2L, "first_response_p50_ms", 3_600_000.0, "resolutions", 1L,
        "resolution_p90_ms", 7_200_000.0), times);
  }

  private SinkFixture fixture(int partitions) {
    String database = KafkaCluster.uniqueName("sink").toLowerCase().replaceAll("[^a-z0-9_]", "_");
    try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return new SinkFixture(kafka, registry, postgres.jdbcUrl(database), partitions);
  }

  private List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int atLeast) {
    Map<String, Object> props = kafka.consumerProps();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (records.size() < atLeast && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    return records;
  }

  private static String header(ConsumerRecord<?, ?> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
