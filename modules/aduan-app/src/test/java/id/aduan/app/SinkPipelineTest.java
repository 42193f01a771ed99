package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import id.aduan.event.SkmScores;
import id.aduan.event.SurveyResponse;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.sink.SinkApp;
import id.aduan.sink.SinkSettings;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.Postgres;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import id.aduan.testkit.WithPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router, the tracker and the sink together: complaints become cases in PostgreSQL, the tracker's metrics
 * stored by the sink agree with a recomputation from the stored cases, and `aduan metrics` reads them.
 */
@WithKafka
@WithPostgres
class SinkPipelineTest {
  private static final String[] TEXTS = {
    "lampu merah di simpang polda mati total sejak tadi pagi",
    "lampu lalu lintas di simpang charitas padam, macet parah",
    "lampu merah simpang jakabaring rusak berkedip terus",
    "traffic light di simpang kertapati mati sejak kemarin",
    "lampu merah di simpang sekip tidak menyala",
    "lampu lalu lintas simpang patal mati, hubungi 0812-3456-7890, NIK saya 3171234567890123",
  };

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final Postgres postgres;

  SinkPipelineTest(KafkaCluster kafka, SchemaRegistry registry, Postgres postgres) {
    this.kafka = kafka;
    this.registry = registry;
    this.postgres = postgres;
  }

