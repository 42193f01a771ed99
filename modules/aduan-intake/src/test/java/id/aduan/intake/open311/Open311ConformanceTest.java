package id.aduan.intake.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GeoReport v2 as its specification lists it (wiki.open311.org/GeoReport_v2): each method's fields, the
 * error format and codes, in XML and in JSON.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311ConformanceTest {
  static final List<String> SERVICE_FIELDS =
      List.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
  static final List<String> REQUEST_FIELDS =
      List.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
          "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
          "address", "address_id", "zipcode", "lat", "long", "media_url");
  static final Set<String> POST_RESPONSE_FIELDS = Set.of("service_request_id", "token", "service_notice", "account_id");

  private final IntakeFixture intake;

  Open311ConformanceTest(KafkaCluster kafka, SchemaRegistry registry) {
    intake = new IntakeFixture(kafka, registry);
  }

  @AfterAll
  void stop() {
    intake.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void servicesListEveryCategoryWithTheSpecsFields(String format) {
    HttpResponse<String> response = intake.http.get("/open311/v2/services." + format);
    assertFormat(response, format, 200);
    Open311Document doc = Open311Document.parse(response, format);
    assertRoot(doc, format, "services");
    assertEquals(14, doc.items().size());
    for (Map<String, String> service : doc.items()) {
      assertEquals(SERVICE_FIELDS, List.copyOf(service.keySet()));
      assertTrue(Set.of("true", "false").contains(service.get("metadata")));
      assertTrue(Set.of("realtime", "batch", "blackbox").contains(service.get("type")));
    }
    assertTrue(doc.items().stream().anyMatch(s -> s.get("service_code").equals("pungli")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void serviceDefinitionAndUnknownService(String format) {
    HttpResponse<String> response = intake.http.get("/open311/v2/services/traffic-light." + format);
    assertFormat(response, format, 200);
    Map<String, String> definition = Open311Document.parse(response, format).items().get(0);
    assertEquals("traffic-light", definition.get("service_code"));
    assertTrue(definition.containsKey("attributes"));
    assertError(intake.http.get("/open311/v2/services/no-such." + format), format, 404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void postARequestThenFindItByIdByListAndByToken(String format) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", "test-key");
    form.put("service_code", "street-light");
    form.put("lat", "-2.9909");
    form.put("long", "104.7566");
    form.put("address_string", "Jl. Merdeka depan kantor walikota");
    form.put("description", "Lampu PJU mati tiga tiang");
    form.put("email", "warga@example.org");
    form.put("first_name", "Ani");
    form.put("attribute[tiang]", "3");
    form.put("media_url", "https://files.example.org/pju.jpg");
    HttpResponse<String> created = intake.http.postForm("/open311/v2/requests." + format, form);
    assertFormat(created, format, 201);
    Map<String, String> answer = Open311Document.parse(created, format).items().get(0);
    assertTrue(POST_RESPONSE_FIELDS.containsAll(answer.keySet()), answer.toString());
    String id = answer.get("service_request_id");
    assertNotNull(id);

    ComplaintReceived event = intake.received().stream().filter(e -> e.getComplaintId().equals(id)).findFirst().orElseThrow();
    assertEquals(Channel.OPEN311, event.getChannel());
    assertEquals("street-light", event.getServiceCode());
    assertEquals("3", event.getAttributes().get("tiang"));
    assertEquals(104.7566, event.getLocation().getLon());
    assertEquals("https://files.example.org/pju.jpg", event.getAttachments().get(0).getUrl());

    HttpResponse<String> one = intake.http.get("/open311/v2/requests/" + id + "." + format);
    assertFormat(one, format, 200);
    Open311Document doc = Open311Document.parse(one, format);
    assertRoot(doc, format, "service_requests");
    Map<String, String> request = doc.items().get(0);
    assertEquals(REQUEST_FIELDS, List.copyOf(request.keySet()));
    assertEquals("open", request.get("status"));
    assertEquals("street-light", request.get("service_code"));
    OffsetDateTime.parse(request.get("requested_datetime"));
    assertTrue(!one.body().contains("warga@example.org") && !one.body().contains("Lampu PJU"), "no contact, no raw text");

    Open311Document listed = Open311Document.parse(intake.http.get("/open311/v2/requests." + format
        + "?service_request_id=" + id + "&status=open"), format);
    assertEquals(1, listed.items().size());
    assertEquals(0, Open311Document.parse(intake.http.get("/open311/v2/requests." + format
        + "?service_request_id=" + id + "&status=closed"), format).items().size());
    assertEquals(0, Open311Document.parse(intake.http.get("/open311/v2/requests." + format
        + "?service_code=kir&start_date=2020-01-01T00:00:00Z"), format).items().stream()
        .filter(r -> id.equals(r.get("service_request_id"))).count());

    String token = Http.json(intake.http.get("/api/v1/complaints/" + id)).get("trackingCode").asText();
    Map<String, String> byToken = Open311Document.parse(intake.http.get("/open311/v2/tokens/" + token + "." + format), format).items().get(0);
    assertEquals(id, byToken.get("service_request_id"));
    assertEquals(token, byToken.get("token"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void errorsUseTheSpecsFormatAndCodes(String format) {
    String path = "/open311/v2/requests." + format;
    assertError(intake.http.postForm(path, Map.of("service_code", "parking", "lat", "1", "long", "2")), format, 403);
    assertError(intake.http.postForm(path, Map.of("api_key", "wrong", "service_code", "parking", "lat", "1", "long", "2")), format, 403);
    assertError(intake.http.postForm(path, Map.of("api_key", "test-key", "lat", "1", "long", "2")), format, 400);
    assertError(intake.http.postForm(path, Map.of("api_key", "test-key", "service_code", "parking")), format, 400);
    assertError(intake.http.postForm(path, Map.of("api_key", "test-key", "service_code", "parking", "lat", "95", "long", "2")), format, 400);
    assertError(intake.http.postForm(path, Map.of("api_key", "test-key", "service_code", "parking", "lat", "1", "long", "2",
        "jurisdiction_id", "elsewhere.example")), format, 404);
    assertError(intake.http.get("/open311/v2/requests/01ARZ3NDEKTSV4RRFFQ69G5FAV." + format), format, 404);
    assertError(intake.http.get("/open311/v2/tokens/ZZZZZ-ZZZZZ." + format), format, 404);
    assertError(intake.http.get(path + "?status=maybe"), format, 400);
    assertError(intake.http.get(path + "?start_date=yesterday"), format, 400);
    assertError(intake.http.post(path, "application/json", "{}".getBytes()), format, 415);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void discoveryDocumentPointsAtTheEndpoint(String format) {
    HttpResponse<String> response = intake.http.get("/open311/discovery." + format);
    assertFormat(response, format, 200);
    assertTrue(response.body().contains("http://wiki.open311.org/GeoReport_v2"));
    assertTrue(response.body().contains("/open311/v2"));
    Map<String, String> doc = Open311Document.parse(response, format).items().get(0);
    assertTrue(doc.keySet().containsAll(List.of("changeset", "contact", "key_service", "endpoints")), doc.toString());
  }

  private static void assertFormat(HttpResponse<String> response, String format, int status) {
    assertEquals(status, response.statusCode(), response.body());
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith(format.equals("xml") ? "text/xml" : "application/json"), type);
    if (format.equals("xml")) {
      assertTrue(response.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), response.body());
    }
  }

  private static void assertRoot(Open311Document doc, String format, String xmlRoot) {
    assertEquals(format.equals("xml") ? xmlRoot : "[]", doc.root());
  }

  private static void assertError(HttpResponse<String> response, String format, int code) {
    assertFormat(response, format, code);
    Open311Document doc = Open311Document.parse(response, format);
    assertRoot(doc, format, "errors");
    assertTrue(!doc.items().isEmpty());
    for (Map<String, String> error : doc.items()) {
      assertEquals(Set.of("code", "description"), error.keySet());
      assertEquals(Integer.toString(code), error.get("code"));
    }
  }
}
