package id.aduan.events.serde;

import id.aduan.events.registry.SchemaRegistryClient;
import id.aduan.events.registry.SchemaRegistryClients;
import id.aduan.events.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro: finds the writer's schema by the id in the frame and resolves it against
 * the reader's schema (the generated class's, when one is asked for), so data written with older or newer
 * compatible schemas reads. Anything that is not a valid frame fails with a {@link SerializationException}
 * that says why and shows the first bytes, never a silent null.
 */
public final class AvroDeserializer<T> implements Deserializer<T> {
  private record ReaderKey(int writerId, Schema reader) {}

  private final Class<T> targetType;
  private final Schema fixedReader;
  private SchemaRegistryClient registry;
  private AvroSerdeConfig config;
  private final Map<ReaderKey, DatumReader<T>> readers = new ConcurrentHashMap<>();

  /** For Kafka to instantiate by class name: generic records unless {@code specific.avro.reader=true}. */
  public AvroDeserializer() {
    this(null, null, null, null);
  }

  /** Reads into the given generated class (or GenericRecord when {@code targetType} is null). */
  public AvroDeserializer(SchemaRegistryClient registry, AvroSerdeConfig config, Class<T> targetType) {
    this(registry, config, targetType, null);
  }

  private AvroDeserializer(
      SchemaRegistryClient registry, AvroSerdeConfig config, Class<T> targetType, Schema fixedReader) {
    this.registry = registry;
    this.config = config;
    this.targetType = targetType;
    this.fixedReader = fixedReader;
    TrustedPackages.trust(targetType);
  }

  /**
   * Reads generic records resolved to the given reader schema, as a consumer built against one version of
   * a contract reads data written with any compatible version.
   */
  public static <R> AvroDeserializer<R> withReaderSchema(
      SchemaRegistryClient registry, AvroSerdeConfig config, Schema readerSchema) {
    return new AvroDeserializer<>(registry, config, null, Objects.requireNonNull(readerSchema));
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.registry = SchemaRegistryClients.create(configs);
    this.config = AvroSerdeConfig.from(configs);
  }

  @Override
  public T deserialize(String topic, byte[] payload) {
    if (payload == null) {
      return null; // a tombstone, not an error
    }
    if (registry == null) {
      throw new IllegalStateException("AvroDeserializer used before configure()");
    }
    int id = WireFormat.schemaId(topic, payload);
    Schema writer = writerSchema(topic, id, payload);
    DatumReader<T> reader = readers.computeIfAbsent(new ReaderKey(id, readerSchema(writer)), key -> readerFor(writer, key.reader()));
    BinaryDecoder decoder =
        DecoderFactory.get()
            .binaryDecoder(payload, WireFormat.HEADER_SIZE, payload.length - WireFormat.HEADER_SIZE, null);
    T value;
    try {
      value = reader.read(null, decoder);
      if (!decoder.isEnd()) {
        throw new SerializationException(
            "Payload on topic " + topic + " has bytes left after a complete " + writer.getFullName()
                + " (schema id " + id + "): it was not written with that schema; " + WireFormat.firstBytes(payload));
      }
    } catch (AvroTypeException e) {
      throw new SerializationException(
          "Payload on topic " + topic + " written with schema id " + id + " (" + writer.getFullName()
              + ") cannot be read with the reader's schema of " + readerSchema(writer).getFullName() + ": " + e.getMessage() + "; "
              + WireFormat.firstBytes(payload),
          e);
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new SerializationException(
          "Truncated or corrupt Avro payload on topic " + topic + " for " + writer.getFullName()
              + " (schema id " + id + "): " + e + "; " + WireFormat.firstBytes(payload),
          e);
    }
    return value;
  }

  private Schema writerSchema(String topic, int id, byte[] payload) {
    try {
      return registry.schemaById(id);
    } catch (SchemaRegistryException e) {
      String what = e.isNotFound() ? "Unknown schema id " + id : "Cannot fetch schema id " + id;
      throw new SerializationException(
          what + " in payload on topic " + topic + ": " + e.getMessage() + "; " + WireFormat.firstBytes(payload), e);
    }
  }

  private Schema readerSchema(Schema writer) {
    if (fixedReader != null) {
      return fixedReader;
    }
    if (targetType != null && !GenericData.Record.class.isAssignableFrom(targetType) && !Object.class.equals(targetType)) {
      return SpecificData.get().getSchema(targetType);
    }
    if (targetType == null && config.specificAvroReader()) {
      Class<?> generated = SpecificData.get().getClass(writer);
      if (generated == null) {
        throw new SerializationException(
            "specific.avro.reader is on but no generated class for " + writer.getFullName() + " is on the classpath");
      }
      return SpecificData.get().getSchema(generated);
    }
    return writer;
  }

  @SuppressWarnings("unchecked")
  private DatumReader<T> readerFor(Schema writer, Schema reader) {
    if (fixedReader == null && (targetType != null || config.specificAvroReader())) {
      Class<?> generated = SpecificData.get().getClass(reader);
      if (generated != null) {
        SpecificData model = SpecificData.getForClass(generated);
        return (DatumReader<T>) model.createDatumReader(writer, reader);
      }
    }
    return new GenericDatumReader<>(writer, reader, GenericData.get());
  }
}
