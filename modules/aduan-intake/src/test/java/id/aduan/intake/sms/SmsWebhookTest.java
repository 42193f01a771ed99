package id.aduan.intake.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Reporter;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.http.Signatures;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmsWebhookTest {
  private static final String SECRET = "sms-shared-secret";
  private final IntakeFixture intake;

  SmsWebhookTest(KafkaCluster kafka, SchemaRegistry registry) {
    intake = new IntakeFixture(kafka, registry, Map.of(IntakeConfig.SMS_SECRET, SECRET,
        IntakeConfig.PUBLIC_BASE_URL, "https://aduan.example.go.id"));
  }

  @AfterAll
  void stop() {
    intake.close();
  }

  @Test
  void genericFormWithKeywordFormatIsFiledAndAnsweredInPlainText() {
    String body = Http.form(Map.of("from", "081377778888", "text", "ADUAN#Terminal Alang-Alang Lebar#Toilet rusak dan bau",
        "id", "gw-1001"));
    HttpResponse<String> response = intake.http.post("/sms/inbound", "application/x-www-form-urlencoded",
        body.getBytes(StandardCharsets.UTF_8), "X-Aduan-Signature", "sha256=" + Signatures.sha256Hex(SECRET, body.getBytes(StandardCharsets.UTF_8)),
        "Accept", "text/plain");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String code = response.body().replaceAll(".*Kode lacak: ([0-9A-Z-]{11}).*", "$1");
    assertTrue(code.matches("[0-9A-Z]{5}-[0-9A-Z]{5}"), response.body());

    ComplaintReceived event = intake.received().stream().filter(e -> e.getChannelMessageId().equals("gw-1001")).findFirst().orElseThrow();
    assertEquals(Channel.SMS, event.getChannel());
    assertEquals("Toilet rusak dan bau", event.getText());
    assertEquals("Terminal Alang-Alang Lebar", event.getLocation().getAddress());
    assertNull(event.getReporter().getContact());
    Reporter reporter = intake.reporters().stream()
        .filter(r -> r.getReporterKey().equals(event.getReporter().getReporterKey())).findFirst().orElseThrow();
    assertEquals("+6281377778888", reporter.getContact());
  }

  @Test
  void twilioFormIsVerifiedAnsweredWithTwimlAndIdempotent() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("MessageSid", "SM0123456789abcdef");
    form.put("From", "+6281299990000");
    form.put("To", "+6281100000000");
    form.put("Body", "Angkot trayek 5 ngetem lama di simpang");
    StringBuilder signed = new StringBuilder("https://aduan.example.go.id/sms/inbound");
    new TreeMap<>(form).forEach((k, v) -> signed.append(k).append(v));
    String signature = Base64.getEncoder().encodeToString(
        Signatures.hmac("HmacSHA1", SECRET, signed.toString().getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> first = intake.http.postForm("/sms/inbound", form, "X-Twilio-Signature", signature);
    assertEquals(200, first.statusCode(), first.body());
    assertTrue(first.body().startsWith("<?xml") && first.body().contains("<Response><Message>"), first.body());
    HttpResponse<String> again = intake.http.postForm("/sms/inbound", form, "X-Twilio-Signature", signature);
    assertEquals(first.body(), again.body(), "a redelivery gets the same tracking code");
    assertEquals(1, intake.received().stream().filter(e -> e.getChannelMessageId().equals("SM0123456789abcdef")).count());
  }

  @Test
  void unsignedOrBadInputIsRefused() {
    assertEquals(403, intake.http.postForm("/sms/inbound", Map.of("from", "0812", "text", "x", "id", "u1")).statusCode());
    assertEquals(403, intake.http.postForm("/sms/inbound", Map.of("from", "0812", "text", "x", "id", "u1"),
        "X-Aduan-Signature", "sha256=00").statusCode());
    String noText = Http.form(Map.of("from", "0812", "id", "u2"));
    HttpResponse<String> missing = intake.http.post("/sms/inbound", "application/x-www-form-urlencoded", noText.getBytes(),
        "X-Aduan-Signature", "sha256=" + Signatures.sha256Hex(SECRET, noText.getBytes()));
    assertEquals(400, missing.statusCode());
    assertTrue(missing.body().contains("\"text\""), missing.body());
    assertEquals(415, intake.http.postJson("/sms/inbound", "{}").statusCode());
  }
}
