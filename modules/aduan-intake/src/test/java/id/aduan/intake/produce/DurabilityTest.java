package id.aduan.intake.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What survives a restart of intake, and what happens when the broker is gone. */
@WithKafka
class DurabilityTest {

  @Test
  void idempotencyKeysSurviveARestart(KafkaCluster kafka, SchemaRegistry registry) {
    try (IntakeFixture intake = new IntakeFixture(kafka, registry)) {
      JsonNode first = Http.json(intake.http.postJson("/api/v1/complaints", "{\"text\":\"Terminal kotor\"}",
          "Idempotency-Key", "restart-1"));
      intake.restart();
      HttpResponse<String> again = intake.http.postJson("/api/v1/complaints", "{\"text\":\"Terminal kotor\"}",
          "Idempotency-Key", "restart-1");
      assertEquals(202, again.statusCode(), again.body());
      assertEquals(first.get("complaintId").asText(), Http.json(again).get("complaintId").asText());
      assertEquals(first.get("trackingCode").asText(), Http.json(again).get("trackingCode").asText());
      HttpResponse<String> status = intake.http.get("/api/v1/complaints/" + first.get("trackingCode").asText());
      assertEquals(200, status.statusCode(), "tracking works after a restart");
      assertEquals(1, intake.received().stream().filter(e -> e.getChannelMessageId().equals("restart-1")).count());
    }
  }

  @Test
  void brokerDownGives503AndNothingIsAcknowledged(SchemaRegistry registry) {
    KafkaCluster own = KafkaCluster.start(1);
    IntakeFixture intake = new IntakeFixture(own, registry, Map.of(IntakeConfig.ACK_TIMEOUT_MS, "3000"));
    try {
      assertEquals(202, intake.http.postJson("/api/v1/complaints", "{\"text\":\"sebelum\"}").statusCode());
      own.close();
      long start = System.nanoTime();
      HttpResponse<String> refused = intake.http.postJson("/api/v1/complaints", "{\"text\":\"sesudah\"}",
          "Idempotency-Key", "while-down");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(503, refused.statusCode(), refused.body());
      assertTrue(refused.headers().firstValue("Retry-After").isPresent());
      assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
      assertTrue(millis < 15_000, "answered within the bounded wait, took " + millis + " ms");
      assertTrue(intake.app().intake().ledger().byIdempotencyKey("WEB:while-down").isEmpty(), "not remembered as accepted");
      assertEquals(503, intake.http.postJson("/api/v1/complaints", "{\"text\":\"sesudah\"}",
          "Idempotency-Key", "while-down").statusCode(), "a retry is refused too, not answered from a stale state");
    } finally {
      intake.close();
      own.close();
    }
  }
}
