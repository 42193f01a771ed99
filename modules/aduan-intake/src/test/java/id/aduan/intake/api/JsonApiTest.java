package id.aduan.intake.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ContactType;
import id.aduan.event.Reporter;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.produce.EventFactory;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonApiTest {
  private static final String FULL =
      """
      {"text": "Lampu merah di Simpang Charitas mati sejak pagi, hubungi 081234567890",
       "title": "APILL mati",
       "language": "id",
       "serviceCode": "traffic-light",
       "reporter": {"name": "Siti", "contact": "0812-3456-7890", "anonymous": false, "confidential": true},
       "location": {"lat": -2.9761, "lon": 104.7754, "address": "Simpang Charitas", "regionCode": "1671"},
       "attachments": [{"url": "https://files.example.org/a.jpg", "mediaType": "image/jpeg"}],
       "attributes": {"since": "pagi"}}
      """;

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final IntakeFixture intake;

  JsonApiTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
    this.intake = new IntakeFixture(kafka, registry);
  }

  @AfterAll
  void stop() {
    intake.close();
  }

  @Test
  void acceptedComplaintReachesTheTopicWithoutContactAndTheReporterTopicWithIt() {
    HttpResponse<String> response = intake.http.postJson("/api/v1/complaints", FULL, "Idempotency-Key", "full-1");
    assertEquals(202, response.statusCode(), response.body());
    JsonNode body = Http.json(response);
    String id = body.get("complaintId").asText();
    String code = body.get("trackingCode").asText();
    assertEquals(26, id.length());
    assertTrue(code.matches("[0-9A-Z]{5}-[0-9A-Z]{5}"), code);
    assertEquals("received", body.get("status").asText());

    ComplaintReceived event =
        intake.received().stream().filter(e -> e.getComplaintId().equals(id)).findFirst().orElseThrow();
    assertEquals(Channel.WEB, event.getChannel());
    assertEquals("full-1", event.getChannelMessageId());
    assertEquals("traffic-light", event.getServiceCode());
    assertEquals("1671", event.getLocation().getRegionCode());
    assertEquals(-2.9761, event.getLocation().getLat());
    assertEquals("https://files.example.org/a.jpg", event.getAttachments().get(0).getUrl());
    assertNull(event.getReporter().getContact(), "no contact on complaints.received");
    assertNull(event.getReporter().getContactType());
    assertNotNull(event.getReporter().getReporterKey());
    assertTrue(event.getReporter().getConfidential());

    Reporter reporter = intake.reporters().stream().filter(r -> r.getReporterKey().equals(event.getReporter().getReporterKey()))
        .findFirst().orElseThrow();
    assertEquals("+6281234567890", reporter.getContact());
    assertEquals(ContactType.PHONE, reporter.getContactType());

    var records = intake.readRecords(intake.catalogue().complaintsReceived().name(), new ByteArrayDeserializer());
    var record = records.stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();
    assertEquals(code, new String(record.headers().lastHeader(EventFactory.TRACKING_CODE_HEADER).value(), StandardCharsets.UTF_8));
  }

  @Test
  void sameReporterWrittenDifferentlyGetsTheSameKey() {
    String a = Http.json(intake.http.postJson("/api/v1/complaints",
        "{\"text\":\"satu\",\"reporter\":{\"contact\":\"+62 812 1111 2222\"}}")).get("complaintId").asText();
    String b = Http.json(intake.http.postJson("/api/v1/complaints",
        "{\"text\":\"dua\",\"reporter\":{\"contact\":\"081211112222\"}}")).get("complaintId").asText();
    Map<String, String> keys = intake.received().stream()
        .filter(e -> Set.of(a, b).contains(e.getComplaintId()))
        .collect(Collectors.toMap(ComplaintReceived::getComplaintId, e -> e.getReporter().getReporterKey()));
    assertEquals(keys.get(a), keys.get(b));
    assertFalse(keys.get(a).contains("1111"));
  }

  @Test
  void statusByTrackingCodeNeverShowsTheContact() {
    JsonNode accepted = Http.json(intake.http.postJson("/api/v1/complaints",
        "{\"text\":\"Bus tidak berhenti di halte\",\"reporter\":{\"name\":\"Budi\",\"contact\":\"budi@example.org\"}}"));
    String code = accepted.get("trackingCode").asText();
    HttpResponse<String> status = intake.http.get("/api/v1/complaints/" + code.toLowerCase().replace("-", ""));
    assertEquals(200, status.statusCode(), status.body());
    assertEquals("received", Http.json(status).get("status").asText());
    assertEquals(accepted.get("complaintId").asText(), Http.json(status).get("complaintId").asText());
    assertFalse(status.body().contains("budi"), status.body());
    assertFalse(status.body().contains("Budi"), status.body());
    assertEquals(404, intake.http.get("/api/v1/complaints/ZZZZZ-ZZZZZ").statusCode());
  }

  @Test
  void sameIdempotencyKeyGivesSameComplaintAndOneEvent() {
    String json = "{\"text\":\"Parkir liar di depan pasar\"}";
    List<HttpResponse<String>> answers =
        concurrently(4, i -> intake.http.postJson("/api/v1/complaints", json, "Idempotency-Key", "dup-key-1"));
    HttpResponse<String> later = intake.http.postJson("/api/v1/complaints", json, "Idempotency-Key", "dup-key-1");
    answers.add(later);
    Set<String> ids = answers.stream().peek(r -> assertEquals(202, r.statusCode(), r.body()))
        .map(r -> Http.json(r).get("complaintId").asText()).collect(Collectors.toSet());
    assertEquals(1, ids.size());
    assertEquals("true", later.headers().firstValue("Idempotent-Replayed").orElse(null));
    long events = intake.received().stream().filter(e -> e.getChannelMessageId().equals("dup-key-1")).count();
    assertEquals(1, events);
  }

  @Test
  void aKeyReusedWithAnotherBodyIs422AndTheNewContentIsNotTakenForTheOld() {
    String first = "{\"text\":\"Lampu jalan mati di Jl. Sudirman\"}";
    String other = "{\"text\":\"Terminal Alang-Alang Lebar kotor\"}";
    HttpResponse<String> accepted = intake.http.postJson("/api/v1/complaints", first, "Idempotency-Key", "reused-1");
    assertEquals(202, accepted.statusCode(), accepted.body());
    HttpResponse<String> reused = intake.http.postJson("/api/v1/complaints", other, "Idempotency-Key", "reused-1");
    assertEquals(422, reused.statusCode(), reused.body());
    assertEquals("application/problem+json", reused.headers().firstValue("Content-Type").orElse(""));
    assertEquals("urn:aduan:problem:idempotency-key-reused", Http.json(reused).get("type").asText());
    HttpResponse<String> retry = intake.http.postJson("/api/v1/complaints", first, "Idempotency-Key", "reused-1");
    assertEquals(202, retry.statusCode(), "the same body is still a retry");
    assertEquals(Http.json(accepted).get("complaintId"), Http.json(retry).get("complaintId"));

    Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("api_key", "test-key", "service_code", "parking",
        "lat", "-2.99", "long", "104.75", "description", "Parkir liar"));
    assertEquals(201, intake.http.postForm("/open311/v2/requests.json", form, "Idempotency-Key", "reused-2").statusCode());
    form.put("description", "Parkir liar di trotoar");
    HttpResponse<String> open311 = intake.http.postForm("/open311/v2/requests.json", form, "Idempotency-Key", "reused-2");
    assertEquals(422, open311.statusCode(), open311.body());
    assertEquals(422, Http.json(open311).get(0).get("code").asInt(), "in Open311's error format");

    List<ComplaintReceived> events = intake.received().stream()
        .filter(e -> Set.of("reused-1", "reused-2").contains(e.getChannelMessageId())).toList();
    assertEquals(2, events.size());
    assertTrue(events.stream().noneMatch(e -> e.getText().contains("Terminal") || e.getText().contains("trotoar")));
  }

  @Test
  void concurrentRequestsWithOneKeyAndDifferentBodiesFileOneComplaintAndRefuseTheOthers() {
    List<HttpResponse<String>> answers = concurrently(6, i -> intake.http.postJson("/api/v1/complaints",
        "{\"text\":\"Angkot ngetem sembarangan nomor " + (i % 2) + "\"}", "Idempotency-Key", "reused-race"));
    List<ComplaintReceived> events = intake.received().stream().filter(e -> e.getChannelMessageId().equals("reused-race")).toList();
    assertEquals(1, events.size());
    String filed = events.get(0).getText();
    for (HttpResponse<String> r : answers) {
      assertTrue(r.statusCode() == 202 || r.statusCode() == 422, r.statusCode() + " " + r.body());
    }
    assertEquals(3, answers.stream().filter(r -> r.statusCode() == 202).count(), "the three with the filed body: " + filed);
  }

  @Test
  void phoneNumbersWrittenInBracketsAsLinksOrWithALetterOAreStoredAsPhones() {
    Map<String, String> written = new java.util.LinkedHashMap<>();
    written.put("(0853) 1971-8129", "+6285319718129");
    written.put("wa.me/6285319718130", "+6285319718130");
    written.put("https://wa.me/6285319718131?text=halo", "+6285319718131");
    written.put("O8578 1234 5678", "+62857812345678");
    written.put("(+62) 853-1971-8132", "+6285319718132");
    written.put("tel:+6285319718133", "+6285319718133");
    Map<String, String> complaints = new java.util.LinkedHashMap<>();
    for (String contact : written.keySet()) {
      HttpResponse<String> r = intake.http.postJson("/api/v1/complaints",
          "{\"text\":\"Bus terlambat\",\"reporter\":{\"contact\":\"" + contact + "\"}}");
      assertEquals(202, r.statusCode(), r.body());
      complaints.put(Http.json(r).get("complaintId").asText(), contact);
    }
    Map<String, Reporter> byComplaint = new java.util.HashMap<>();
    intake.readRecords(intake.catalogue().reporters().name(), intake.catalogue().reporters().valueSerde().deserializer())
        .forEach(r -> byComplaint.put(r.key(), r.value()));
    complaints.forEach((id, contact) -> {
      Reporter reporter = byComplaint.get(id);
      assertEquals(ContactType.PHONE, reporter.getContactType(), contact);
      assertEquals(written.get(contact), reporter.getContact(), contact);
    });
  }

  @Test
  void badFieldsAreNamedInAProblem() {
    HttpResponse<String> response = intake.http.postJson("/api/v1/complaints",
        "{\"text\":\"  \",\"location\":{\"lat\":91,\"lon\":\"x\",\"regionCode\":\"16.71\"},\"serviceCode\":\"nope\","
            + "\"reporter\":{\"anonymous\":\"yes\"},\"attachments\":[{\"url\":\"ftp://x\"}]}");
    assertEquals(400, response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode problem = Http.json(response);
    assertEquals(400, problem.get("status").asInt());
    Set<String> fields = new java.util.HashSet<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertEquals(Set.of("text", "location.lat", "location.lon", "location.regionCode", "serviceCode",
        "reporter.anonymous", "attachments[0].url"), fields);
  }

  @Test
  void wrongMediaTypeTooLargeAndMalformedAreRefused() {
    assertEquals(415, intake.http.post("/api/v1/complaints", "text/plain", "hi".getBytes(), new String[0]).statusCode());
    assertEquals(415, intake.http.post("/api/v1/complaints", null, "{}".getBytes(), new String[0]).statusCode());
    byte[] big = ("{\"text\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertEquals(413, intake.http.post("/api/v1/complaints", "application/json", big).statusCode());
    assertEquals(400, intake.http.postJson("/api/v1/complaints", "{\"text\": ").statusCode());
    assertEquals(400, intake.http.postJson("/api/v1/complaints", "[1,2]").statusCode());
    assertEquals(400, intake.http.postJson("/api/v1/complaints", "{\"text\":\"a\",\"text\":\"b\"}").statusCode());
    assertEquals(400, intake.http.post("/api/v1/complaints", "application/json",
        new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}'}).statusCode());
    assertEquals(400, intake.http.postJson("/api/v1/complaints", "{\"text\":\"ok\"}", "Idempotency-Key", "a b").statusCode());
    assertEquals(405, intake.http.send(java.net.http.HttpRequest.newBuilder(intake.http.uri("/api/v1/complaints"))
        .DELETE()).statusCode());
  }

  @Test
  void pastTheRateAClientGets429WithRetryAfter() {
    try (IntakeFixture limited = new IntakeFixture(kafka, registry,
        Map.of(IntakeConfig.RATE_PER_MINUTE, "6", IntakeConfig.RATE_BURST, "2"))) {
      int tooMany = 0;
      String retryAfter = null;
      for (int i = 0; i < 4; i++) {
        HttpResponse<String> r = limited.http.postJson("/api/v1/complaints", "{\"text\":\"x\"}");
        if (r.statusCode() == 429) {
          tooMany++;
          retryAfter = r.headers().firstValue("Retry-After").orElse(null);
        }
      }
      assertEquals(2, tooMany);
      assertNotNull(retryAfter);
      assertTrue(Integer.parseInt(retryAfter) >= 1);
    }
  }

  @Test
  void openApiDocumentIsServed() {
    HttpResponse<String> doc = intake.http.get("/openapi.json");
    assertEquals(200, doc.statusCode());
    assertTrue(Http.json(doc).get("paths").has("/api/v1/complaints"));
  }

  /** Sends {@code n} requests at once, each from its own thread; answers them all. */
  private static List<HttpResponse<String>> concurrently(int n, java.util.function.IntFunction<HttpResponse<String>> request) {
    List<HttpResponse<String>> answers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      Thread t = new Thread(() -> {
        HttpResponse<String> r = request.apply(index);
        synchronized (answers) {
          answers.add(r);
        }
      });
      threads.add(t);
      t.start();
    }
    threads.forEach(JsonApiTest::join);
    return answers;
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
