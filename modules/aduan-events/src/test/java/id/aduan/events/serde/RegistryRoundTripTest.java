package id.aduan.events.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.events.SampleRecords;
import id.aduan.events.registry.SchemaRegistryClient;
import id.aduan.events.registry.SchemaRegistryClients;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event contract through a real registry and a real broker, checked byte by byte on the topic. */
@WithKafka
class RegistryRoundTripTest {
  private final KafkaCluster kafka;
  private final SchemaRegistryClient registry;

  RegistryRoundTripTest(KafkaCluster kafka, SchemaRegistry schemaRegistry) {
    this.kafka = kafka;
    this.registry = SchemaRegistryClients.forUrl(schemaRegistry.url());
  }

  /** Every value type the catalogue puts on a topic, so a new topic is covered without touching this test. */
  @SuppressWarnings("unchecked")
  static Stream<Class<? extends SpecificRecordBase>> eventTypes() {
    TopicCatalogue catalogue = TopicCatalogue.from(Map.of("schema.registry.url", "mock://event-types"));
    return catalogue.all().stream()
        .map(Topic::valueSchema)
        .flatMap(java.util.Optional::stream)
        .<Class<? extends SpecificRecordBase>>map(
            schema -> (Class<? extends SpecificRecordBase>) org.apache.avro.specific.SpecificData.get().getClass(schema))
        .distinct();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventTypes")
  <T extends SpecificRecordBase> void roundTripsThroughBrokerAndRegistry(Class<T> type) throws Exception {
    String topic = KafkaCluster.uniqueName("roundtrip-" + type.getSimpleName());
    kafka.createTopic(topic, 1);
    @SuppressWarnings({"unchecked", "rawtypes"})
    AvroSerde<T> serde = (AvroSerde<T>) AvroSerde.of((Class) type, registry, AvroSerdeConfig.from(Map.of()), false);
    T sent = new SampleRecords(type.getName().hashCode()).sample(type);

    try (var producer = new KafkaProducer<>(kafka.producerProps(), new StringSerializer(), serde.serializer())) {
      producer.send(new ProducerRecord<>(topic, "c-1", sent)).get();
    }
    byte[] onTopic = readOne(topic);

    int registeredId = registry.idOf(topic + "-value", sent.getSchema());
    assertEquals(0, onTopic[0], "magic byte");
    assertEquals(registeredId, ByteBuffer.wrap(onTopic, 1, 4).getInt(), "schema id from the registry");
    assertEquals(sent, serde.deserializer().deserialize(topic, onTopic));
  }

  private byte[] readOne(String topic) {
    List<byte[]> values = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(kafka.consumerProps(), new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
    }
    assertEquals(1, values.size(), "records read from " + topic);
    return values.get(0);
  }
}
