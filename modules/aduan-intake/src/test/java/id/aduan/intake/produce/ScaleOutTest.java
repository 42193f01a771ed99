package id.aduan.intake.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.testkit.FreePorts;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Several intake instances on one cluster, each with the transactional id it derives by default. */
@WithKafka
class ScaleOutTest {
  private static final int PER_INSTANCE = 20;

  @Test
  void derivedTransactionalIdsDifferPerPortAndStayStableForOnePort() {
    Map<String, String> base = Map.of(IntakeConfig.TRANSACTIONAL_ID_PREFIX, "dishub-intake");
    String a = IntakeConfig.of(with(base, IntakeConfig.PORT, "8080")).transactionalId();
    String b = IntakeConfig.of(with(base, IntakeConfig.PORT, "8081")).transactionalId();
    assertTrue(a.startsWith("dishub-intake-") && a.endsWith("-8080"), a);
    assertNotEquals(a, b);
    assertEquals(a, IntakeConfig.of(with(base, IntakeConfig.PORT, "8080")).transactionalId(), "a restart gets its id back");
    assertNotEquals(IntakeConfig.of(with(base, IntakeConfig.PORT, "0")).transactionalId(),
        IntakeConfig.of(with(base, IntakeConfig.PORT, "0")).transactionalId(), "a random port, a random id");
    assertEquals("explicit", IntakeConfig.of(with(base, IntakeConfig.TRANSACTIONAL_ID, "explicit")).transactionalId());
  }

  @Test
  void twoInstancesSideBySideAnswerEveryComplaintAndFenceNothing(KafkaCluster kafka, SchemaRegistry registry) throws Exception {
    String prefix = KafkaCluster.uniqueName("scale") + ".";
    String txPrefix = KafkaCluster.uniqueName("intake");
    List<IntakeFixture> instances = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      for (int i = 0; i < 2; i++) {
        // no transactional id given: each derives its own from the prefix, the host and its port
        instances.add(new IntakeFixture(kafka, registry, Map.of(
            IntakeConfig.TOPIC_PREFIX, prefix,
            IntakeConfig.TRANSACTIONAL_ID, "",
            IntakeConfig.TRANSACTIONAL_ID_PREFIX, txPrefix,
            IntakeConfig.PORT, String.valueOf(FreePorts.next()))));
      }
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int n = 0; n < PER_INSTANCE; n++) {
        for (int i = 0; i < instances.size(); i++) {
          IntakeFixture instance = instances.get(i);
          String text = "{\"text\":\"Halte rusak nomor " + n + " lewat instans " + i + "\"}";
          answers.add(CompletableFuture.supplyAsync(() -> instance.http.postJson("/api/v1/complaints", text), clients));
        }
      }
      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertEquals(202, response.statusCode(), response.body());
      }
      Set<String> ids = instances.get(0).received().stream()
          .filter(e -> e.getText().startsWith("Halte rusak nomor"))
          .map(e -> e.getComplaintId().toString()).collect(Collectors.toSet());
      assertEquals(2 * PER_INSTANCE, ids.size(), "every acknowledged complaint is on the topic");
    } finally {
      clients.shutdownNow();
      instances.forEach(IntakeFixture::close);
    }
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> out = new java.util.HashMap<>(base);
    out.put(key, value);
    return out;
  }
}
