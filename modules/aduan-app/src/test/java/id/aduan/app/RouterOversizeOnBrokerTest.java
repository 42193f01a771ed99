package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.DeadLetterHeaders;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records just under the broker's size limit, whose dead-letter copies would not fit: the router
 * dead-letters a cut copy with the original's size and SHA-256, and the next complaint in the same
 * partition is routed (before, the stream thread failed on the same record again and again).
 */
@WithKafka
class RouterOversizeOnBrokerTest {
  private static final Duration WAIT = Duration.ofSeconds(90);
  /** Record batch header plus one record's framing, with room to spare. */
  private static final int FRAMING = 61 + 64;

  @Test
  void aRecordTooLargeToDeadLetterWholeIsCutAndTheNextComplaintIsRouted(
      KafkaCluster kafka, SchemaRegistry registry, @TempDir Path state) throws Exception {
    String prefix = KafkaCluster.uniqueName("oversize") + ".";
    Map<String, Object> clientProps = new HashMap<>(Map.of(
        "bootstrap.servers", kafka.bootstrapServers(), "schema.registry.url", registry.url(), TopicCatalogue.PREFIX_CONFIG, prefix));
    for (String[] command : List.of(new String[] {"topics", "sync"},
        new String[] {"units", "load", "../../config/dinas-perhubungan.yaml"},
        new String[] {"rules", "load", "../../config/dinas-perhubungan.yaml"})) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(), "--prefix", prefix));
      CommandRun run = CommandRun.of(args.toArray(String[]::new));
      assertEquals(0, run.exitCode(), run.err());
    }
    TopicCatalogue topics = TopicCatalogue.from(clientProps);
    Topic<String, ComplaintReceived> received = topics.complaintsReceived();
    int brokerLimit = brokerMaxMessageBytes(kafka);

    byte[] undecodableKey = "big-1".getBytes(StandardCharsets.UTF_8);
    byte[] undecodable = new byte[brokerLimit - FRAMING - undecodableKey.length];
    Arrays.fill(undecodable, (byte) 'A');
    byte[] invalid = tooLongComplaint(received, undecodable.length);
    assertEquals(undecodable.length, invalid.length);
    ComplaintReceived valid = complaint("ok-3", "lampu merah di simpang polda mati total sejak tadi pagi, kendaraan semrawut");
    byte[] validBytes = received.valueSerde().serializer().serialize(received.name(), valid);

    try (RouterApp router = RouterApp.start(clientProps, RouterSettings.standard(), RouterApp.startupModel(null), state)) {
      Map<String, Object> producerProps = new HashMap<>(kafka.producerProps());
      producerProps.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * brokerLimit);
      try (var producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
        // one partition, in this order: the valid complaint is only read once the router got past both
        producer.send(new ProducerRecord<>(received.name(), 0, undecodableKey, undecodable)).get();
        producer.send(new ProducerRecord<>(received.name(), 0, bytes("big-2"), invalid)).get();
        producer.send(new ProducerRecord<>(received.name(), 0, bytes("ok-3"), validBytes)).get();
      }

      Topic<String, ComplaintRouted> routed = topics.complaintsRouted();
      var routedRecords = TopicReader.read(kafka.consumerProps(), routed.name(), routed.keySerde().deserializer(),
          routed.valueSerde().deserializer(), 1, WAIT);
      assertEquals(List.of("ok-3"), routedRecords.stream().map(ConsumerRecord::key).toList());

      var dead = TopicReader.read(kafka.consumerProps(), topics.complaintsDlq().name(), new ByteArrayDeserializer(),
          new ByteArrayDeserializer(), 2, WAIT);
      assertEquals(2, dead.size(), "dead letters: " + dead.size());
      // keyed differently, the two may sit in different DLQ partitions: order them by their source offset
      dead.sort(Comparator.comparing(record -> header(record, DeadLetterHeaders.OFFSET)));
      assertCut(dead.get(0), "decode", 0, undecodable);
      assertCut(dead.get(1), "validate", 1, invalid);
      assertEquals(KafkaStreams.State.RUNNING, router.state());
    }
  }

  private static void assertCut(ConsumerRecord<byte[], byte[]> dead, String stage, long offset, byte[] original) throws Exception {
    assertEquals(stage, header(dead, DeadLetterHeaders.STAGE), header(dead, DeadLetterHeaders.REASON));
    assertEquals(Long.toString(offset), header(dead, DeadLetterHeaders.OFFSET));
    assertEquals("0", header(dead, DeadLetterHeaders.PARTITION));
    assertEquals("value", header(dead, DeadLetterHeaders.TRUNCATED));
    assertEquals(Integer.toString(original.length), header(dead, DeadLetterHeaders.VALUE_SIZE));
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)),
        header(dead, DeadLetterHeaders.VALUE_SHA256));
    assertTrue(dead.value().length < original.length / 4, "kept " + dead.value().length + " bytes");
    assertArrayEquals(Arrays.copyOf(original, dead.value().length), dead.value());
  }

  /** A well-formed complaint of exactly {@code size} bytes, refused by validation for its long text. */
  private static byte[] tooLongComplaint(Topic<String, ComplaintReceived> received, int size) {
    int textLength = size - 1_000;
    for (int attempt = 0; attempt < 3; attempt++) {
      byte[] bytes = received.valueSerde().serializer().serialize(received.name(), complaint("big-2", "a".repeat(textLength)));
      if (bytes.length == size) {
        return bytes;
      }
      textLength += size - bytes.length;
    }
    throw new AssertionError("no complaint of " + size + " bytes");
  }

  private static int brokerMaxMessageBytes(KafkaCluster kafka) throws Exception {
    var admin = kafka.admin();
    String brokerId = Integer.toString(admin.describeCluster().nodes().get().iterator().next().id());
    ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, brokerId);
    Config config = admin.describeConfigs(List.of(broker)).all().get().get(broker);
    return Integer.parseInt(config.get("message.max.bytes").value());
  }

  private static ComplaintReceived complaint(String id, String text) {
    Instant now = Instant.now();
    return ComplaintReceived.newBuilder()
        .setComplaintId(id).setEventTime(now).setReceivedAt(now).setChannel(Channel.WEB)
        .setChannelMessageId("m-" + id).setText(text)
        .setReporter(Reporter.newBuilder().setAnonymous(false).setConfidential(false).build())
        .setLocation(Location.newBuilder().setRegionCode("1671").build())
        .build();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String header(ConsumerRecord<?, ?> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
