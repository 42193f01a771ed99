package id.aduan.intake.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.intake.IntakeCore;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.http.Signatures;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialChannelsTest {
  private final IntakeFixture intake;
  private final KafkaCluster kafka;
  private final SchemaRegistry registry;

  SocialChannelsTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
    intake = new IntakeFixture(kafka, registry, Map.of(IntakeConfig.SOCIAL_HANDLE, "dishubprov"));
  }

  @AfterAll
  void stop() {
    intake.close();
  }

  @Test
  void xCrcChallengeIsAnsweredWithTheHmac() {
    HttpResponse<String> response = intake.http.get("/social/x/webhook?crc_token=" + URLEncoder.encode("challenge+/=", StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("sha256=" + Signatures.sha256Base64("x-consumer-secret", "challenge+/=".getBytes(StandardCharsets.UTF_8)),
        Http.json(response).get("response_token").asText());
  }

  @Test
  void tweetsAreFiledAndRetweetsLinkedToTheOriginal() {
    String tweet = "{\"id_str\":\"1800000000000000001\",\"text\":\"@dishubprov lampu merah simpang lima mati\","
        + "\"created_at\":\"Wed Oct 10 20:19:24 +0000 2018\",\"user\":{\"id_str\":\"42\",\"screen_name\":\"warga_plg\",\"name\":\"Warga\"}}";
    String retweet = "{\"id_str\":\"1800000000000000002\",\"text\":\"RT @warga_plg: lampu merah\","
        + "\"user\":{\"id_str\":\"43\",\"screen_name\":\"tetangga\"},\"retweeted_status\":" + tweet + "}";
    String own = "{\"id_str\":\"1800000000000000003\",\"text\":\"Terima kasih laporannya\",\"user\":{\"screen_name\":\"DishubProv\"}}";
    JsonNode first = Http.json(postX("{\"for_user_id\":\"1\",\"tweet_create_events\":[" + tweet + "]}"));
    JsonNode second = Http.json(postX("{\"for_user_id\":\"1\",\"tweet_create_events\":[" + retweet + "," + own + "]}"));
    assertEquals("filed", first.get("results").get(0).get("outcome").asText());
    assertEquals("linked", second.get("results").get(0).get("outcome").asText());
    assertEquals("ignored", second.get("results").get(1).get("outcome").asText());
    assertEquals(first.get("results").get(0).get("complaintId"), second.get("results").get(0).get("complaintId"));

    List<ComplaintReceived> events = intake.received().stream()
        .filter(e -> e.getChannelMessageId().startsWith("x:18000000000000000")).toList();
    assertEquals(1, events.size());
    assertEquals(Channel.SOCIAL_MEDIA, events.get(0).getChannel());
    assertEquals("https://x.com/warga_plg/status/1800000000000000001", events.get(0).getSourceUrl());
    assertEquals(1539202764000L, events.get(0).getEventTime().toEpochMilli());
  }

  @Test
  void xPostsWithoutAValidSignatureAreRefused() {
    String body = "{\"tweet_create_events\":[]}";
    assertEquals(403, intake.http.post("/social/x/webhook", "application/json", body.getBytes(),
        "x-twitter-webhooks-signature", "sha256=AAAA").statusCode());
    assertEquals(403, intake.http.postJson("/social/x/webhook", body).statusCode());
  }

  @Test
  void metaVerificationAndSignedInstagramComment() {
    assertEquals("1158201444", intake.http.get("/social/meta/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meta-verify").body());
    assertEquals(403, intake.http.get("/social/meta/webhook?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong").statusCode());
    String body = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000\",\"time\":1700000000,\"changes\":[{\"field\":\"comments\","
        + "\"value\":{\"id\":\"17865799348089039\",\"text\":\"Bus BRT jurusan bandara tidak lewat lagi\",\"from\":{\"id\":\"1\",\"username\":\"ani.p\"},"
        + "\"media\":{\"id\":\"123\"}}},{\"field\":\"mentions\",\"value\":{\"media_id\":\"9\",\"comment_id\":\"8\"}}]}]}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertEquals(403, intake.http.post("/social/meta/webhook", "application/json", bytes, "X-Hub-Signature-256", "sha256=00").statusCode());
    HttpResponse<String> response = intake.http.post("/social/meta/webhook", "application/json", bytes,
        "X-Hub-Signature-256", "sha256=" + Signatures.sha256Hex("meta-app-secret", bytes));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode results = Http.json(response).get("results");
    assertEquals(1, results.size(), "the mention notice carries no text and is skipped");
    assertTrue(intake.received().stream().anyMatch(e -> e.getChannelMessageId().equals("instagram:17865799348089039")
        && e.getText().startsWith("Bus BRT")));
  }

  @Test
  void archiveImportFilesEachPostOnceAndReportsProgress(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mentions.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      lines.add("{\"platform\":\"x\",\"id\":\"arch-" + i + "\",\"text\":\"keluhan nomor " + i + "\",\"author\":\"@w" + i + "\","
          + "\"createdAt\":\"2026-01-0" + (1 + i % 9) + "T08:00:00Z\"}");
    }
    lines.add("{\"platform\":\"x\",\"id\":\"arch-rt\",\"text\":\"RT\",\"author\":\"@z\",\"repostOf\":\"arch-3\"}");
    lines.add("not json");
    lines.add("{\"platform\":\"x\",\"id\":\"arch-empty\",\"text\":\"\"}");
    Files.write(file, lines);
    Map<String, String> settings = new HashMap<>(Map.of(
        IntakeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
        IntakeConfig.SCHEMA_REGISTRY_URL, registry.url(),
        IntakeConfig.TOPIC_PREFIX, intake.catalogue().prefix(),
        IntakeConfig.TRANSACTIONAL_ID, "import-test-tx",
        IntakeConfig.REPORTER_KEY_SECRET, IntakeFixture.SECRET));
    List<SocialArchiveImport.Progress> seen = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    SocialArchiveImport.Progress done;
    try (IntakeCore core = IntakeCore.start(IntakeConfig.of(settings))) {
      SocialIntake social = new SocialIntake(core.intake(), null);
      done = new SocialArchiveImport(social, w -> {
        synchronized (warnings) {
          warnings.add(w);
        }
      }).run(file, seen::add);
      SocialArchiveImport.Progress again = new SocialArchiveImport(social, w -> { }).run(file, p -> { });
      assertEquals(40, again.repeated(), "a second run files nothing new");
    }
    assertEquals(43, done.total());
    assertEquals(40, done.filed());
    assertEquals(1, done.linked());
    assertEquals(2, done.invalid());
    assertTrue(warnings.stream().anyMatch(w -> w.startsWith("line 42")), warnings.toString());
    assertTrue(!seen.isEmpty());
    assertEquals(40, intake.received().stream().filter(e -> e.getChannelMessageId().startsWith("x:arch-")).count());
  }

  private HttpResponse<String> postX(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return intake.http.post("/social/x/webhook", "application/json", bytes,
        "x-twitter-webhooks-signature", "sha256=" + Signatures.sha256Base64("x-consumer-secret", bytes));
  }
}
