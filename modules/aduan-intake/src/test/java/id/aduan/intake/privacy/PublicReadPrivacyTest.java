package id.aduan.intake.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.intake.idempotency.IntakeTopics;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What anyone can read without logging in (Open311 listings and lookups, the status API, the tracking page)
 * and what intake keeps on its ledger topic: none of it carries the names, phone numbers, plates and e-mail
 * addresses citizens write into addresses and texts.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReadPrivacyTest {
  private static final String NAME = "Budi Santoso";
  private static final String PHONE = "081234567890";
  private static final String PHONE_GROUPED = "0812-9876-5432";
  private static final String PLATE = "BG 4321 KL";
  private static final String EMAIL = "budi.santoso@example.org";
  private static final List<String> RAW = List.of(NAME, PHONE, PHONE_GROUPED, PLATE, EMAIL, "Santoso", "4321");
  private static final String ADDRESS =
      "Jl. Merdeka 5 depan rumah, nama saya " + NAME + ", HP " + PHONE + ", mobil " + PLATE + ", " + EMAIL;
  private static final String TEXT =
      "Parkir liar di depan rumah. Nama saya " + NAME + ", hubungi " + PHONE_GROUPED + " atau " + EMAIL + ", pelaku " + PLATE;

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final IntakeFixture intake;

  PublicReadPrivacyTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
    this.intake = new IntakeFixture(kafka, registry);
  }

  @AfterAll
  void stop() {
    intake.close();
  }

  @Test
  void neitherTheLedgerNorAnyPublicAnswerHoldsWhatCitizensWroteAboutThemselves() {
    List<String> ids = new ArrayList<>();
    ids.add(Http.json(accepted(intake.http.postJson("/api/v1/complaints", "{\"text\":" + quote(TEXT) + ",\"title\":" + quote(TEXT)
        + ",\"reporter\":{\"name\":" + quote(NAME) + ",\"contact\":" + quote(EMAIL) + "},\"location\":{\"lat\":-2.99,\"lon\":104.75,"
        + "\"address\":" + quote(ADDRESS) + "},\"attachments\":[{\"url\":\"https://files.example.org/" + PHONE + ".jpg\"}]}",
        "Idempotency-Key", "privacy-json"), 202)).get("complaintId").asText());
    Map<String, String> open311 = new LinkedHashMap<>();
    open311.put("api_key", "test-key");
    open311.put("service_code", "parking");
    open311.put("address_string", ADDRESS);
    open311.put("description", TEXT);
    open311.put("email", EMAIL);
    open311.put("phone", PHONE);
    open311.put("first_name", NAME);
    open311.put("media_url", "https://files.example.org/" + PHONE + ".jpg");
    ids.add(Http.json(accepted(intake.http.postForm("/open311/v2/requests.json", open311), 201)).get(0)
        .get("service_request_id").asText());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("isi", TEXT);
    form.put("lokasi", ADDRESS);
    form.put("nama", NAME);
    form.put("kontak", PHONE);
    form.put("token", "6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab");
    String formAnswer = accepted(intake.http.postForm("/lapor", form), 303).headers().firstValue("Location").orElseThrow();
    ids.add(Http.json(intake.http.get("/api/v1/complaints/" + formAnswer.substring(7, 18))).get("complaintId").asText());
    accepted(intake.http.postForm("/sms/inbound", Map.of("from", PHONE, "id", "privacy-sms", "text", "ADUAN#" + ADDRESS + "#" + TEXT)), 200);
    ids.add(intake.app().intake().ledger().byIdempotencyKey("SMS:privacy-sms").orElseThrow().complaintId());
    String secretId = Http.json(accepted(intake.http.postJson("/api/v1/complaints", "{\"text\":\"rahasia\",\"reporter\":"
        + "{\"confidential\":true},\"location\":{\"lat\":-2.5,\"lon\":104.5,\"address\":\"Gang Mawar 3\"}}"), 202))
        .get("complaintId").asText();

    List<String> answers = new ArrayList<>();
    for (String format : List.of("json", "xml")) {
      answers.add(intake.http.get("/open311/v2/requests." + format).body());
      answers.add(intake.http.get("/open311/v2/requests." + format + "?service_request_id=" + String.join(",", ids)).body());
      for (String id : ids) {
        answers.add(intake.http.get("/open311/v2/requests/" + id + "." + format).body());
        String code = Http.json(intake.http.get("/api/v1/complaints/" + id)).get("trackingCode").asText();
        answers.add(intake.http.get("/open311/v2/tokens/" + code + "." + format).body());
        answers.add(intake.http.get("/api/v1/complaints/" + code).body());
        answers.add(intake.http.get("/lacak/" + code).body());
      }
    }
    for (String answer : answers) {
      for (String raw : RAW) {
        assertFalse(answer.contains(raw), () -> "'" + raw + "' in a public answer: " + answer);
      }
    }
    JsonNode listed = Http.json(intake.http.get("/open311/v2/requests.json?service_request_id=" + ids.get(0)));
    assertEquals("Jl. Merdeka 5 depan rumah, nama saya [NAMA], HP [TELEPON], mobil [PLAT], [EMAIL]",
        listed.get(0).get("address").asText(), "the address is shown, masked");
    JsonNode secret = Http.json(intake.http.get("/open311/v2/requests/" + secretId + ".json")).get(0);
    assertTrue(secret.get("address").isNull() && secret.get("lat").isNull(), secret.toString());

    String ledgerTopic = IntakeTopics.ledger(intake.catalogue());
    var records = intake.readRecords(ledgerTopic, new ByteArrayDeserializer());
    assertTrue(records.size() >= ids.size() + 1, "every complaint has its ledger entry");
    for (var record : records) {
      String value = new String(record.value(), StandardCharsets.UTF_8);
      for (String raw : RAW) {
        assertFalse(value.contains(raw) || record.key().contains(raw), () -> "'" + raw + "' on the ledger: " + value);
      }
      assertFalse(value.contains("Gang Mawar") || value.contains("104.5"), "no place of a confidential complaint: " + value);
    }
  }

  @Test
  void entriesOfThePreviousFormatAreReadMaskedAndRewritten() throws Exception {
    // its own topics: the raw entries written here stay on the topic until compaction
    try (IntakeFixture intake = new IntakeFixture(kafka, registry)) {
      previousFormat(intake);
    }
  }

  private void previousFormat(IntakeFixture intake) throws Exception {
    String ledgerTopic = IntakeTopics.ledger(intake.catalogue());
    long at = Instant.now().minusSeconds(3600).toEpochMilli();
    String id = "01JDQ000000000000000000001";
    String secretId = "01JDQ000000000000000000002";
    String legacy = "{\"idempotencyKey\":\"WEB:legacy-1\",\"complaintId\":\"" + id + "\",\"trackingCode\":\"7K3QX-9MZ2A\","
        + "\"channel\":\"WEB\",\"receivedAt\":" + at + ",\"serviceCode\":\"parking\",\"lat\":-2.9,\"lon\":104.7,"
        + "\"address\":\"depan rumah " + PHONE + " mobil " + PLATE + "\",\"confidential\":false}";
    String legacySecret = "{\"complaintId\":\"" + secretId + "\",\"trackingCode\":\"7K3QX-9MZ2B\",\"channel\":\"SMS\","
        + "\"receivedAt\":" + at + ",\"lat\":-2.8,\"lon\":104.6,\"address\":\"Gang Melati 9\",\"confidential\":true}";
    try (var producer = new KafkaProducer<>(kafka.producerProps(), new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(ledgerTopic, "WEB:legacy-1", legacy)).get();
      producer.send(new ProducerRecord<>(ledgerTopic, "id:" + secretId, legacySecret)).get();
    }
    intake.restart();

    JsonNode shown = Http.json(intake.http.get("/open311/v2/requests/" + id + ".json")).get(0);
    assertEquals("depan rumah [TELEPON] mobil [PLAT]", shown.get("address").asText());
    assertTrue(Http.json(intake.http.get("/open311/v2/requests/" + secretId + ".json")).get(0).get("address").isNull());
    HttpResponse<String> again = intake.http.postJson("/api/v1/complaints", "{\"text\":\"apa saja\"}", "Idempotency-Key", "legacy-1");
    assertEquals(202, again.statusCode(), again.body());
    assertEquals(id, Http.json(again).get("complaintId").asText(), "a key of the previous version is still recognised");

    Map<String, String> latest = new LinkedHashMap<>();
    intake.readRecords(ledgerTopic, new ByteArrayDeserializer())
        .forEach(r -> latest.put(r.key(), new String(r.value(), StandardCharsets.UTF_8)));
    assertTrue(latest.get("WEB:legacy-1").contains("\"format\":2"), latest.get("WEB:legacy-1"));
    assertFalse(latest.get("WEB:legacy-1").contains(PHONE), latest.get("WEB:legacy-1"));
    assertFalse(latest.get("id:" + secretId).contains("Gang Melati"), latest.get("id:" + secretId));
    assertNull(Http.json(intake.http.get("/open311/v2/requests/" + secretId + ".json")).get(0).get("lat").textValue());
  }

  private static HttpResponse<String> accepted(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    return response;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\\\"") + "\"";
  }
}