  @Test
  void storedMetricsAgreeWithTheStoredCasesAndTheMetricsCommandReadsThem(@TempDir Path state) throws Exception {
    StarterPipeline pipeline = new StarterPipeline(kafka, registry, "sink-pipeline");
    TopicCatalogue topics = pipeline.setUp();
    Map<String, Object> props = pipeline.clientProps();
    SinkDatabase db = new SinkDatabase(postgres);
    SinkSettings settings = SinkSettings.of(db.jdbcUrl, "postgres", null).withHealthPort(-1);
    try (RouterApp router = RouterApp.start(props, RouterSettings.standard(), RouterApp.startupModel(null), state);
        TrackerApp tracker = TrackerApp.start(props, TrackerSettings.standard(), state, e -> { });
        SinkApp sink = SinkApp.start(props, settings, (t, e) -> { })) {
      Instant now = Instant.now();
      for (int i = 0; i < TEXTS.length * 2; i++) {
        String id = "p-" + i;
        send(topics.complaintsReceived(), id, ComplaintReceived.newBuilder()
            .setComplaintId(id).setEventTime(now).setReceivedAt(now).setChannel(i % 2 == 0 ? Channel.WEB : Channel.SMS)
            .setChannelMessageId("m-" + id).setText(TEXTS[i % TEXTS.length] + " (laporan " + i + ")")
            .setReporter(Reporter.newBuilder().setContact("0812000000" + i).setAnonymous(false).setConfidential(false).build())
            .setLocation(Location.newBuilder().setRegionCode("1671").build())
            .build());
      }
      long routed = db.awaitCount("every complaint routed or in triage",
          "SELECT count(*) FROM cases WHERE status IN ('ROUTED', 'TRIAGE')", TEXTS.length * 2);
      List<Map<String, Object>> cases = db.rows("SELECT complaint_id, unit_id FROM cases WHERE status = 'ROUTED' ORDER BY complaint_id");
      assertTrue(cases.size() >= 4, "most complaints routed: " + cases);
      int surveyed = 0;
      for (int i = 0; i < cases.size(); i++) {
        String id = (String) cases.get(i).get("complaint_id");
        String unit = (String) cases.get(i).get("unit_id");
        send(topics.caseUpdates(), id, update(id, "a-" + id, unit, CaseStatus.ACKNOWLEDGED));
        if (i % 4 != 3) {
          send(topics.caseUpdates(), id, update(id, "r-" + id, unit, CaseStatus.RESOLVED));
        }
      }
      long resolved = db.awaitCount("the resolutions", "SELECT count(*) FROM cases WHERE status = 'RESOLVED'",
          cases.size() - cases.size() / 4);
      for (int i = 0; i < cases.size(); i++) {
        if (i % 4 != 3 && i % 3 != 2) {
          String id = (String) cases.get(i).get("complaint_id");
          send(topics.surveyResponses(), id, SurveyResponse.newBuilder().setComplaintId(id).setEventTime(Instant.now())
              .setResponseId("s-" + id).setChannel(Channel.WEB).setScores(scores(3 + i % 2))
              .setComment("terima kasih, email saya warga@example.com").build());
          surveyed++;
        }
      }
      db.awaitCount("the surveys in cases", "SELECT count(*) FROM cases WHERE surveyed_at IS NOT NULL", surveyed);
      db.awaitCount("the surveys", "SELECT count(*) FROM surveys", surveyed);
      db.awaitCount("the surveys in the unit metrics",
          "SELECT sum(surveys) FROM unit_metrics WHERE period_type = 'month'", surveyed);
      db.awaitCount("the resolutions in the unit metrics",
          "SELECT sum(resolutions) FROM unit_metrics WHERE period_type = 'day'", resolved);
      db.awaitCount("the first responses in the unit metrics",
          "SELECT sum(first_responses) FROM unit_metrics WHERE period_type = 'month'", cases.size());
      db.awaitCount("the outcomes", "SELECT count(*) FROM resolution_metrics", resolved);
      assertTrue(routed >= cases.size());

      for (String period : List.of("day", "month")) {
        String format = period.equals("day") ? "YYYY-MM-DD" : "YYYY-MM";
        assertEquals(
            db.rows("SELECT unit_id, to_char(resolved_at AT TIME ZONE 'Asia/Jakarta', '" + format + "') AS period,"
                + " count(*) AS resolutions, count(*) FILTER (WHERE resolved_at <= resolution_due) AS within_sla"
                + " FROM cases WHERE resolved_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"),
            db.rows("SELECT unit_id, period, sum(resolutions)::bigint AS resolutions,"
                + " sum(resolutions_within_sla)::bigint AS within_sla FROM unit_metrics"
                + " WHERE period_type = '" + period + "' AND resolutions > 0 GROUP BY 1, 2 ORDER BY 1, 2"),
            "resolutions per unit and " + period);
        assertEquals(
            db.rows("SELECT unit_id, to_char(first_response_at AT TIME ZONE 'Asia/Jakarta', '" + format + "') AS period,"
                + " count(*) AS first_responses FROM cases WHERE first_response_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"),
            db.rows("SELECT unit_id, period, sum(first_responses)::bigint AS first_responses FROM unit_metrics"
                + " WHERE period_type = '" + period + "' AND first_responses > 0 GROUP BY 1, 2 ORDER BY 1, 2"),
            "first responses per unit and " + period);
      }
      assertEquals(
          db.rows("SELECT unit_id, to_char(surveyed_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS period,"
              + " count(*)::numeric AS surveys, round(((avg(skm_persyaratan) + avg(skm_prosedur) + avg(skm_waktu)"
              + " + avg(skm_biaya) + avg(skm_produk) + avg(skm_kompetensi) + avg(skm_perilaku)"
              + " + avg(skm_penanganan_pengaduan) + avg(skm_sarana)) * 0.11 * 25)::numeric, 2) AS skm"
              + " FROM cases WHERE surveyed_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"),
          db.rows("SELECT unit_id, period, surveys, skm FROM unit_skm WHERE period_type = 'month' ORDER BY 1, 2"),
          "SKM per unit and month");
      assertEquals(
          db.rows("SELECT unit_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_working_ms) AS p50"
              + " FROM cases WHERE resolution_working_ms IS NOT NULL GROUP BY 1 ORDER BY 1"),
          db.rows("SELECT unit_id, resolution_p50_ms AS p50 FROM response_times WHERE resolutions > 0 ORDER BY 1"));

      String all = db.rows("SELECT concat_ws(' ', (SELECT string_agg(t::text, ' ') FROM cases t),"
          + " (SELECT string_agg(t::text, ' ') FROM case_events t), (SELECT string_agg(t::text, ' ') FROM surveys t),"
          + " (SELECT string_agg(t::text, ' ') FROM resolution_metrics t)) AS text").get(0).get("text").toString();
      assertFalse(all.contains("3456-7890") || all.contains("0812000000") || all.contains("warga@example.com")
          || all.contains("3171234567890123"), all);
    }

    String unit = (String) db.rows("SELECT unit_id FROM unit_skm ORDER BY surveys DESC, unit_id LIMIT 1").get(0).get("unit_id");
    CommandRun json = CommandRun.of("metrics", "--jdbc-url", db.jdbcUrl, "--db-user", "postgres", "--json");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode league = new ObjectMapper().readTree(json.out()).get("league");
    JsonNode row = null;
    for (JsonNode candidate : league) {
      row = unit.equals(candidate.get("unit_id").asText()) ? candidate : row;
    }
    assertTrue(row != null, json.out());
    assertEquals(db.count("SELECT sum(surveys) FROM unit_skm WHERE unit_id = '" + unit + "' AND period_type = 'month'"),
        row.get("surveys").asLong());
    assertFalse(row.get("ranked").asBoolean(), "fewer answers than the minimum sample: not ranked");

    CommandRun text = CommandRun.of("metrics", "--jdbc-url", db.jdbcUrl, "--db-user", "postgres", "--unit", unit);
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("Unit " + unit + ", ") && text.out().contains("nrr_persyaratan"), text.out());
    CommandRun csv = CommandRun.of("metrics", "--jdbc-url", db.jdbcUrl, "--db-user", "postgres", "--csv");
    assertTrue(csv.out().startsWith("league_rank,unit_id,ranked,surveys,skm,skm_grade,"), csv.out());
    CommandRun badPeriod = CommandRun.of("metrics", "--jdbc-url", db.jdbcUrl, "--period", "November");
    assertEquals(2, badPeriod.exitCode());
    assertTrue(badPeriod.err().contains("--period must be a month written YYYY-MM"), badPeriod.err());
  }

  @Test
  void serveSinkSaysWhatIsMissingAndExitsWithAnError() throws Exception {
    CommandRun noTopics = CommandRun.of("serve", "sink", "--bootstrap-servers", kafka.bootstrapServers(),
        "--registry-url", registry.url(), "--prefix", KafkaCluster.uniqueName("absent") + ".", "--health-port", "0");
    assertEquals(1, noTopics.exitCode(), noTopics.out() + noTopics.err());
    assertTrue(noTopics.err().contains("do not exist: create them with `aduan topics sync`"), noTopics.err());

    StarterPipeline pipeline = new StarterPipeline(kafka, registry, "sink-preflight");
    assertEquals(0, pipeline.cli("topics", "sync").exitCode());
    int closedPort;
    try (ServerSocket free = new ServerSocket(0)) {
      closedPort = free.getLocalPort();
    }
    CommandRun noDatabase = pipeline.cli("serve", "sink", "--jdbc-url", "jdbc:postgresql://localhost:" + closedPort + "/aduan",
        "--db-user", "aduan", "--db-password", "s3cret-not-to-print", "--health-port", "0");
    assertEquals(1, noDatabase.exitCode(), noDatabase.out() + noDatabase.err());
    assertTrue(noDatabase.err().contains("Cannot start the sink: cannot reach the database at jdbc:postgresql://localhost:"
        + closedPort + "/aduan as aduan"), noDatabase.err());
    assertFalse((noDatabase.out() + noDatabase.err()).contains("s3cret-not-to-print"), "the password is never printed");
  }

  private static CaseUpdate update(String id, String updateId, String unit, CaseStatus status) {
    return CaseUpdate.newBuilder().setComplaintId(id).setEventTime(Instant.now()).setUpdateId(updateId).setUnitId(unit)
        .setStatus(status).setActor("officer-1").setNote("ditangani").build();
  }

  private static SkmScores scores(int each) {
    return SkmScores.newBuilder().setPersyaratan(each).setProsedur(each).setWaktu(each).setBiaya(each)
        .setProduk(each).setKompetensi(each).setPerilaku(each).setPenangananPengaduan(each).setSarana(each).build();
  }

  private <V> void send(Topic<String, V> topic, String key, V value) throws Exception {
    try (var producer = new KafkaProducer<>(kafka.producerProps(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
    }
  }
}
