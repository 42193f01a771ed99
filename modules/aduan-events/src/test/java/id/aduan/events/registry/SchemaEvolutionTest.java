package id.aduan.events.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.events.serde.AvroDeserializer;
import id.aduan.events.serde.AvroSerde;
import id.aduan.events.serde.AvroSerdeConfig;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BACKWARD evolution as the real registry enforces it, and what the client makes of its verdicts. */
@WithKafka
class SchemaEvolutionTest {
  private static final Schema V1 =
      record("[{\"name\":\"complaintId\",\"type\":\"string\"},{\"name\":\"text\",\"type\":\"string\"}]");
  private static final Schema V2_NEW_OPTIONAL_FIELD =
      record(
          "[{\"name\":\"complaintId\",\"type\":\"string\"},{\"name\":\"text\",\"type\":\"string\"},"
              + "{\"name\":\"regionCode\",\"type\":[\"null\",\"string\"],\"default\":null}]");
  private static final Schema V2_TYPE_CHANGED =
      record("[{\"name\":\"complaintId\",\"type\":\"long\"},{\"name\":\"text\",\"type\":\"string\"}]");

  private final SchemaRegistryClient registry;
  private String subject;

  SchemaEvolutionTest(SchemaRegistry schemaRegistry) {
    this.registry = new RestSchemaRegistryClient(RegistryClientConfig.forUrl(schemaRegistry.url()));
  }

  @BeforeEach
  void backwardSubjectWithV1() {
    subject = KafkaCluster.uniqueName("evolution") + "-value";
    registry.register(subject, V1);
    registry.setCompatibility(subject, CompatibilityLevel.BACKWARD);
    assertEquals(CompatibilityLevel.BACKWARD, registry.compatibility(subject));
  }

  @Test
  void incompatibleChangeIsRejectedWithTheRegistrysReason() {
    CompatibilityResult verdict = registry.checkCompatibility(subject, V2_TYPE_CHANGED);
    assertFalse(verdict.compatible());

    var refused = assertThrows(SchemaRegistryException.class, () -> registry.register(subject, V2_TYPE_CHANGED));
    assertEquals(409, refused.httpStatus());
    assertEquals(SchemaRegistryException.INCOMPATIBLE_SCHEMA, refused.errorCode());
    assertTrue(refused.getMessage().contains(subject), refused.getMessage());
    assertEquals(1, registry.versions(subject).size(), "nothing registered");
  }

  @Test
  void serializerReportsTheRefusalClearly() {
    String topic = subject.substring(0, subject.length() - "-value".length());
    AvroSerde<GenericRecord> serde =
        AvroSerde.of(null, registry, AvroSerdeConfig.from(Map.of()), false);
    GenericRecord changed = new GenericData.Record(V2_TYPE_CHANGED);
    changed.put("complaintId", 7L);
    changed.put("text", "lampu mati");
    var e = assertThrows(SerializationException.class, () -> serde.serializer().serialize(topic, changed));
    assertTrue(e.getMessage().contains("Cannot register the schema"), e.getMessage());
    assertTrue(e.getMessage().contains("409"), e.getMessage());
  }

  @Test
  void compatibleChangeRegistersAndOldDataStillReads() {
    assertTrue(registry.checkCompatibility(subject, V2_NEW_OPTIONAL_FIELD).compatible());
    int v1Id = registry.idOf(subject, V1);
    int v2Id = registry.register(subject, V2_NEW_OPTIONAL_FIELD);
    assertNotEquals(v1Id, v2Id);
    assertEquals(V2_NEW_OPTIONAL_FIELD, registry.latest(subject).schema());

    String topic = subject.substring(0, subject.length() - "-value".length());
    GenericRecord old = new GenericData.Record(V1);
    old.put("complaintId", "01J");
    old.put("text", "jalan berlubang");
    byte[] writtenWithV1 =
        AvroSerde.<GenericRecord>of(null, registry, AvroSerdeConfig.from(Map.of()), false)
            .serializer()
            .serialize(topic, old);

    AvroDeserializer<GenericRecord> v2Reader =
        AvroDeserializer.withReaderSchema(registry, AvroSerdeConfig.from(Map.of()), V2_NEW_OPTIONAL_FIELD);
    GenericRecord read = v2Reader.deserialize(topic, writtenWithV1);
    assertEquals(V2_NEW_OPTIONAL_FIELD, read.getSchema());
    assertEquals("jalan berlubang", read.get("text").toString());
    assertNull(read.get("regionCode"));
  }

  private static Schema record(String fields) {
    return new Schema.Parser()
        .parse("{\"type\":\"record\",\"name\":\"Complaint\",\"namespace\":\"id.aduan.test\",\"fields\":" + fields + "}");
  }
}
