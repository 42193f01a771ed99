package id.aduan.intake.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.SkmScores;
import id.aduan.event.SurveyResponse;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The citizen's SKM survey through the JSON API, the tracking page's form and SMS: refused before the case
 * is resolved and after it was rated, bad scores named, and each accepted answer read back from
 * {@code surveys.responses} with its scores, unit and channel.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String NINE = "{\"persyaratan\": 4, \"prosedur\": 3, \"waktu\": 2, \"biaya\": 4, \"produk\": 3,"
      + " \"kompetensi\": 4, \"perilaku\": 4, \"penangananPengaduan\": 1, \"sarana\": 3}";

  private final IntakeFixture intake;
  private final TrackerStandIn tracker;

  SurveyTest(KafkaCluster kafka, SchemaRegistry registry) {
    intake = new IntakeFixture(kafka, registry);
    tracker = new TrackerStandIn(kafka, intake.catalogue().caseState());
    Eventually.await("case states loaded", WAIT, () -> intake.http.get("/health/ready").statusCode(), s -> s == 200);
  }

  @AfterAll
  void stop() {
    tracker.close();
    intake.close();
  }

  @Test
  void jsonSurveyIsRefusedBeforeResolutionAcceptedOnceAfterAndReadBackFromTheTopic() {
    Filed c = file("Halte Trans Musi di Jalan Sudirman rusak");
    CaseState.Builder state = TrackerStandIn.routed(c.id(), "angkutan", "Bidang Angkutan", Instant.now());
    tracker.publish(state.build());
    awaitStatus(c, "routed");
    HttpResponse<String> early = survey(c, "{\"scores\": " + NINE + "}", "early-1");
    assertEquals(409, early.statusCode(), early.body());
    assertEquals(SurveyIntake.NOT_OPEN, Http.json(early).get("type").asText());

    tracker.publish(TrackerStandIn.move(state, CaseStatus.RESOLVED, "Halte sudah diperbaiki.", Instant.now()).build());
    assertTrue(awaitStatus(c, "resolved").get("survey").get("open").asBoolean());
    HttpResponse<String> accepted = survey(c,
        "{\"scores\": " + NINE + ", \"comment\": \"Cepat, terima kasih. Hubungi saya di 0812-3456-7890\"}", "first-1");
    assertEquals(201, accepted.statusCode(), accepted.body());
    String responseId = Http.json(accepted).get("responseId").asText();
    assertEquals(26, responseId.length());

    HttpResponse<String> replay = survey(c, "{\"scores\": " + NINE + "}", "first-1");
    assertEquals(201, replay.statusCode(), replay.body());
    assertEquals(responseId, Http.json(replay).get("responseId").asText(), "the same request gets the same answer");
    assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""));
    HttpResponse<String> second = survey(c, "{\"scores\": " + NINE + "}", "second-1");
    assertEquals(409, second.statusCode(), second.body());
    assertEquals(SurveyIntake.ANSWERED, Http.json(second).get("type").asText());
    JsonNode status = awaitStatus(c, "resolved");
    assertFalse(status.get("survey").get("open").asBoolean());
    assertTrue(status.get("survey").get("answered").asBoolean());

    List<SurveyResponse> responses = responsesFor(c.id());
    assertEquals(1, responses.size(), responses.toString());
    SurveyResponse response = responses.get(0);
    assertEquals(responseId, response.getResponseId());
    assertEquals("angkutan", response.getUnitId());
    assertEquals(Channel.WEB, response.getChannel());
    assertEquals(SkmScores.newBuilder().setPersyaratan(4).setProsedur(3).setWaktu(2).setBiaya(4).setProduk(3).setKompetensi(4)
        .setPerilaku(4).setPenangananPengaduan(1).setSarana(3).build(), response.getScores());
    assertTrue(response.getComment().startsWith("Cepat, terima kasih."), response.getComment());
    assertFalse(response.getComment().contains("3456"), "the phone number is masked: " + response.getComment());
  }

  @Test
  void aCaseTheTrackerMarksAsRatedIsRefusedAndClosedCasesCanBeRated() {
    Filed rated = file("Lampu jalan di Jembatan Ampera padam");
    tracker.publish(TrackerStandIn.move(TrackerStandIn.routed(rated.id(), "sarpras", "Sarana Prasarana", Instant.now()),
        CaseStatus.CLOSED, null, Instant.now()).setSurveyScores(TrackerStandIn.ANSWERED).setSurveyedAt(Instant.now()).build());
    awaitStatus(rated, "closed");
    HttpResponse<String> refused = survey(rated, "{\"scores\": " + NINE + "}", null);
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(intake.http.get("/lacak/" + rated.code()).body().contains("sudah pernah diberikan"));

    Filed closed = file("Rambu dilarang parkir tertutup pohon");
    tracker.publish(TrackerStandIn.move(TrackerStandIn.routed(closed.id(), "lalin", "Bidang Lalu Lintas", Instant.now()),
        CaseStatus.CLOSED, null, Instant.now()).build());
    awaitStatus(closed, "closed");
    assertEquals(201, survey(closed, "{\"scores\": " + NINE + "}", null).statusCode());
  }

  @Test
  void badScoresAreNamedAndNothingIsPublished() {
    Filed c = resolvedCase("Terminal Karya Jaya gelap di malam hari", "terminal");
    HttpResponse<String> bad = survey(c, "{\"scores\": {\"persyaratan\": 0, \"prosedur\": 5, \"waktu\": \"4\", \"biaya\": 2.5,"
        + " \"produk\": 3, \"kompetensi\": 4, \"perilaku\": 4, \"penangananPengaduan\": 1}}", null);
    assertEquals(400, bad.statusCode(), bad.body());
    Set<String> fields = fields(bad);
    assertEquals(Set.of("persyaratan", "prosedur", "waktu", "biaya", "sarana"), fields);
    HttpResponse<String> none = survey(c, "{\"comment\": \"bagus\"}", null);
    assertEquals(400, none.statusCode());
    assertEquals(Set.of("scores"), fields(none));
    assertEquals(415, intake.http.post("/api/v1/complaints/" + c.code() + "/survey", "text/plain",
        "4".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertEquals(404, intake.http.postJson("/api/v1/complaints/ZZZZZ-ZZZZZ/survey", "{\"scores\": " + NINE + "}").statusCode());
    assertEquals(400, survey(c, "{\"scores\": " + NINE + ", \"scores\": " + NINE + "}", null).statusCode(), "duplicate keys");
    assertTrue(Http.json(intake.http.get("/openapi.json")).get("paths").has("/api/v1/complaints/{trackingCode}/survey"));
    assertTrue(responsesFor(c.id()).isEmpty());
    assertEquals(201, survey(c, "{\"scores\": " + NINE + "}", null).statusCode(), "the case can still be rated");
  }

  @Test
  void trackingPageFormRatesOnceAndRefusesOtherSites() {
    Filed c = resolvedCase("Petugas KIR meminta biaya tambahan", "kir");
    String page = intake.http.get("/lacak/" + c.code()).body();
    assertTrue(page.contains("action=\"/lacak/" + c.code() + "/survei\""), page);
    for (SkmElement element : SkmElement.values()) {
      assertTrue(page.contains("name=\"" + element.field() + "\" value=\"4\""), element.field());
    }
    assertTrue(page.contains("tidak baik") && page.contains("kurang baik") && page.contains("sangat baik"), page);
    String english = intake.http.get("/lacak/" + c.code() + "?lang=en").body();
    assertTrue(english.contains("Rate our service") && english.contains("very good") && english.contains("Staff conduct"), english);
    String token = page.replaceAll("(?s).*name=\"token\" value=\"([0-9a-f-]{36})\".*", "$1");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", token);
    form.put("lang", "id");
    for (SkmElement element : SkmElement.values()) {
      form.put(element.field(), "3");
    }
    form.remove("sarana");
    HttpResponse<String> missing = intake.http.postForm("/lacak/" + c.code() + "/survei", form);
    assertEquals(400, missing.statusCode());
    assertTrue(missing.body().contains("href=\"#sarana\"") && missing.body().contains("checked"), missing.body());

    form.put("sarana", "2");
    HttpResponse<String> foreign = intake.http.postForm("/lacak/" + c.code() + "/survei", form, "Origin", "https://evil.example");
    assertEquals(403, foreign.statusCode());
    assertTrue(responsesFor(c.id()).isEmpty(), "a post from another site is not recorded");

    HttpResponse<String> sent = intake.http.postForm("/lacak/" + c.code() + "/survei", form,
        "Origin", "http://" + intake.http.uri("/").getAuthority());
    assertEquals(303, sent.statusCode(), sent.body());
    assertEquals("/lacak/" + c.code() + "?survei=terima", sent.headers().firstValue("Location").orElseThrow());
    assertEquals(303, intake.http.postForm("/lacak/" + c.code() + "/survei", form).statusCode(), "a resend of the same form");
    form.put("token", java.util.UUID.randomUUID().toString());
    HttpResponse<String> again = intake.http.postForm("/lacak/" + c.code() + "/survei", form);
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("sudah pernah diberikan"), again.body());

    List<SurveyResponse> responses = responsesFor(c.id());
    assertEquals(1, responses.size());
    assertEquals(Channel.WEB, responses.get(0).getChannel());
    assertEquals("kir", responses.get(0).getUnitId());
    assertEquals(2, responses.get(0).getScores().getSarana());
    assertEquals(3, responses.get(0).getScores().getPersyaratan());
  }

  @Test
  void smsKeywordRatesWithNineScoresOrOneAndAlwaysReplies() {
    Filed nine = resolvedCase("Kapal penyeberangan Sungai Musi terlambat", "sungai");
    assertTrue(sms("SKM " + nine.code() + " 4 4 3 4 4 4 3 4 2", "sms-1").contains("sudah kami terima"));
    assertTrue(sms("skm " + nine.code() + " 4", "sms-2").contains("sudah pernah"));
    Filed one = resolvedCase("Bus AKDP ugal-ugalan di jalan lintas", "angkutan");
    assertTrue(sms("SKM " + one.code().toLowerCase().replace("-", " ") + " 3", "sms-3").contains("sudah kami terima"));
    Filed open = file("Parkir liar di depan Pasar Cinde");
    assertTrue(sms("SKM " + open.code() + " 4", "sms-4").contains("setelah pengaduan selesai"));
    assertTrue(sms("SKM " + nine.code() + " 5 4", "sms-5").startsWith("Format: SKM"));
    assertTrue(sms("SKM ZZZZZ-ZZZZZ 4", "sms-6").contains("tidak ditemukan"));

    SurveyResponse byNine = responsesFor(nine.id()).get(0);
    assertEquals(Channel.SMS, byNine.getChannel());
    assertEquals("sungai", byNine.getUnitId());
    assertEquals(2, byNine.getScores().getSarana());
    assertEquals(3, byNine.getScores().getWaktu());
    SurveyResponse byOne = responsesFor(one.id()).get(0);
    assertEquals(SkmScores.newBuilder().setPersyaratan(3).setProsedur(3).setWaktu(3).setBiaya(3).setProduk(3).setKompetensi(3)
        .setPerilaku(3).setPenangananPengaduan(3).setSarana(3).build(), byOne.getScores());
    assertTrue(responsesFor(open.id()).isEmpty());
    assertTrue(intake.received().stream().noneMatch(e -> e.getText().toUpperCase().startsWith("SKM")),
        "survey messages are never filed as complaints");
  }

  private record Filed(String id, String code) {}

  private Filed file(String text) {
    HttpResponse<String> r = intake.http.postJson("/api/v1/complaints", "{\"text\": \"" + text + "\"}");
    assertEquals(202, r.statusCode(), r.body());
    JsonNode body = Http.json(r);
    return new Filed(body.get("complaintId").asText(), body.get("trackingCode").asText());
  }

  private Filed resolvedCase(String text, String unitId) {
    Filed c = file(text);
    tracker.publish(TrackerStandIn.move(TrackerStandIn.routed(c.id(), unitId, "Unit " + unitId, Instant.now()),
        CaseStatus.RESOLVED, "Sudah ditindaklanjuti.", Instant.now()).build());
    awaitStatus(c, "resolved");
    return c;
  }

  private JsonNode awaitStatus(Filed c, String status) {
    return Eventually.await("status " + status + " of " + c.code(), WAIT,
        () -> Http.json(intake.http.get("/api/v1/complaints/" + c.code())), j -> status.equals(j.path("status").asText()));
  }

  private HttpResponse<String> survey(Filed c, String json, String idempotencyKey) {
    return idempotencyKey == null
        ? intake.http.postJson("/api/v1/complaints/" + c.code() + "/survey", json)
        : intake.http.postJson("/api/v1/complaints/" + c.code() + "/survey", json, "Idempotency-Key", idempotencyKey);
  }

  private String sms(String text, String id) {
    HttpResponse<String> r = intake.http.postForm("/sms/inbound", Map.of("from", "081377770000", "text", text, "id", id),
        "Accept", "text/plain");
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private List<SurveyResponse> responsesFor(String complaintId) {
    var topic = intake.catalogue().surveyResponses();
    return intake.readRecords(topic.name(), topic.valueSerde().deserializer()).stream()
        .filter(r -> complaintId.equals(r.key())).map(r -> r.value()).collect(Collectors.toList());
  }

  private static Set<String> fields(HttpResponse<String> response) {
    Set<String> fields = new java.util.HashSet<>();
    Http.json(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}
