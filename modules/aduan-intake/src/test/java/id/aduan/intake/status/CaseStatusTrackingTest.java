package id.aduan.intake.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.intake.support.Eventually;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.intake.support.TrackerStandIn;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tracker's case states, published to {@code cases.state} as the tracker would, reach the citizen on
 * the three ways to ask: the JSON API, the tracking page and Open311.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStatusTrackingTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  /** 2026-03-02 01:00 UTC is 08:00 in Jakarta (WIB, UTC+7). */
  private static final Instant ROUTED_AT = Instant.parse("2026-02-27T01:00:00Z");

  private final KafkaCluster kafka;
  private final IntakeFixture intake;
  private final TrackerStandIn tracker;

  CaseStatusTrackingTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    intake = new IntakeFixture(kafka, registry);
    tracker = new TrackerStandIn(kafka, intake.catalogue().caseState());
  }

  @AfterAll
  void stop() {
    tracker.close();
    intake.close();
  }

  @Test
  void statusUnitNotesDeadlinesAndHistoryShowOnEveryEndpointAndFollowUpdates() {
    Filed c = file("Lampu lalu lintas Simpang Polda mati sejak pagi", false);
    assertEquals("received", status(c.code()).get("status").asText(), "before the tracker says anything");

    CaseState.Builder state = TrackerStandIn.routed(c.id(), "lalin", "Bidang Lalu Lintas", ROUTED_AT);
    tracker.publish(state.build());
    awaitStatus(c.code(), "routed");

    state = TrackerStandIn.move(state, CaseStatus.IN_PROGRESS, "Petugas sedang memperbaiki lampu.", ROUTED_AT.plusSeconds(7200));
    tracker.publish(state.build());
    JsonNode json = awaitStatus(c.code(), "in_progress");
    assertEquals("Bidang Lalu Lintas", json.get("unitName").asText());
    assertEquals("Petugas sedang memperbaiki lampu.", json.get("note").asText());
    assertEquals("2026-03-02T01:00:00Z", json.get("firstResponseDue").asText());
    assertEquals("2026-03-04T01:00:00Z", json.get("resolutionDue").asText());
    assertEquals("2026-02-27T03:00:00Z", json.get("updatedAt").asText());
    assertEquals(3, json.get("history").size());
    assertEquals("in_progress", json.get("history").get(2).get("status").asText());
    assertEquals("Petugas sedang memperbaiki lampu.", json.get("history").get(2).get("note").asText());
    assertFalse(json.get("survey").get("open").asBoolean());
    assertFalse(json.toString().contains("Lampu merah mati"), "the complaint text is not part of the status answer");

    String page = intake.http.get("/lacak/" + c.code()).body();
    assertTrue(page.contains("<dd id=\"status\">Sedang ditangani</dd>"), page);
    assertTrue(page.contains("<dd id=\"unit\">Bidang Lalu Lintas</dd>"), page);
    assertTrue(page.contains("Petugas sedang memperbaiki lampu."), page);
    assertTrue(page.contains("<dd id=\"first-response-due\">2 Mar 2026 08:00 WIB</dd>"), page);
    assertTrue(page.contains("<dd id=\"resolution-due\">4 Mar 2026 08:00 WIB</dd>"), page);
    assertTrue(page.contains("Diteruskan ke unit"), "history lists the routing: " + page);
    assertFalse(page.contains("survei\""), "no survey form before resolution");

    JsonNode open311 = Http.json(intake.http.get("/open311/v2/requests/" + c.id() + ".json")).get(0);
    assertEquals("open", open311.get("status").asText());
    assertEquals("Petugas sedang memperbaiki lampu.", open311.get("status_notes").asText());
    assertEquals("Bidang Lalu Lintas", open311.get("agency_responsible").asText());
    assertEquals("2026-02-27T03:00:00Z", open311.get("updated_datetime").asText());
    assertEquals("2026-03-04T01:00:00Z", open311.get("expected_datetime").asText());

    tracker.publish(TrackerStandIn.move(state, CaseStatus.RESOLVED, "Lampu sudah menyala kembali.", ROUTED_AT.plusSeconds(86400)).build());
    awaitStatus(c.code(), "resolved");
    String xml = intake.http.get("/open311/v2/requests/" + c.id() + ".xml").body();
    assertTrue(xml.contains("<status>closed</status>") && xml.contains("<status_notes>Lampu sudah menyala kembali.</status_notes>"), xml);
    String closedList = intake.http.get("/open311/v2/requests.json?status=closed&service_request_id=" + c.id()).body();
    assertTrue(closedList.contains(c.id()), "listed as closed: " + closedList);
    assertTrue(intake.http.get("/lacak/" + c.code()).body().contains("<dd id=\"status\">Selesai</dd>"));
  }

  @Test
  void everyTrackerStatusHasAnIndonesianAndAnEnglishLabel() {
    Filed c = file("Bus Trans Musi tidak berhenti di halte", false);
    CaseState.Builder state = TrackerStandIn.routed(c.id(), "angkutan", "Bidang Angkutan", ROUTED_AT);
    Set<String> indonesian = new java.util.HashSet<>();
    for (CaseStatus status : EnumSet.allOf(CaseStatus.class)) {
      state.setStatus(status).setEventTime(state.getEventTime().plusSeconds(60));
      tracker.publish(state.build());
      awaitStatus(c.code(), ComplaintStatus.of(status).wireName());
      String id = label(intake.http.get("/lacak/" + c.code()).body());
      String en = label(intake.http.get("/lacak/" + c.code() + "?lang=en").body());
      assertFalse(id.contains("status."), "an Indonesian label for " + status + ": " + id);
      assertFalse(en.contains("status."), "an English label for " + status + ": " + en);
      assertTrue(indonesian.add(id), "labels differ between statuses: " + id);
      if (status == CaseStatus.IN_PROGRESS) {
        assertEquals("Sedang ditangani", id);
        assertEquals("In progress", en);
      }
    }
    String english = intake.http.get("/lacak/" + c.code() + "?lang=en").body();
    assertTrue(english.contains("<html lang=\"en\">") && english.contains("Handled by") && english.contains("Expected resolution"), english);
  }

  @Test
  void confidentialComplaintsShowTheirStatusOnlyEverywhere() {
    Filed c = file("Ada pungli oleh oknum di jembatan timbang", true);
    CaseState.Builder state = TrackerStandIn.routed(c.id(), "pengawasan", "Inspektorat", ROUTED_AT).setConfidential(true);
    tracker.publish(TrackerStandIn.move(state, CaseStatus.ACKNOWLEDGED, "Oknum sudah kami periksa.", ROUTED_AT.plusSeconds(60)).build());
    JsonNode json = awaitStatus(c.code(), "acknowledged");
    assertTrue(json.get("confidential").asBoolean());
    String page = intake.http.get("/lacak/" + c.code()).body();
    String open311 = intake.http.get("/open311/v2/requests/" + c.id() + ".json").body();
    for (String answer : new String[] {json.toString(), page, open311}) {
      assertFalse(answer.contains("Inspektorat"), "no unit name: " + answer);
      assertFalse(answer.contains("Oknum"), "no note: " + answer);
      assertFalse(answer.contains("pungli"), "no text: " + answer);
    }
    assertTrue(page.contains("Ditanggapi unit") && page.contains("id=\"confidential\""), page);

    // the reporter asked for confidentiality at intake: the same holds even if the tracker's state says otherwise
    Filed other = file("Petugas parkir meminta uang lebih", true);
    tracker.publish(TrackerStandIn.move(TrackerStandIn.routed(other.id(), "pengawasan", "Inspektorat", ROUTED_AT),
        CaseStatus.IN_PROGRESS, "Sedang kami periksa.", ROUTED_AT.plusSeconds(60)).build());
    JsonNode second = awaitStatus(other.code(), "in_progress");
    assertFalse(second.has("note") || second.has("unitName"), second.toString());
  }

  @Test
  void anUnreadableRecordIsSkippedAndLaterStatesStillArrive() throws Exception {
    Filed c = file("Angkot ngetem di depan Terminal Kertapati", false);
    try (var raw = new KafkaProducer<>(kafka.producerProps(), new StringSerializer(), new ByteArraySerializer())) {
      raw.send(new ProducerRecord<>(intake.catalogue().caseState().name(), c.id(), "not avro".getBytes(StandardCharsets.UTF_8))).get();
    }
    tracker.publish(TrackerStandIn.routed(c.id(), "angkutan", "Bidang Angkutan", ROUTED_AT).build());
    assertEquals("Bidang Angkutan", awaitStatus(c.code(), "routed").get("unitName").asText());
    assertEquals(200, intake.http.get("/health/ready").statusCode(), "still ready");
  }

  @Test
  void unknownCodesAreNotFoundAndReadinessFollowsTheLoad() {
    assertEquals(404, intake.http.get("/api/v1/complaints/ZZZZZ-ZZZZZ").statusCode());
    assertEquals(404, intake.http.get("/lacak/ZZZZZ-ZZZZZ").statusCode());
    assertEquals(404, intake.http.get("/open311/v2/requests/01ARZ3NDEKTSV4RRFFQ69G5FAV.json").statusCode());
    HttpResponse<String> ready = Eventually.await("readiness", WAIT, () -> intake.http.get("/health/ready"), r -> r.statusCode() == 200);
    assertTrue(ready.body().contains("ready"), ready.body());
  }

  @Test
  void citizenReopensAResolvedCaseOncePerResolution() {
    Filed c = file("Marka jalan di Jalan Kolonel Atmo pudar", false);
    CaseState.Builder state = TrackerStandIn.routed(c.id(), "lalin", "Bidang Lalu Lintas", ROUTED_AT);
    tracker.publish(TrackerStandIn.move(state, CaseStatus.IN_PROGRESS, null, ROUTED_AT.plusSeconds(60)).build());
    awaitStatus(c.code(), "in_progress");
    assertFalse(intake.http.get("/lacak/" + c.code()).body().contains("reopen-submit"), "not offered before resolution");
    HttpResponse<String> early = reopen(c, UUID.randomUUID().toString(), "");
    assertEquals(409, early.statusCode());
    assertTrue(early.body().contains("tidak bisa dibuka kembali"), early.body());

    tracker.publish(TrackerStandIn.move(state, CaseStatus.RESOLVED, "Marka sudah dicat ulang.", ROUTED_AT.plusSeconds(3600)).build());
    awaitStatus(c.code(), "resolved");
    assertTrue(intake.http.get("/lacak/" + c.code()).body().contains("Masalah belum selesai?"));
    String token = UUID.randomUUID().toString();
    HttpResponse<String> sent = reopen(c, token, "Baru dicat separuh, hubungi saya 0812 3456 7890");
    assertEquals(303, sent.statusCode(), sent.body());
    assertEquals("/lacak/" + c.code() + "?dibuka=1", sent.headers().firstValue("Location").orElseThrow());
    assertEquals(303, reopen(c, token, "").statusCode(), "a resend of the same form");
    assertEquals(409, reopen(c, UUID.randomUUID().toString(), "").statusCode(), "one reopen per resolution");
    String after = intake.http.get("/lacak/" + c.code() + "?dibuka=1").body();
    assertTrue(after.contains("kami buka kembali") && !after.contains("reopen-submit"), after);

    var topic = intake.catalogue().caseUpdates();
    List<CaseUpdate> updates = intake.read(topic.name(), topic.valueSerde().deserializer()).stream()
        .filter(u -> u.getComplaintId().equals(c.id())).toList();
    assertEquals(1, updates.size(), updates.toString());
    CaseUpdate update = updates.get(0);
    assertEquals(CaseStatus.REOPENED, update.getStatus());
    assertEquals("citizen", update.getActor());
    assertEquals("lalin", update.getUnitId());
    assertEquals(26, update.getUpdateId().length());
    assertTrue(update.getNote().startsWith("Baru dicat separuh") && !update.getNote().contains("3456"), update.getNote());

    state = TrackerStandIn.move(state, CaseStatus.REOPENED, null, ROUTED_AT.plusSeconds(7200));
    tracker.publish(TrackerStandIn.move(state, CaseStatus.RESOLVED, "Sudah dicat penuh.", ROUTED_AT.plusSeconds(9000)).build());
    Eventually.await("the reopen form after the second resolution", WAIT,
        () -> intake.http.get("/lacak/" + c.code()).body(), page -> page.contains("reopen-submit"));
  }

  private HttpResponse<String> reopen(Filed c, String token, String reason) {
    return intake.http.postForm("/lacak/" + c.code() + "/buka-kembali", Map.of("token", token, "lang", "id", "alasan", reason));
  }

  private record Filed(String id, String code) {}

  private Filed file(String text, boolean confidential) {
    HttpResponse<String> r = intake.http.postJson("/api/v1/complaints",
        "{\"text\": \"" + text + "\", \"serviceCode\": \"traffic-light\", \"reporter\": {\"confidential\": " + confidential + "}}");
    assertEquals(202, r.statusCode(), r.body());
    JsonNode body = Http.json(r);
    return new Filed(body.get("complaintId").asText(), body.get("trackingCode").asText());
  }

  private JsonNode status(String code) {
    HttpResponse<String> r = intake.http.get("/api/v1/complaints/" + code);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  private JsonNode awaitStatus(String code, String status) {
    return Eventually.await("status " + status + " of " + code, WAIT, () -> status(code), j -> status.equals(j.get("status").asText()));
  }

  private static String label(String page) {
    return page.replaceAll("(?s).*<dd id=\"status\">([^<]*)</dd>.*", "$1");
  }
}
