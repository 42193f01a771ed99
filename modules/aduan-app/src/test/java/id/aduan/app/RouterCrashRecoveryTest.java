package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router process is killed with SIGKILL in the middle of a stream of complaints and started again:
 * with exactly-once processing every complaint is routed exactly once, as read_committed consumers see it.
 */
@WithKafka
class RouterCrashRecoveryTest {
  private static final int COMPLAINTS = 400;
  private static final String[] PLACES = {"polda", "charitas", "jakabaring", "kertapati", "plaju", "sako", "kenten", "sukarami"};

  @Test
  void everyComplaintIsRoutedExactlyOnceAcrossAKill(KafkaCluster kafka, SchemaRegistry registry, @TempDir Path state)
      throws Exception {
    String prefix = KafkaCluster.uniqueName("crash") + ".";
    List<String> connection = List.of("--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(), "--prefix", prefix);
    assertEquals(0, cli(connection, "topics", "sync").exitCode());
    assertEquals(0, cli(connection, "units", "load", "../../config/dinas-perhubungan.yaml").exitCode());
    assertEquals(0, cli(connection, "rules", "load", "../../config/dinas-perhubungan.yaml").exitCode());
    TopicCatalogue topics = TopicCatalogue.from(Map.of(
        "schema.registry.url", registry.url(), TopicCatalogue.PREFIX_CONFIG, prefix, "bootstrap.servers", kafka.bootstrapServers()));

    Process first = startRouter(connection, state);
    Thread producer = new Thread(() -> produce(kafka, topics), "complaint-producer");
    producer.start();
    awaitRouted(kafka, topics, 40, Duration.ofSeconds(90));
    first.destroyForcibly(); // SIGKILL: no clean shutdown, no final commit
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));

    Process second = startRouter(connection, state);
    try {
      producer.join();
      List<String> decided = awaitRouted(kafka, topics, COMPLAINTS, Duration.ofSeconds(180));
      Set<String> distinct = new HashSet<>(decided);
      assertEquals(COMPLAINTS, distinct.size(), "every complaint decided");
      assertEquals(decided.size(), distinct.size(), "no complaint decided twice");

      List<String> onUnitTopics = new ArrayList<>();
      for (String unit : List.of("lalin", "angkutan", "terminal", "kir", "sungai", "sarpras", "pengawasan", "bptd", "pupr", "dishub-palembang")) {
        TopicReader.read(kafka.consumerProps(), topics.unitTopicName(unit), new StringDeserializer(), new ByteArrayDeserializer(),
            Integer.MAX_VALUE, Duration.ofSeconds(2)).forEach(r -> onUnitTopics.add(r.key()));
      }
      List<String> routedIds = keys(kafka, topics.complaintsRouted().name(), Duration.ofSeconds(3));
      assertEquals(routedIds.size(), new HashSet<>(routedIds).size(), "no duplicate on the routed topic");
      assertEquals(new HashSet<>(routedIds), new HashSet<>(onUnitTopics), "unit topics hold exactly the routed complaints");
      assertEquals(routedIds.size(), onUnitTopics.size(), "no duplicate on a unit topic");
    } finally {
      second.destroy();
      second.waitFor(40, TimeUnit.SECONDS);
    }
  }

  private static Process startRouter(List<String> connection, Path state) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "id.aduan.app.Aduan", "serve", "router", "--metrics-port", "0",
        "--state-dir", state.toString()));
    command.addAll(connection);
    File log = File.createTempFile("router-", ".log");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  private static void produce(KafkaCluster kafka, TopicCatalogue topics) {
    Topic<String, ComplaintReceived> received = topics.complaintsReceived();
    try (var producer = new KafkaProducer<>(kafka.producerProps(), received.keySerde().serializer(), received.valueSerde().serializer())) {
      for (int i = 0; i < COMPLAINTS; i++) {
        Instant now = Instant.now();
        String id = String.format("crash-%04d", i);
        String place = PLACES[i % PLACES.length];
        producer.send(new ProducerRecord<>(received.name(), id, ComplaintReceived.newBuilder()
            .setComplaintId(id).setEventTime(now).setReceivedAt(now).setChannel(Channel.SMS)
            .setChannelMessageId("sms-" + id)
            .setText("laporan " + i + ": lampu merah di simpang " + place + " mati, mohon segera diperbaiki nomor " + i)
            .setReporter(Reporter.newBuilder().setAnonymous(false).setConfidential(false).build())
            .setLocation(Location.newBuilder().setRegionCode("1671").build())
            .build()));
        if (i % 20 == 19) {
          producer.flush();
          Thread.sleep(100);
        }
      }
      producer.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Complaint ids on the routed and triage topics (each complaint goes to exactly one of them). */
  private static List<String> awaitRouted(KafkaCluster kafka, TopicCatalogue topics, int atLeast, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> ids = List.of();
    while (System.nanoTime() < deadline) {
      ids = new ArrayList<>(keys(kafka, topics.complaintsRouted().name(), Duration.ofSeconds(2)));
      ids.addAll(keys(kafka, topics.complaintsTriage().name(), Duration.ofSeconds(1)));
      if (ids.size() >= atLeast) {
        return ids;
      }
    }
    throw new AssertionError("only " + ids.size() + " of " + atLeast + " complaints decided within " + timeout);
  }

  private static List<String> keys(KafkaCluster kafka, String topic, Duration wait) {
    Map<String, Object> props = new HashMap<>(kafka.consumerProps());
    return TopicReader.read(props, topic, new StringDeserializer(), new ByteArrayDeserializer(), Integer.MAX_VALUE, wait)
        .stream().map(ConsumerRecord::key).toList();
  }

  private static CommandRun cli(List<String> connection, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(connection);
    return CommandRun.of(all.toArray(String[]::new));
  }
}
