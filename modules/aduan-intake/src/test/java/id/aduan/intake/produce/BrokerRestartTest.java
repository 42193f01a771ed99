package id.aduan.intake.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.support.Http;
import id.aduan.intake.support.IntakeFixture;
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

/** A broker that goes away and comes back: the complaint refused meanwhile never shows up. */
@WithKafka
class BrokerRestartTest {

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
        assertEquals(202, http.postJson("/api/v1/complaints", "{\"text\":\"sebelum\"}").statusCode());
        cluster.brokers().get(0).shutdown();
        cluster.brokers().get(0).awaitShutdown();
        HttpResponse<String> refused = http.postJson("/api/v1/complaints", "{\"text\":\"selama mati\"}");
        assertEquals(503, refused.statusCode(), refused.body());
        cluster.restartBroker(0, Map.of());
        cluster.waitForReadyBrokers();
        // the same intake, reconnected, goes on accepting
        HttpResponse<String> after = retryUntilAccepted(http);
        assertEquals(202, after.statusCode(), after.body());
      }
      List<String> texts = readTexts(cluster.bootstrapServers(), prefix + "complaints.received", registry);
      assertEquals(List.of("sebelum", "sesudah"), texts, "the refused complaint never appears");
    } finally {
      cluster.close();
    }
  }

  private static HttpResponse<String> retryUntilAccepted(Http http) throws InterruptedException {
    HttpResponse<String> last = null;
    for (int i = 0; i < 20; i++) {
      last = http.postJson("/api/v1/complaints", "{\"text\":\"sesudah\"}", "Idempotency-Key", "after-restart");
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
