package id.aduan.events.serde;

import id.aduan.events.registry.SchemaRegistryClient;
import id.aduan.events.registry.SchemaRegistryClients;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Serializer and deserializer of one Avro type, sharing one registry client and its caches. */
public final class AvroSerde<T extends IndexedRecord> extends Serdes.WrapperSerde<T> {

  private AvroSerde(AvroSerializer<T> serializer, AvroDeserializer<T> deserializer) {
    super(serializer, deserializer);
  }

  /** A serde for a generated class, configured from client properties ({@code schema.registry.url}, …). */
  public static <T extends SpecificRecord & IndexedRecord> AvroSerde<T> specific(
      Class<T> type, Map<String, ?> props, boolean isKey) {
    return of(type, SchemaRegistryClients.create(props), AvroSerdeConfig.from(props), isKey);
  }

  /** A serde for generic records, read with the writer's schema. */
  public static AvroSerde<GenericRecord> generic(Map<String, ?> props, boolean isKey) {
    return of(null, SchemaRegistryClients.create(props), AvroSerdeConfig.from(props), isKey);
  }

  /** A serde over an existing client, so that many serdes share one cache and connection pool. */
  public static <T extends IndexedRecord> AvroSerde<T> of(
      Class<T> type, SchemaRegistryClient registry, AvroSerdeConfig config, boolean isKey) {
    return new AvroSerde<>(
        new AvroSerializer<>(registry, config, isKey), new AvroDeserializer<>(registry, config, type));
  }

  /** Already configured at construction; Kafka's call is ignored so the shared client is kept. */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {}
}
