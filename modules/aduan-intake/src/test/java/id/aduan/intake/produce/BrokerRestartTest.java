package id.aduan.intake.produce;

import static id.aduan.testkit.PrometheusText.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.support.Eventually;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.ops.OpsEndpoints;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;

/**
 * A broker that goes away and comes back: the complaint refused meanwhile never shows up, and readiness says
 * so while the broker is away.
 */
@WithKafka
class BrokerRestartTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void complaintRefusedWhileTheBrokerIsDownNeverAppearsAfterItReturns(SchemaRegistry registry) throws Exception {
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
            .setCombined(false).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("min.insync.replicas", "1")
        .setConfigProp("auto.create.topics.enable", "false")
        .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      Map<String, String> settings = new HashMap<>();
      settings.put(IntakeConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers());
      settings.put(IntakeConfig.SCHEMA_REGISTRY_URL, registry.url());
      settings.put(IntakeConfig.PORT, "0");
      settings.put(IntakeConfig.HOST, "127.0.0.1");
      settings.put(IntakeConfig.ACK_TIMEOUT_MS, "3000");
      // one producer, so the refused complaint goes to the producer already in use when the broker left
      settings.put(IntakeConfig.PARALLEL_TRANSACTIONS, "1");
      settings.put(IntakeConfig.TRANSACTIONAL_ID, KafkaCluster.uniqueName("restart-tx"));
      settings.put(IntakeConfig.REPORTER_KEY_SECRET, IntakeFixture.SECRET);
      String prefix = "aduan.";
      try (IntakeApplication app = IntakeApplication.start(IntakeConfig.of(settings))) {
        Http http = Http.forPort(app::port);
        Eventually.await("ready", WAIT, () -> http.get(OpsEndpoints.READY), r -> r.statusCode() == 200);
        // the first transaction on a new cluster waits for its transaction log: retried under one key
        assertEquals(202, retryUntilAccepted(http, "sebelum", "before-stop").statusCode());
        cluster.brokers().get(0).shutdown();
        cluster.brokers().get(0).awaitShutdown();
        HttpResponse<String> down = Eventually.await("not ready", WAIT, () -> http.get(OpsEndpoints.READY), r -> r.statusCode() == 503);
        assertTrue(down.body().contains("Kafka does not answer"), down.body());
        HttpResponse<String> refused = http.postJson("/api/v1/complaints", "{\"text\":\"selama mati\"}");
        assertEquals(503, refused.statusCode(), refused.body());
        cluster.restartBroker(0, Map.of());
        cluster.waitForReadyBrokers();
        // the same intake, reconnected, goes on accepting
        HttpResponse<String> after = retryUntilAccepted(http, "sesudah", "after-restart");
        assertEquals(202, after.statusCode(), after.body());
        Eventually.await("ready again", WAIT, () -> http.get(OpsEndpoints.READY), r -> r.statusCode() == 200);
        String metrics = http.get(OpsEndpoints.METRICS).body();
        assertEquals(2.0, sample(metrics, "aduan_intake_received_total", "channel=\"WEB\""), "accepted, not refused, complaints count");
        assertTrue(sample(metrics, "aduan_http_server_requests_seconds_count", "route=\"/api/v1/complaints\"", "status=\"503\"") >= 1,
            "the refused request is counted by status");
      }
      List<String> texts = readTexts(cluster.bootstrapServers(), prefix + "complaints.received", registry);
      assertEquals(List.of("sebelum", "sesudah"), texts, "the refused complaint never appears");
    } finally {
      cluster.close();
    }
  }

  private static HttpResponse<String> retryUntilAccepted(Http http, String text, String key) throws InterruptedException {
    HttpResponse<String> last = null;
    for (int i = 0; i < 20; i++) {
      last = http.postJson("/api/v1/complaints", "{\"text\":\"" + text + "\"}", "Idempotency-Key", key);
      if (last.statusCode() == 202) {
        return last;
      }
      Thread.sleep(1000);
    }
    assertNotEquals(503, last.statusCode(), "intake reconnects after the broker returns");
    return last;
  }

  private static List<String> readTexts(String bootstrap, String topic, SchemaRegistry registry) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaCluster.uniqueName("restart-read"));
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    var catalogue = id.aduan.events.topic.TopicCatalogue.from(Map.of("schema.registry.url", registry.url()));
    List<String> texts = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(),
        catalogue.complaintsReceived().valueSerde().deserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
      while (System.nanoTime() < deadline && texts.size() < 3) {
        consumer.poll(Duration.ofMillis(300)).forEach(r -> texts.add(r.value().getText()));
      }
    }
    texts.sort(null);
    return texts;
  }
}
