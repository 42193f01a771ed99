package id.aduan.intake.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.http.MediaTypes;
import id.aduan.intake.http.Signatures;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.intake.support.RawHttp;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Random and hostile requests at every endpoint: bodies of random bytes, broken and deep JSON, odd
 * encodings and every charset the JVM knows for form bodies, claimed times up to the edges of
 * {@link Instant} and past them, raw bytes in paths, random headers, signed garbage for the webhooks.
 * Whatever comes in, the answer is never a 5xx, and a refused request never leaves a complaint behind.
 *
 * <p>The main property runs {@value #DEFAULT_TRIES} tries unless the system property {@value #TRIES_PROPERTY}
 * says otherwise; {@code -Pfuzz} runs it at 100,000.
 */
class HostileInputTest {
  static final String TRIES_PROPERTY = "aduan.hostile.tries";
  static final int DEFAULT_TRIES = 150;

  private static KafkaCluster kafka;
  private static SchemaRegistry registry;
  private static IntakeFixture intake;

  /** One request as a hostile client would send it. */
  record Attack(String method, byte[] target, String contentType, Map<String, String> headers, byte[] body) {
    @Override
    public String toString() {
      return method + " " + new String(target, StandardCharsets.ISO_8859_1) + " [" + contentType + "] " + headers
          + " body=" + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
    }
  }

  @BeforeContainer
  static void start() {
    kafka = KafkaCluster.start(1);
    registry = SchemaRegistry.start();
    intake = new IntakeFixture(kafka, registry, Map.of(IntakeConfig.SMS_SECRET, "", IntakeConfig.MAX_BODY_BYTES, "65536"));
  }

  @AfterContainer
  static void stop() {
    try {
      if (intake != null) {
        int remembered = intake.app().intake().ledger().all().size();
        assertEquals(remembered, intake.received().size(), "events on the topic are exactly the complaints acknowledged");
      }
    } finally {
      if (intake != null) {
        intake.close();
      }
      if (registry != null) {
        registry.close();
      }
      if (kafka != null) {
        kafka.close();
      }
    }
  }

  /** Sets the tries of a property from {@value #TRIES_PROPERTY}, else to {@value #DEFAULT_TRIES}. */
  static final class TriesFromSystemProperty implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setTries(Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES));
      return property.execute();
    }
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  @AddLifecycleHook(TriesFromSystemProperty.class)
  void neverA5xxAndNoComplaintFromARefusal(@ForAll("attacks") Attack attack) throws Exception {
    IntakeApplication app = intake.app();
    int before = app.intake().ledger().all().size();
    Map<String, String> headers = new LinkedHashMap<>(attack.headers());
    if (attack.contentType() != null) {
      headers.put("Content-Type", attack.contentType());
    }
    RawHttp.Answer answer = RawHttp.send(app.port(), attack.method(), attack.target(), headers, attack.body());
    assertTrue(answer.status() >= 200 && answer.status() < 500, () -> "status " + answer.status() + " for " + attack + "\n" + answer.text());
    if (answer.status() >= 400) {
      assertEquals(before, app.intake().ledger().all().size(), () -> "a refused request left a complaint: " + attack);
    }
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void jsonApiAnswersEveryShapedBodyWith202Or400(@ForAll("complaintBodies") String body) throws Exception {
    RawHttp.Answer answer = RawHttp.send(intake.app().port(), "POST", "/api/v1/complaints".getBytes(StandardCharsets.US_ASCII),
        Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    assertTrue(answer.status() == 202 || answer.status() == 400, () -> answer.status() + " for " + body + "\n" + answer.text());
    if (answer.status() == 400) {
      assertTrue(answer.text().contains("application/problem+json"), answer.text());
    }
  }

  @Provide
  Arbitrary<Attack> attacks() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, aimed()),
        Tuple.of(1, scattered()));
  }

  /** Requests shaped for one endpoint (its method, media type and field names) with hostile values. */
  private Arbitrary<Attack> aimed() {
    Arbitrary<Map<String, String>> headers = headers();
    return Arbitraries.oneOf(
        endpoint("POST", "/api/v1/complaints", "application/json", complaintBodies(), headers),
        formEndpoint("/open311/v2/requests.xml", form(OPEN311_KEYS, OPEN311_CORE), headers),
        formEndpoint("/open311/v2/requests.json", form(OPEN311_KEYS, OPEN311_CORE), headers),
        endpoint("GET", "/open311/v2/requests.json", null, Arbitraries.just(""), headers)
            .flatMap(a -> form(List.of("status", "service_code", "start_date", "end_date", "service_request_id", "jurisdiction_id"), List.of())
                .map(q -> new Attack(a.method(), ("/open311/v2/requests.json?" + q).getBytes(StandardCharsets.UTF_8),
                    null, a.headers(), new byte[0]))),
        formEndpoint("/sms/inbound", form(SMS_KEYS, List.of("from", "text", "id")), headers),
        formEndpoint("/sms/inbound", form(SMS_KEYS, List.of("From", "Body", "MessageSid")), headers),
        endpoint("POST", "/social/x/webhook", "application/json", tweets(), headers),
        endpoint("POST", "/social/meta/webhook", "application/json", metaPayloads(), headers),
        formEndpoint("/lapor", form(FORM_KEYS, List.of("isi", "token")), headers),
        reads(headers));
  }

  /** Every GET endpoint, with a hostile path segment or query value. */
  private static Arbitrary<Attack> reads(Arbitrary<Map<String, String>> headers) {
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(60).map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)),
        Arbitraries.of("7K3QX-9MZ2A", "7k3qx9mz2a", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "OOOOO-IIIII", "%FF", "%", "%00", "..",
            "x".repeat(300), "-999999999-01-01T00:00:00%2B18:00", "%2B1000000000-01-01T00:00:00Z", "subscribe", "en"));
    Arbitrary<String> target = Combinators.combine(Arbitraries.of(
        "/api/v1/complaints/%s", "/lacak/%s", "/lacak?kode=%s", "/lacak/%s?lang=%s", "/lapor?lang=%s",
        "/open311/v2/requests/%s.json", "/open311/v2/requests/%s.xml", "/open311/v2/tokens/%s.json", "/open311/v2/tokens/%s.xml",
        "/open311/v2/services/%s.json", "/open311/v2/services.xml?jurisdiction_id=%s", "/open311/discovery.%s",
        "/open311/v2/requests.xml?start_date=%s&end_date=%s", "/social/x/webhook?crc_token=%s",
        "/social/meta/webhook?hub.mode=subscribe&hub.challenge=%s&hub.verify_token=%s", "/openapi.json?%s", "/health?%s"),
        value, value).as((pattern, a, b) -> pattern.replaceFirst("%s", Matcher.quoteReplacement(a)).replaceFirst("%s", Matcher.quoteReplacement(b)));
    return Combinators.combine(target, headers)
        .as((t, h) -> new Attack("GET", t.getBytes(StandardCharsets.UTF_8), null, h, new byte[0]));
  }

  /**
   * A form POST whose Content-Type names any charset the JVM knows (or none), with the body written in
   * UTF-8 or in that charset: read or refused, never a 5xx (BadClientInputTest pins the 415 for charsets
   * that cannot carry a form).
   */
  private static Arbitrary<Attack> formEndpoint(String path, Arbitrary<String> bodies, Arbitrary<Map<String, String>> headers) {
    Arbitrary<String> charset = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.of("X-UTF-32BE-BOM", "X-UTF-32LE-BOM", "UTF-16", "UTF-32", "UTF-16LE", "ISO-2022-JP", "ISO-2022-CN",
            "x-JISAutoDetect", "UTF-8", "ISO-8859-1", "nonsense", "\"utf-8\"")),
        Tuple.of(2, Arbitraries.of(List.copyOf(Charset.availableCharsets().keySet()))));
    return Combinators.combine(bodies, headers, charset, Arbitraries.of(true, false))
        .as((b, h, cs, inCharset) -> new Attack("POST", path.getBytes(StandardCharsets.US_ASCII),
            MediaTypes.FORM + (cs.isEmpty() ? "" : "; charset=" + cs), h, encode(b, cs, inCharset)));
  }

  private static byte[] encode(String body, String charset, boolean inCharset) {
    try {
      if (inCharset && Charset.forName(charset).canEncode()) {
        return body.getBytes(Charset.forName(charset));
      }
    } catch (RuntimeException unknownToThisJvm) {
      // sent as UTF-8 under the unknown name
    }
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static Arbitrary<Attack> endpoint(
      String method, String path, String contentType, Arbitrary<String> bodies, Arbitrary<Map<String, String>> headers) {
    return Combinators.combine(bodies, headers)
        .as((b, h) -> sign(new Attack(method, path.getBytes(StandardCharsets.US_ASCII), contentType, h,
            b.getBytes(StandardCharsets.UTF_8))));
  }

  /** Anything at any path: random methods, media types, bodies and raw bytes in the request line. */
  private Arbitrary<Attack> scattered() {
    Arbitrary<String> method = Arbitraries.of("POST", "POST", "POST", "GET", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH");
    Arbitrary<byte[]> target = Arbitraries.oneOf(
        Arbitraries.of(PATHS).map(p -> p.getBytes(StandardCharsets.US_ASCII)),
        Combinators.combine(Arbitraries.of(PATHS), suffix()).as((p, s) -> concat(p.getBytes(StandardCharsets.US_ASCII), s)));
    Arbitrary<String> contentType = Arbitraries.oneOf(
        Arbitraries.of("application/json", "application/json; charset=utf-8", "application/json; charset=ISO-8859-1",
            "application/json; charset=nonsense", "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=utf-16", "text/plain", "multipart/form-data; boundary=xyz",
            "application/xml", "application/problem+json", "*/*", ""),
        Arbitraries.strings().ofMaxLength(40).map(s -> s.replaceAll("[\\r\\n\\x00]", "")),
        Arbitraries.just(null));
    return Combinators.combine(method, target, contentType, headers(), bodies())
        .as((m, t, c, h, b) -> sign(new Attack(m, t, c, h, b)));
  }

  private static Arbitrary<Map<String, String>> headers() {
    return Arbitraries.maps(
        Arbitraries.of("Idempotency-Key", "Accept", "X-Hub-Signature-256", "x-twitter-webhooks-signature", "X-Twilio-Signature",
            "X-Aduan-Signature", "Accept-Language", "Transfer-Encoding-Not", "X-Forwarded-For"),
        Arbitraries.strings().ascii().ofMaxLength(300).map(s -> s.replaceAll("[\\r\\n\\x00]", ""))).ofMaxSize(3);
  }

  private static final List<String> OPEN311_KEYS = List.of("api_key", "api_key", "service_code", "lat", "long",
      "address_string", "address_id", "description", "email", "phone", "first_name", "last_name", "media_url",
      "attribute[tiang]", "attribute[]", "device_id", "account_id", "jurisdiction_id");
  private static final List<String> OPEN311_CORE = List.of("api_key", "service_code", "lat", "long", "description");
  private static final List<String> SMS_KEYS = List.of("from", "text", "id", "From", "Body", "MessageSid", "msisdn", "message");
  private static final List<String> FORM_KEYS = List.of("isi", "kategori", "lokasi", "nama", "kontak", "anonim", "rahasia",
      "token", "lang");

  /** Every core field once, with a hostile value, then random others. */
  private static Arbitrary<String> form(List<String> keys, List<String> core) {
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(80).map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)),
        Arbitraries.of("%", "%E0%A4", "%FF", "test-key", "parking", "street-light", "1e309", "NaN", "-91", "-2.97", "104.7",
            "ADUAN%23", "ADUAN%23%23", "ADUAN%23x%23", "ADUAN%23Simpang%23lampu+mati", "0812", "%2B6281", "https://x.org/a.jpg",
            "2026-01-01T00:00:00Z", "open,closed", "11111111-2222-3333-4444-555555555555", "en", "", "x".repeat(6000)));
    Arbitrary<String> pair = Combinators.combine(Arbitraries.of(keys), value).as((k, v) -> k + "=" + v);
    Arbitrary<List<String>> corePairs = value.list().ofSize(core.size())
        .map(values -> java.util.stream.IntStream.range(0, core.size()).mapToObj(i -> core.get(i) + "=" + values.get(i)).toList());
    return Combinators.combine(corePairs, pair.list().ofMaxSize(5)).as((c, extra) -> {
      List<String> all = new java.util.ArrayList<>(c);
      all.addAll(extra);
      return String.join("&", all);
    });
  }

  private static Arbitrary<String> tweets() {
    Arbitrary<String> tweet = Combinators.combine(jsonValues(), jsonValues(), jsonValues(), claimedTimes())
        .as((id, text, user, time) -> "{\"id_str\":" + id + ",\"text\":" + text + ",\"user\":{\"screen_name\":" + user
            + "},\"created_at\":" + time + "}");
    Arbitrary<String> retweet = Combinators.combine(tweet, jsonValues())
        .as((original, id) -> "{\"id_str\":" + id + ",\"text\":\"RT\",\"retweeted_status\":" + original + "}");
    return Arbitraries.oneOf(tweet, retweet, jsonValues()).list().ofMaxSize(3)
        .map(l -> "{\"tweet_create_events\":[" + String.join(",", l) + "]}");
  }

  private static Arbitrary<String> metaPayloads() {
    Arbitrary<String> change = Combinators.combine(jsonValues(), jsonValues(), jsonValues(), epochNumbers())
        .as((id, text, verb, time) -> "{\"field\":\"comments\",\"value\":{\"id\":" + id + ",\"text\":" + text + ",\"verb\":" + verb
            + ",\"from\":{\"username\":\"a\"},\"created_time\":" + time + "}}");
    Arbitrary<String> message = Combinators.combine(jsonValues(), jsonValues(), epochNumbers())
        .as((mid, text, time) -> "{\"sender\":{\"id\":\"1\"},\"timestamp\":" + time + ",\"message\":{\"mid\":" + mid
            + ",\"text\":" + text + "}}");
    return Combinators.combine(change.list().ofMaxSize(3), message.list().ofMaxSize(2), Arbitraries.of("page", "instagram", "x"))
        .as((c, m, o) -> "{\"object\":\"" + o + "\",\"entry\":[{\"changes\":[" + String.join(",", c) + "],\"messaging\":["
            + String.join(",", m) + "]}]}");
  }

  /** Epoch seconds or milliseconds as a platform might send them, up to and past the edges of {@link Instant}. */
  private static Arbitrary<String> epochNumbers() {
    long now = Instant.now().getEpochSecond();
    return Arbitraries.oneOf(
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, Instant.MAX.getEpochSecond(), Instant.MAX.getEpochSecond() + 1,
            Instant.MIN.getEpochSecond(), Instant.MIN.getEpochSecond() - 1, 31_556_952_000_000_000L, -31_556_952_000_000_000L,
            0L, now, now * 1000, now + 3600, now - 86_400).map(String::valueOf),
        Arbitraries.of("1e300", "-1e300", "1e400", "-1e400", "1.5", "-0.0", "123456789012345678901234567890", "\"1700000000\"", "null"));
  }

  /** Claimed times as text (X's format, ISO 8601) from the plausible to ±10^9 years. */
  private static Arbitrary<String> claimedTimes() {
    return Arbitraries.oneOf(
        Arbitraries.of("+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
            "+999999999-12-31T23:59:59.999999999Z", "-999999999-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
            "Wed Oct 10 20:19:24 +0000 2018", "Fri Dec 31 23:59:59 -1800 999999999", "Mon Jan 01 00:00:00 +1800 -999999999",
            "Sat Feb 30 25:61:61 +9999 2026", Instant.now().toString(), Instant.now().plusSeconds(7200).toString()).map(HostileInputTest::quote),
        jsonValues());
  }

  /** Half the webhook bodies carry a valid signature, so the parsers behind the check are attacked too. */
  private static Attack sign(Attack attack) {
    String path = new String(attack.target(), StandardCharsets.ISO_8859_1);
    Map<String, String> headers = new LinkedHashMap<>(attack.headers());
    if (attack.body().length % 2 == 0 && path.startsWith("/social/x")) {
      headers.put("x-twitter-webhooks-signature", "sha256=" + Signatures.sha256Base64("x-consumer-secret", attack.body()));
    } else if (attack.body().length % 2 == 0 && path.startsWith("/social/meta")) {
      headers.put("X-Hub-Signature-256", "sha256=" + Signatures.sha256Hex("meta-app-secret", attack.body()));
    }
    return new Attack(attack.method(), attack.target(), attack.contentType(), headers, attack.body());
  }

  private static final List<String> PATHS = List.of(
      "/api/v1/complaints", "/api/v1/complaints/", "/api/v1/complaints/ABCDE-FGHJK", "/openapi.json",
      "/open311/v2/services.xml", "/open311/v2/services.json", "/open311/v2/services/parking.json",
      "/open311/v2/requests.xml", "/open311/v2/requests.json", "/open311/v2/requests/01ARZ3NDEKTSV4RRFFQ69G5FAV.xml",
      "/open311/v2/tokens/x.json", "/open311/discovery.json", "/open311/v2/requests.yaml",
      "/sms/inbound", "/social/x/webhook", "/social/meta/webhook", "/lapor", "/lacak", "/lacak/ABCDE", "/", "/health");

  private static Arbitrary<byte[]> suffix() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(60).map(s -> ("?" + s).getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of("?crc_token=", "?hub.mode=subscribe&hub.challenge=%ZZ", "?status=%", "?start_date=%E0%A4%A",
                "?service_request_id=%00", "/%2e%2e/%2e%2e/etc/passwd", "%C0%AF", "?kode=%FF%FE", "?lang=en&lang=id",
                "?jurisdiction_id=x&api_key=y", "/../../x", "//", ";jsessionid=1")
            .map(s -> s.getBytes(StandardCharsets.US_ASCII)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(20).map(b -> concat("?q=".getBytes(StandardCharsets.US_ASCII),
            stripLineBreaks(b))));
  }

  private static Arbitrary<byte[]> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(500),
        Arbitraries.strings().ofMaxLength(500).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        jsonValues().map(s -> s.getBytes(StandardCharsets.UTF_8)),
        forms().map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.integers().between(1, 3000).map(n -> ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.US_ASCII)),
        Arbitraries.just(new byte[70_000]));
  }

  private static Arbitrary<String> forms() {
    Arbitrary<String> key = Arbitraries.of("from", "text", "id", "From", "Body", "MessageSid", "isi", "kategori", "lokasi",
        "token", "api_key", "service_code", "lat", "long", "address_string", "description", "attribute[x]", "media_url",
        "email", "%", "%zz", "a+b", "");
    Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
        Arbitraries.of("%", "%E0%A4", "%FF", "test-key", "parking", "1e309", "NaN", "-91", "ADUAN#", "ADUAN##", "ADUAN#x#", "0"));
    return Combinators.combine(key, value).as((k, v) -> k + "=" + v).list().ofMaxSize(8).map(l -> String.join("&", l));
  }

  @Provide
  Arbitrary<String> complaintBodies() {
    Arbitrary<String> field = Arbitraries.of("text", "title", "language", "serviceCode", "reporter", "location", "attachments",
        "attributes", "extra");
    return Combinators.combine(field, jsonValues()).as((f, v) -> "\"" + f + "\":" + v).list().ofMaxSize(6)
        .map(fields -> "{" + String.join(",", fields) + "}");
  }

  private static Arbitrary<String> jsonValues() {
    Arbitrary<String> scalars = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(60).map(HostileInputTest::quote),
        Arbitraries.of("null", "true", "false", "0", "-0", "1e400", "-1e-400", "123456789012345678901234567890", "91.5", "-181",
            "\"\"", "\"   \"", "\"\\u0000\"", "\"\\ud800\"", "\"16.71\"", "\"1671\"", "\"traffic-light\"", "\"https://x.org/a.jpg\"",
            "\"ftp://x\"", "\"" + "x".repeat(6000) + "\"", "{\"lat\":1,\"lon\":2}", "{\"lat\":\"1\"}", "[{\"url\":1}]",
            "[" + "{\"url\":\"https://x.org\"},".repeat(12) + "{}]", "{\"contact\":\"0812\",\"anonymous\":1}", "{\"a\":{\"b\":[]}}"));
    return Arbitraries.oneOf(scalars, scalars.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"));
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }

  private static byte[] stripLineBreaks(byte[] bytes) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\r' || out[i] == '\n' || out[i] == ' ' || out[i] == 0) {
        out[i] = 'x';
      }
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

}
