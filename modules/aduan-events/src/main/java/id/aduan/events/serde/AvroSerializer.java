package id.aduan.events.serde;

import id.aduan.events.registry.SchemaRegistryClient;
import id.aduan.events.registry.SchemaRegistryClients;
import id.aduan.events.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated or generic) in Confluent's wire format, registering or looking up the
 * schema under the subject its {@link SubjectNameStrategy} gives.
 */
public final class AvroSerializer<T extends IndexedRecord> implements Serializer<T> {
  private SchemaRegistryClient registry;
  private AvroSerdeConfig config;
  private boolean isKey;
  private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

  /** For Kafka to instantiate by class name; {@link #configure} must follow. */
  public AvroSerializer() {}

  /** Ready to use with the given client (shared caches) and settings. */
  public AvroSerializer(SchemaRegistryClient registry, AvroSerdeConfig config, boolean isKey) {
    this.registry = registry;
    this.config = config;
    this.isKey = isKey;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.registry = SchemaRegistryClients.create(configs);
    this.config = AvroSerdeConfig.from(configs);
    this.isKey = isKey;
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    if (registry == null) {
      throw new IllegalStateException("AvroSerializer used before configure()");
    }
    Schema schema = record.getSchema();
    String subject = config.subjectNameStrategy(isKey).subject(topic, isKey, schema);
    int id;
    Schema writerSchema = schema;
    try {
      if (config.useLatestVersion()) {
        var latest = registry.latest(subject);
        id = latest.id();
        writerSchema = latest.schema();
      } else if (config.autoRegisterSchemas()) {
        id = registry.register(subject, schema);
      } else {
        id = registry.idOf(subject, schema);
      }
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "Cannot " + (config.autoRegisterSchemas() ? "register" : "look up") + " the schema of "
              + schema.getFullName() + " under subject " + subject + " for topic " + topic + ": " + e.getMessage(),
          e);
    }
    return encode(topic, record, id, writerSchema);
  }

  private byte[] encode(String topic, T record, int id, Schema writerSchema) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(WireFormat.header(id));
    try {
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      writers.computeIfAbsent(writerSchema, s -> writerFor(s, record)).write(record, encoder);
      encoder.flush();
    } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
      throw new SerializationException(
          "Cannot encode " + writerSchema.getFullName() + " for topic " + topic + " with schema id " + id + ": " + e,
          e);
    }
    return out.toByteArray();
  }

  private static DatumWriter<Object> writerFor(Schema schema, IndexedRecord sample) {
    // generated classes carry their own model with the logical-type conversions (Instant for timestamps)
    GenericData model =
        sample instanceof SpecificRecordBase specific ? specific.getSpecificData() : GenericData.get();
    return new GenericDatumWriter<>(schema, model);
  }
}
