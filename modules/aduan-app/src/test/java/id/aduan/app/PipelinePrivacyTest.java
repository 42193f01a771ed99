package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline against a real broker and registry, fed complaints that carry personal data in every
 * written form, every field and every channel; then everything a unit or the public can read is searched
 * for it: the topics they read, every state store changelog, intake's idempotency ledger, the logs and the
 * public HTTP answers. Restricted topics (what intake received, the reporters' contacts, the dead letters)
 * are left out on purpose: they hold raw input by design and are readable by operators only.
 *
 * <p>The values come from jqwik generators with a fixed seed ({@code -Daduan.privacy.seed}); the number of
 * complaints per channel scales with {@code -Daduan.privacy.scale}.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelinePrivacyTest {
  private static final long SEED = Long.getLong("aduan.privacy.seed", 20261129L);
  private static final int SCALE = Integer.getInteger("aduan.privacy.scale", 1);
  private static final String X_SECRET = "x-consumer-secret";
  private static final String META_SECRET = "meta-app-secret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEMPLATES = List.of(
      "Lampu merah di simpang %s mati sejak pagi, lalu lintas semrawut.",
      "Bus Trans Musi di %s tidak berhenti di halte dan sopir ugal-ugalan.",
      "Parkir liar di depan pasar %s, juru parkir minta uang lebih.",
      "Jalan berlubang besar di %s membahayakan pengendara motor.",
      "Ada pungutan liar di terminal %s oleh oknum petugas.");
  private static final List<String> PLACES = List.of("Charitas", "Jakabaring", "Ampera", "Polda", "Sekip", "Plaju");

  private final KafkaCluster kafka;
  private final StarterPipeline pipeline;
  private final String prefix;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Random random = new Random(SEED);
  private final List<PlantedData> planted = new ArrayList<>();
  private final Set<String> complaintIds = new HashSet<>();
  private int accepted;
  private final List<String> trackingCodes = new ArrayList<>();
  private final LogCapture logs = new LogCapture();
  private RouterApp router;
  private TrackerApp tracker;
  private IntakeApplication intake;

  PipelinePrivacyTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.pipeline = new StarterPipeline(kafka, registry, "privacy");
    this.prefix = TopicCatalogue.from(pipeline.clientProps()).prefix();
  }

  @BeforeAll
  void startPipeline(@TempDir Path state) {
    pipeline.setUp();
    logs.start();
    router = RouterApp.start(clientProps(), RouterSettings.standard(), RouterApp.startupModel(null), state.resolve("router"));
    tracker = TrackerApp.start(clientProps(), TrackerSettings.standard(), state.resolve("tracker"), failure -> { });
    Map<String, String> settings = pipeline.intakeSettings();
    settings.put(IntakeConfig.RATE_PER_MINUTE, "0");
    settings.put(IntakeConfig.OPEN311_API_KEYS, "privacy-key");
    settings.put(IntakeConfig.X_CONSUMER_SECRET, X_SECRET);
    settings.put(IntakeConfig.META_APP_SECRET, META_SECRET);
    settings.put(IntakeConfig.META_VERIFY_TOKEN, "privacy-verify");
    intake = IntakeApplication.start(IntakeConfig.of(settings));
  }

  @AfterAll
  void stopPipeline() {
    if (intake != null) {
      intake.close();
    }
    if (router != null) {
      router.close();
    }
    if (tracker != null) {
      tracker.close();
    }
    if (caseStates != null) {
      caseStates.close();
    }
    logs.stop();
  }

  @Test
  void noPlantedValueReachesWhatUnitsOrThePublicRead() throws Exception {
    JqwikSession.start(Long.toString(SEED));
    try {
      sendComplaints();
    } finally {
      JqwikSession.finish();
    }
    assertTrue(planted.size() > 150 * SCALE, "planted " + planted.size());
    Set<PlantedData.Kind> kinds = planted.stream().map(PlantedData::kind).collect(Collectors.toSet());
    assertEquals(Set.of(PlantedData.Kind.values()), kinds, "every kind of personal data is planted");

    awaitDecided();
    assertNoLeaks();
  }

  private void sendComplaints() throws Exception {
    for (int i = 0; i < 16 * SCALE; i++) {
      sendJsonApi(i);
    }
    for (int i = 0; i < 8 * SCALE; i++) {
      sendOpen311(i);
      sendForm(i);
      sendSms(i);
    }
    for (int i = 0; i < 5 * SCALE; i++) {
      sendTweet(i);
      sendMetaComment(i);
    }
  }

  private void assertNoLeaks() throws Exception {
    Map<String, String> leaks = new LinkedHashMap<>();
    List<String> scanned = new ArrayList<>();
    for (String topic : readableTopics()) {
      int records = scanTopic(topic, leaks);
      scanned.add(topic + " (" + records + ")");
    }
    assertTrue(scanned.stream().anyMatch(t -> t.contains("-changelog")), "state store changelogs scanned: " + scanned);
    assertTrue(scanned.stream().anyMatch(t -> t.startsWith(prefix + "unit.")), "unit topics scanned: " + scanned);
    assertTrue(scanned.stream().anyMatch(t -> t.contains("idempotency")), "intake ledger scanned: " + scanned);
    assertTrue(scanned.stream().anyMatch(t -> t.startsWith(prefix + "cases.state (") && !t.endsWith("(0)")),
        "case states scanned: " + scanned);
    scanPublicAnswers(leaks);
    logs.lines().forEach(line -> find("log line", line, leaks));
    Map<PlantedData.Kind, Long> byKind = planted.stream()
        .filter(v -> leaks.keySet().stream().anyMatch(k -> k.contains("'" + v.written() + "'")))
        .collect(Collectors.groupingBy(PlantedData::kind, Collectors.counting()));
    assertTrue(leaks.isEmpty(), leaks.size() + " leaks of " + planted.size() + " planted values (leaked values by kind: "
        + byKind + "); scanned " + scanned + "\n" + leaks.entrySet().stream().limit(40)
        .map(e -> e.getKey() + " <- " + e.getValue()).collect(Collectors.joining("\n")));
  }

  private PlantedData plant(Arbitrary<PlantedData> kinds) {
    PlantedData value = kinds.generator(100).next(random).value();
    planted.add(value);
    return value;
  }

  private PlantedData plant() {
    return plant(PlantedData.any());
  }

  /** Personal data as people paste it into links: a chat link, or a query parameter of a photo host. */
  private static String urlWith(PlantedData value) {
    return switch (value.kind()) {
      case PHONE -> "https://wa.me/62" + value.plain().substring(1);
      case EMAIL -> "https://foto.example.org/bukti.jpg?email=" + value.plain();
      case NIK -> "https://foto.example.org/bukti.jpg?nik=" + value.plain();
      default -> "https://foto.example.org/bukti.jpg?rek=" + value.plain();
    };
  }

  private String complaintText() {
    String template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
    return String.format(template, PLACES.get(random.nextInt(PLACES.size()))) + " " + plant().written() + ". "
        + plant().written();
  }

  private Arbitrary<PlantedData> urlKinds() {
    return Arbitraries.oneOf(PlantedData.phone(), PlantedData.email(), PlantedData.nik(), PlantedData.bankAccount());
  }

  private void sendJsonApi(int i) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", complaintText());
    body.put("title", "Keluhan " + plant().written());
    body.put("location", Map.of("address", "Jl. Merdeka no. 12, " + plant().written(), "regionCode", "1671"));
    body.put("attachments", List.of(Map.of(
        "url", urlWith(plant(urlKinds())),
        "mediaType", "image/jpeg",
        "description", "foto kejadian, " + plant().written())));
    body.put("reporter", Map.of("name", "Warga", "contact", "0812" + (10_000_000 + i), "confidential", false));
    HttpResponse<String> response = post("/api/v1/complaints", "application/json",
        JSON.writeValueAsString(body), "Idempotency-Key", "privacy-json-" + i);
    assertEquals(202, response.statusCode(), response.body());
    JsonNode accepted = JSON.readTree(response.body());
    complaintIds.add(accepted.get("complaintId").asText());
    this.accepted++;
    trackingCodes.add(accepted.get("trackingCode").asText());
  }

  private void sendOpen311(int i) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", "privacy-key");
    form.put("service_code", "parking");
    form.put("lat", "-2.9761");
    form.put("long", "104.7754");
    form.put("description", complaintText());
    form.put("address_string", "Pasar 16 Ilir, " + plant().written());
    form.put("media_url", urlWith(plant(urlKinds())));
    form.put("email", "pelapor" + i + "@example.org");
    HttpResponse<String> response = post("/open311/v2/requests.json", "application/x-www-form-urlencoded", form(form));
    assertEquals(201, response.statusCode(), response.body());
    complaintIds.add(JSON.readTree(response.body()).get(0).get("service_request_id").asText());
    accepted++;
  }

  private void sendForm(int i) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("isi", complaintText());
    form.put("lokasi", "Simpang Polda, " + plant().written());
    form.put("token", new java.util.UUID(SEED, i).toString());
    HttpResponse<String> response = post("/lapor", "application/x-www-form-urlencoded", form(form));
    assertEquals(303, response.statusCode(), response.body());
    String location = response.headers().firstValue("Location").orElseThrow();
    trackingCodes.add(location.substring("/lacak/".length(), location.indexOf('?')));
    accepted++;
  }

  private void sendSms(int i) throws Exception {
    String text = "ADUAN#Terminal Alang-Alang Lebar, " + plant().written() + "#" + complaintText();
    HttpResponse<String> response = post("/sms/inbound", "application/x-www-form-urlencoded",
        form(Map.of("from", "0813" + (20_000_000 + i), "text", text, "id", "privacy-sms-" + i)));
    assertEquals(200, response.statusCode(), response.body());
    accepted++;
  }

  private void sendTweet(int i) throws Exception {
    String tweet = JSON.writeValueAsString(Map.of(
        "id_str", Long.toString(1_900_000_000_000_000_000L + i),
        "text", "@dishubprov " + complaintText(),
        "user", Map.of("id_str", "9" + i, "screen_name", "warga" + i)));
    byte[] body = ("{\"for_user_id\":\"1\",\"tweet_create_events\":[" + tweet + "]}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = post("/social/x/webhook", "application/json", new String(body, StandardCharsets.UTF_8),
        "x-twitter-webhooks-signature", "sha256=" + java.util.Base64.getEncoder().encodeToString(hmac(X_SECRET, body)));
    assertEquals(200, response.statusCode(), response.body());
    accepted++;
  }

  private void sendMetaComment(int i) throws Exception {
    String comment = JSON.writeValueAsString(Map.of(
        "field", "comments",
        "value", Map.of("id", "1786579934808" + (9000 + i), "text", complaintText(), "from", Map.of("id", "7" + i, "username", "ani" + i),
            "media", Map.of("id", "123"))));
    byte[] body = ("{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000\",\"time\":1700000000,\"changes\":[" + comment + "]}]}")
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = post("/social/meta/webhook", "application/json", new String(body, StandardCharsets.UTF_8),
        "X-Hub-Signature-256", "sha256=" + java.util.HexFormat.of().formatHex(hmac(META_SECRET, body)));
    assertEquals(200, response.statusCode(), response.body());
    accepted++;
  }

  /** Waits until every accepted complaint has been routed or sent to triage, and the tracker has its case. */
  private void awaitDecided() {
    int expected = accepted;
    TopicCatalogue topics = TopicCatalogue.from(clientProps());
    Supplier<Integer> decided = () -> count(topics.complaintsRouted().name()) + count(topics.complaintsTriage().name());
    awaitAtLeast(decided, expected, "complaints routed or sent to triage");
    awaitAtLeast(() -> decidedCases(topics), expected, "cases the tracker shows routed or in triage");
  }

  private static void awaitAtLeast(Supplier<Integer> counter, int expected, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    int seen = 0;
    while (System.nanoTime() < deadline && (seen = counter.get()) < expected) {
      sleep(500);
    }
    assertTrue(seen >= expected, "only " + seen + " of " + expected + " " + what);
  }

  private final Set<String> decidedCases = new HashSet<>();
  private KafkaConsumer<String, id.aduan.event.CaseState> caseStates;

  private int decidedCases(TopicCatalogue topics) {
    if (caseStates == null) {
      caseStates = new KafkaConsumer<>(kafka.consumerProps(), topics.caseState().keySerde().deserializer(),
          topics.caseState().valueSerde().deserializer());
      caseStates.subscribe(List.of(topics.caseState().name()));
    }
    for (ConsumerRecord<String, id.aduan.event.CaseState> record : caseStates.poll(Duration.ofMillis(200))) {
      if (record.value().getStatus() != id.aduan.event.CaseStatus.RECEIVED) {
        decidedCases.add(record.key());
      }
    }
    return decidedCases.size();
  }

  private int count(String topic) {
    try (var consumer = new KafkaConsumer<>(kafka.consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      var partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
      return consumer.endOffsets(partitions).values().stream().mapToInt(Long::intValue).sum();
    }
  }

  /** Everything under this deployment's prefix except the three restricted, raw-input topics. */
  private List<String> readableTopics() throws Exception {
    TopicCatalogue topics = TopicCatalogue.from(clientProps());
    Set<String> restricted = Set.of(topics.complaintsReceived().name(), topics.reporters().name(), topics.complaintsDlq().name());
    return kafka.admin().listTopics().names().get().stream()
        .filter(t -> t.startsWith(prefix))
        .filter(t -> !restricted.contains(t))
        // repartition topics carry the raw complaint between the router's own stages and are purged once read
        .filter(t -> !t.endsWith("-repartition"))
        .sorted()
        .toList();
  }

  private int scanTopic(String topic, Map<String, String> leaks) {
    int records = 0;
    Map<String, Object> props = new HashMap<>(kafka.consumerProps());
    try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      var partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          records++;
          String where = topic + "@" + record.partition() + ":" + record.offset();
          find(where + " key", utf8(record.key()), leaks);
          find(where + " value", utf8(record.value()), leaks);
          for (Header header : record.headers()) {
            find(where + " header " + header.key(), utf8(header.value()), leaks);
          }
        }
      }
    }
    return records;
  }

  private void scanPublicAnswers(Map<String, String> leaks) throws Exception {
    List<String> paths = new ArrayList<>(List.of("/open311/v2/requests.json", "/open311/v2/requests.xml"));
    for (String id : complaintIds) {
      if (id != null) {
        paths.add("/open311/v2/requests/" + id + ".json");
        paths.add("/open311/v2/requests/" + id + ".xml");
      }
    }
    for (String code : trackingCodes) {
      paths.add("/lacak/" + code);
      paths.add("/api/v1/complaints/" + code);
    }
    for (String path : paths) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(answer.statusCode() < 500, path + " answered " + answer.statusCode());
      find("GET " + path, answer.body(), leaks);
    }
  }

  private void find(String where, String text, Map<String, String> leaks) {
    if (text == null || text.isEmpty()) {
      return;
    }
    for (PlantedData value : planted) {
      if (value.leaksInto(text)) {
        leaks.put(where + " [" + value.kind() + " '" + value.written() + "']", excerpt(text));
      }
    }
  }

  private static String excerpt(String text) {
    String flat = text.replaceAll("[^\\p{Print}]", "·");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
  }

  private static String utf8(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + intake.port() + path);
  }

  private static String form(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static byte[] hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(body);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> clientProps() {
    return pipeline.clientProps();
  }

  /** Every log line Aduan's own code writes while the test runs, at every level down to DEBUG. */
  private static final class LogCapture extends AppenderBase<ILoggingEvent> {
    private final List<String> lines = new ArrayList<>();
    private final Logger aduan = (Logger) LoggerFactory.getLogger("id.aduan");
    private Level previous;

    @Override
    public void start() {
      previous = aduan.getLevel();
      aduan.setLevel(Level.DEBUG);
      setContext(aduan.getLoggerContext());
      ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(this);
      // Aduan's DEBUG lines are captured here only, not printed with the build's output
      aduan.addAppender(this);
      aduan.setAdditive(false);
      super.start();
    }

    @Override
    public void stop() {
      ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
      aduan.detachAppender(this);
      aduan.setAdditive(true);
      aduan.setLevel(previous);
      super.stop();
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
      StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      }
      lines.add(line.toString());
    }

    synchronized List<String> lines() {
      return List.copyOf(lines);
    }
  }
}
