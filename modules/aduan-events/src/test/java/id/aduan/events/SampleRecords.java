package id.aduan.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Fills any generated record with values for every field, optional ones included, from a seed: enough to
 * prove each contract survives the round trip without writing a sample by hand for each type.
 */
public final class SampleRecords {
  private final Random random;

  public SampleRecords(long seed) {
    this.random = new Random(seed);
  }

  public <T extends SpecificRecordBase> T sample(Class<T> type) {
    Schema schema = SpecificData.get().getSchema(type);
    Object generic = value(schema, "root");
    return toSpecific(type, schema, generic);
  }

  /** Goes through the binary encoding so logical types become the generated class's Java types. */
  @SuppressWarnings("unchecked")
  private static <T> T toSpecific(Class<T> type, Schema schema, Object generic) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<>(schema, GenericData.get()).write(generic, encoder);
      encoder.flush();
      return (T)
          SpecificData.getForClass(type)
              .createDatumReader(schema)
              .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object value(Schema schema, String name) {
    return switch (schema.getType()) {
      case RECORD -> {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          record.put(field.name(), value(field.schema(), field.name()));
        }
        yield record;
      }
      case UNION -> {
        List<Schema> branches = schema.getTypes();
        yield value(branches.get(branches.size() - 1), name);
      }
      case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(random.nextInt(schema.getEnumSymbols().size())));
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        items.add(value(schema.getElementType(), name));
        items.add(value(schema.getElementType(), name));
        yield new GenericData.Array<>(schema, items);
      }
      case MAP -> Map.of("k-" + random.nextInt(100), value(schema.getValueType(), name));
      case STRING -> name + "-" + Integer.toString(random.nextInt(1_000_000), 36) + " ñ✓";
      case BYTES -> ByteBuffer.wrap(new byte[] {1, 2, (byte) random.nextInt()});
      case FIXED -> new GenericData.Fixed(schema, new byte[schema.getFixedSize()]);
      case INT -> schema.getLogicalType() instanceof LogicalTypes.Date ? 19_700 + random.nextInt(1000) : 1 + random.nextInt(4);
      case LONG -> 1_700_000_000_000L + random.nextInt(1_000_000_000);
      case FLOAT -> random.nextFloat();
      case DOUBLE -> random.nextDouble();
      case BOOLEAN -> random.nextBoolean();
      case NULL -> null;
    };
  }
}
