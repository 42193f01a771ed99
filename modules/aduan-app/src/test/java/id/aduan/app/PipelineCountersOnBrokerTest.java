package id.aduan.app;

import static id.aduan.testkit.PrometheusText.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.ops.RoleMetrics;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router's pipeline counters on /metrics carry what the test sent: one complaint routed to its unit with a
 * phone number masked, one left for triage, one refused by validation, and no citizen's text in any label.
 */
@WithKafka
class PipelineCountersOnBrokerTest {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String ROUTED_TEXT =
      "lampu merah di simpang polda mati total sejak tadi pagi, kendaraan semrawut, hubungi saya di 081234567890";
  private static final String TRIAGE_TEXT = "qwerty zxcvbn asdfgh uiopkl";

  @Test
  void routedTriagedRefusedAndMaskedComplaintsAreCounted(KafkaCluster kafka, SchemaRegistry registry, @TempDir Path state)
      throws Exception {
    StarterPipeline pipeline = new StarterPipeline(kafka, registry, "counters");
    TopicCatalogue topics = pipeline.setUp();
    PrometheusMeterRegistry metrics = RoleMetrics.registry("router");
    try (RouterApp router = RouterApp.start(pipeline.clientProps(), RouterSettings.standard(), RouterApp.startupModel(null),
        state, metrics)) {
      send(kafka, topics, complaint("routed", ROUTED_TEXT, "m-routed"));
      send(kafka, topics, complaint("triaged", TRIAGE_TEXT, "m-triaged"));
      send(kafka, topics, complaint("refused", ROUTED_TEXT, "")); // no channel message id: refused
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline && (count(metrics, "aduan.router.classified") < 2
          || count(metrics, "aduan.dlq.records") < 1)) {
        Thread.sleep(300);
      }
      String text = metrics.scrape();
      assertEquals(1.0, sample(text, "aduan_router_routed_total", "unit=\"lalin\"", "role=\"router\""));
      assertEquals(1.0, sample(text, "aduan_router_triage_total"));
      assertEquals(1.0, sample(text, "aduan_dlq_records_total", "stage=\"validate\"", "exception=\"RefusedRecordException\""));
      assertTrue(sample(text, "aduan_router_pii_findings_total", "type=\"PHONE\"") >= 1.0, text);
      assertEquals(2.0, sample(text, "aduan_router_classified_total", "model_version="));
      assertTrue(text.contains("kafka_stream_"), "Kafka Streams meters are bound");
      for (String words : new String[] {"081234567890", "simpang polda", "qwerty"}) {
        assertTrue(!text.contains(words), "a complaint's text reached the metrics: " + words);
      }
    }
  }

  private static double count(PrometheusMeterRegistry metrics, String name) {
    return metrics.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  private static ComplaintReceived complaint(String id, String text, String messageId) {
    String complaintId = id + "-" + System.nanoTime();
    Instant now = Instant.now();
    return ComplaintReceived.newBuilder()
        .setComplaintId(complaintId).setEventTime(now).setReceivedAt(now).setChannel(Channel.WEB)
        .setChannelMessageId(messageId).setText(text)
        .setReporter(Reporter.newBuilder().setAnonymous(false).setConfidential(false).build())
        .setLocation(Location.newBuilder().setRegionCode("1671").build())
        .build();
  }

  private static void send(KafkaCluster kafka, TopicCatalogue topics, ComplaintReceived complaint) throws Exception {
    Topic<String, ComplaintReceived> received = topics.complaintsReceived();
    try (var producer = new KafkaProducer<>(kafka.producerProps(), received.keySerde().serializer(),
        received.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(received.name(), complaint.getComplaintId(), complaint)).get();
    }
  }
}
