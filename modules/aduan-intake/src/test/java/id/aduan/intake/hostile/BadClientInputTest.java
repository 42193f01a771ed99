package id.aduan.intake.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.event.ComplaintReceived;
import id.aduan.intake.http.Signatures;
import id.aduan.intake.submit.EventTimes;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.intake.support.RawHttp;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input once answered with a 5xx: form bodies in charsets that cannot carry a form, claimed event times far
 * outside anything plausible (up to the edges of {@link Instant} and past them), request lines Jetty refuses.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadClientInputTest {
  /** 10^9 years in seconds, as the campaign sent them. */
  private static final BigInteger BILLION_YEARS = BigInteger.valueOf(31_556_952L).multiply(BigInteger.TEN.pow(9));

  private final IntakeFixture intake;

  BadClientInputTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.intake = new IntakeFixture(kafka, registry);
  }

  @AfterAll
  void stop() {
    intake.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-UTF-32BE-BOM", "X-UTF-32LE-BOM", "UTF-16", "UTF-32"})
  void formBodiesInACharsetThatCannotCarryAFormAre415(String charset) {
    String contentType = "application/x-www-form-urlencoded; charset=" + charset;
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("/sms/inbound", "from=081234567890&id=cs-" + charset + "&text=lampu+mati");
    bodies.put("/lapor", "isi=lampu+mati&token=6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab");
    bodies.put("/open311/v2/requests.json", "api_key=test-key&service_code=parking&lat=-2.9&long=104.7");
    bodies.put("/open311/v2/requests.xml", "api_key=test-key&service_code=parking&lat=-2.9&long=104.7");
    int before = intake.app().intake().ledger().all().size();
    bodies.forEach((path, body) -> {
      for (byte[] bytes : List.of(body.getBytes(StandardCharsets.US_ASCII), body.getBytes(java.nio.charset.Charset.forName(charset)))) {
        HttpResponse<String> answer = intake.http.post(path, contentType, bytes);
        assertEquals(415, answer.statusCode(), path + ": " + answer.body());
        assertTrue(answer.body().contains(charset) || answer.body().contains(java.nio.charset.Charset.forName(charset).name()),
            "the answer names the charset: " + answer.body());
      }
    });
    assertEquals(before, intake.app().intake().ledger().all().size(), "nothing filed");
  }

  @Test
  void claimedTimesOutsideThePlausibleWindowAreReplacedByTheArrivalTime() {
    long maxSecond = Instant.MAX.getEpochSecond();
    List<String> implausible = List.of(
        postMeta("created-just-past-instant", "\"created_time\":" + (maxSecond + 1)),
        postMeta("created-just-before-instant", "\"created_time\":" + (Instant.MIN.getEpochSecond() - 1)),
        postMeta("created-plus-billion-years", "\"created_time\":" + BILLION_YEARS),
        postMeta("created-minus-billion-years", "\"created_time\":" + BILLION_YEARS.negate()),
        postMeta("created-long-max", "\"created_time\":" + Long.MAX_VALUE),
        postMeta("created-huge", "\"created_time\":1e300"),
        postMeta("created-beyond-double", "\"created_time\":1e400"),
        postMeta("created-below-double", "\"created_time\":-1e400"),
        postMeta("created-epoch-zero", "\"created_time\":0"),
        postMetaMessage("mid-long-min", Long.MIN_VALUE),
        postMetaMessage("mid-long-max", Long.MAX_VALUE),
        postX("9000000000000000001", "+1000000000-01-01T00:00:00Z"),
        postX("9000000000000000002", "-1000000000-01-01T00:00:00Z"),
        postX("9000000000000000003", "+999999999-12-31T23:59:59.999999999Z"),
        postX("9000000000000000004", Instant.now().plus(Duration.ofHours(1)).toString()));
    Instant recent = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
    List<String> plausible = List.of(
        postX("9000000000000000005", recent.toString()),
        postMeta("created-two-days-ago", "\"created_time\":" + recent.getEpochSecond() + String.format(".%03d", recent.getNano() / 1_000_000)),
        postMetaMessage("mid-two-days-ago", recent.toEpochMilli()));

    Map<String, ComplaintReceived> events = new LinkedHashMap<>();
    intake.received().forEach(e -> events.put(e.getChannelMessageId(), e));
    implausible.forEach(id -> {
      ComplaintReceived event = events.get(id);
      assertEquals(event.getReceivedAt(), event.getEventTime(), id + ": the arrival time stands in");
      assertTrue(event.getAttributes().containsKey(EventTimes.CLAIMED_ATTRIBUTE), id + " notes the claimed time");
    });
    plausible.forEach(id -> {
      assertEquals(recent, events.get(id).getEventTime(), id);
      assertNull(events.get(id).getAttributes().get(EventTimes.CLAIMED_ATTRIBUTE), id);
    });
    for (ComplaintReceived e : events.values()) {
      Duration skew = Duration.between(e.getReceivedAt(), e.getEventTime());
      assertTrue(skew.compareTo(Duration.ofMinutes(5)) <= 0 && skew.compareTo(Duration.ofDays(3650).negated()) >= 0,
          e.getChannelMessageId() + " has event time " + e.getEventTime());
    }
  }

  @Test
  void open311DateFiltersAtTheEdgesOfTimeAreAnswered() {
    for (String date : List.of("-999999999-01-01T00:00:00%2B18:00", "%2B999999999-12-31T23:59:59-18:00",
        "%2B1000000000-01-01T00:00:00Z", "2026-13-01T00:00:00Z")) {
      for (String query : List.of("start_date=" + date, "end_date=" + date, "start_date=" + date + "&end_date=" + date)) {
        HttpResponse<String> answer = intake.http.get("/open311/v2/requests.json?" + query);
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 400, query + ": " + answer.statusCode() + " " + answer.body());
      }
    }
  }

  @Test
  void requestLinesJettyRefusesAre400NotA5xx() throws Exception {
    RawHttp.Answer spaceInTarget = RawHttp.send(intake.app().port(), "POST",
        "/api/v1/complaints?a b".getBytes(StandardCharsets.US_ASCII), Map.of("Content-Type", "application/json"), bytes("{}"));
    assertEquals(400, spaceInTarget.status(), spaceInTarget.text());
    assertTrue(spaceInTarget.text().contains("application/problem+json"), spaceInTarget.text());
    RawHttp.Answer unknownCoding = RawHttp.send(intake.app().port(), "POST",
        "/api/v1/complaints".getBytes(StandardCharsets.US_ASCII), Map.of("Content-Type", "application/json",
            "Transfer-Encoding", "gzip"), bytes("{}"));
    assertEquals(400, unknownCoding.status(), unknownCoding.text());
  }

  /** Posts one Instagram comment with the given extra fields; answers its channel message id once filed. */
  private String postMeta(String id, String extra) {
    String body = "{\"object\":\"instagram\",\"entry\":[{\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\"" + id
        + "\",\"text\":\"Halte rusak\",\"from\":{\"username\":\"warga\"}," + extra + "}}]}]}";
    return filed(intake.http.post("/social/meta/webhook", "application/json", bytes(body),
        "X-Hub-Signature-256", "sha256=" + Signatures.sha256Hex("meta-app-secret", bytes(body))));
  }

  private String postMetaMessage(String mid, long timestamp) {
    String body = "{\"object\":\"page\",\"entry\":[{\"messaging\":[{\"sender\":{\"id\":\"1\"},\"timestamp\":" + timestamp
        + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\"Bus ugal-ugalan\"}}]}]}";
    return filed(intake.http.post("/social/meta/webhook", "application/json", bytes(body),
        "X-Hub-Signature-256", "sha256=" + Signatures.sha256Hex("meta-app-secret", bytes(body))));
  }

  private String postX(String id, String createdAt) {
    String body = "{\"tweet_create_events\":[{\"id_str\":\"" + id + "\",\"text\":\"Lampu merah mati\",\"created_at\":\""
        + createdAt + "\",\"user\":{\"screen_name\":\"warga\"}}]}";
    return filed(intake.http.post("/social/x/webhook", "application/json", bytes(body),
        "x-twitter-webhooks-signature", "sha256=" + Signatures.sha256Base64("x-consumer-secret", bytes(body))));
  }

  /** The post's message id (platform:id), once the answer says it was filed. */
  private static String filed(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), answer.body());
    JsonNode result = Http.json(answer).get("results").get(0);
    assertEquals("filed", result.get("outcome").asText(), result.toString());
    return result.get("postId").asText();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
