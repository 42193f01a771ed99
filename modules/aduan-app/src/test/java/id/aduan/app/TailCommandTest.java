package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.event.Unit;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@WithKafka
class TailCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsAvroValuesAsJsonLines(KafkaCluster kafka, SchemaRegistry registry) throws Exception {
    String prefix = KafkaCluster.uniqueName("tail") + ".";
    TopicCatalogue catalogue =
        TopicCatalogue.from(Map.of("schema.registry.url", registry.url(), "aduan.topic.prefix", prefix));
    Topic<String, Unit> units = catalogue.units();
    kafka.createTopic(units.name(), 1);
    try (var producer = new KafkaProducer<>(kafka.producerProps(), units.keySerde().serializer(), units.valueSerde().serializer())) {
      for (String id : List.of("lalin", "kir", "terminal")) {
        producer.send(new ProducerRecord<>(units.name(), id, unit(id))).get();
      }
    }

    CommandRun run = tail(kafka, registry, prefix, "config.units", "--from-beginning", "--max", "3");
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> lines = run.out().lines().map(TailCommandTest::parse).toList();
    assertEquals(3, lines.size(), run.out());
    assertEquals("lalin", lines.get(0).path("key").asText());
    assertEquals("Bidang lalin", lines.get(0).path("value").path("name").asText());
    assertEquals(prefix + "config.units", lines.get(2).path("topic").asText());
    assertTrue(run.err().contains("3 record(s)"), run.err());
  }

  @Test
  void showsRawRecordsWithTheirHeaders(KafkaCluster kafka, SchemaRegistry registry) throws Exception {
    String prefix = KafkaCluster.uniqueName("tailraw") + ".";
    String dlq = prefix + "complaints.dlq";
    kafka.createTopic(dlq, 1);
    try (var producer = new KafkaProducer<>(kafka.producerProps(), new StringSerializer(), new ByteArraySerializer())) {
      var record = new ProducerRecord<String, byte[]>(dlq, "c-1", new byte[] {7, (byte) 0xff, 0, 1});
      record.headers().add("aduan.dlq.reason", "unknown magic byte".getBytes(StandardCharsets.UTF_8));
      producer.send(record).get();
    }
    CommandRun run = tail(kafka, registry, prefix, "complaints.dlq", "--from-beginning", "--idle-timeout", "2");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode line = parse(run.out().strip());
    assertEquals("unknown magic byte", line.path("headers").path("aduan.dlq.reason").asText());
    assertEquals("B/8AAQ==", line.path("valueBase64").asText());
  }

  @Test
  void undecodableRecordsArePrintedInBase64WithTheReasonAndTheRestFollows(KafkaCluster kafka, SchemaRegistry registry)
      throws Exception {
    String prefix = KafkaCluster.uniqueName("tailbad") + ".";
    TopicCatalogue catalogue =
        TopicCatalogue.from(Map.of("schema.registry.url", registry.url(), "aduan.topic.prefix", prefix));
    Topic<String, Unit> units = catalogue.units();
    kafka.createTopic(units.name(), 1);
    byte[] lalin = units.valueSerde().serializer().serialize(units.name(), unit("lalin"));
    byte[] kir = units.valueSerde().serializer().serialize(units.name(), unit("kir"));
    // the registered schema, then a first field (a string) claiming to be about 4 GB long
    byte[] hugeString = ByteBuffer.allocate(10).put(lalin, 0, 5).put(new byte[] {(byte) 0x80, (byte) 0xa0, (byte) 0xd9, (byte) 0xe6, 0x1d}).array();
    byte[] unknownSchema = {0, 0x7f, 0x7f, 0x7f, 0x7f, 2, 65};
    byte[] binaryKey = {(byte) 0xc3, 0x28, 0};
    try (var producer = new KafkaProducer<>(kafka.producerProps(), new ByteArraySerializer(), new ByteArraySerializer())) {
      var poison = new ProducerRecord<>(units.name(), binaryKey, hugeString);
      poison.headers().add("aduan.dlq.reason", "payload claims 4 GB".getBytes(StandardCharsets.UTF_8));
      producer.send(poison).get();
      producer.send(new ProducerRecord<>(units.name(), "x".getBytes(StandardCharsets.UTF_8), unknownSchema)).get();
      producer.send(new ProducerRecord<>(units.name(), "lalin".getBytes(StandardCharsets.UTF_8), lalin)).get();
      producer.send(new ProducerRecord<>(units.name(), "kir".getBytes(StandardCharsets.UTF_8), kir)).get();
    }

    CommandRun run = tail(kafka, registry, prefix, "config.units", "--from-beginning", "--idle-timeout", "2");
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> lines = run.out().lines().map(TailCommandTest::parse).toList();
    assertEquals(4, lines.size(), run.out());
    JsonNode first = lines.get(0);
    assertTrue(first.path("decodeError").asText().contains("Cannot read strings longer than"), first.toString());
    assertEquals("payload claims 4 GB", first.path("headers").path("aduan.dlq.reason").asText());
    assertEquals(Base64.getEncoder().encodeToString(binaryKey), first.path("keyBase64").asText());
    assertEquals(Base64.getEncoder().encodeToString(hugeString), first.path("valueBase64").asText());
    assertEquals(0, first.path("offset").asLong());
    JsonNode second = lines.get(1);
    assertTrue(second.path("decodeError").asText().contains("2139062143"), second.toString());
    assertEquals(Base64.getEncoder().encodeToString(unknownSchema), second.path("valueBase64").asText());
    assertEquals("Bidang lalin", lines.get(2).path("value").path("name").asText());
    assertEquals("Bidang kir", lines.get(3).path("value").path("name").asText());
    assertTrue(run.err().contains("4 record(s)"), run.err());
  }

  @Test
  void missingTopicIsAClearError(KafkaCluster kafka, SchemaRegistry registry) {
    CommandRun run = tail(kafka, registry, "nothing-here.", "unit.nobody", "--max", "1");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("No topic nothing-here.unit.nobody"), run.err());
  }

  private static CommandRun tail(KafkaCluster kafka, SchemaRegistry registry, String prefix, String topic, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of(
        "tail", topic, "--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(), "--prefix", prefix));
    args.addAll(List.of(extra));
    return CommandRun.of(args.toArray(String[]::new));
  }

  private static Unit unit(String id) {
    return Unit.newBuilder()
        .setUnitId(id)
        .setName("Bidang " + id)
        .setAgency("Dinas Perhubungan Provinsi Sumatera Selatan")
        .setUpdatedAt(Instant.parse("2026-11-01T00:00:00Z"))
        .build();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
