package id.aduan.events.serde;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.events.registry.MockSchemaRegistry;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MalformedPayloadTest {
  private static final String SCOPE = "malformed";
  private static final Schema SCHEMA =
      new Schema.Parser()
          .parse(
              """
              {"type":"record","name":"Note","namespace":"id.aduan.test","fields":[
                {"name":"text","type":"string"},{"name":"count","type":"long"}]}
              """);
  private final AvroSerde<GenericRecord> serde =
      AvroSerde.generic(Map.of("schema.registry.url", "mock://" + SCOPE), false);

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  @Test
  void unknownMagicByteIsNamedWithTheBytes() {
    var e = assertThrows(SerializationException.class, () -> read(new byte[] {7, 0, 0, 0, 1, 2, 3}));
    assertTrue(e.getMessage().contains("Unknown magic byte 0x07"), e.getMessage());
    assertTrue(e.getMessage().contains("first bytes: 07 00 00 00 01 02 03"), e.getMessage());
  }

  @Test
  void unknownSchemaIdIsNamed() {
    var e = assertThrows(SerializationException.class, () -> read(new byte[] {0, 0, 0, 0x30, 0x39, 2, 65}));
    assertTrue(e.getMessage().contains("Unknown schema id 12345"), e.getMessage());
    assertTrue(e.getMessage().contains("first bytes: 00 00 00 30 39"), e.getMessage());
  }

  @Test
  void payloadShorterThanTheHeaderIsTruncated() {
    var e = assertThrows(SerializationException.class, () -> read(new byte[] {0, 0, 1}));
    assertTrue(e.getMessage().contains("Truncated payload"), e.getMessage());
    assertTrue(e.getMessage().contains("3 bytes"), e.getMessage());
  }

  @Test
  void recordCutShortIsTruncatedOrCorrupt() {
    byte[] whole = serde.serializer().serialize("notes", note("a longer text", 42));
    byte[] cut = Arrays.copyOf(whole, whole.length - 4);
    var e = assertThrows(SerializationException.class, () -> read(cut));
    assertTrue(e.getMessage().contains("Truncated or corrupt Avro payload"), e.getMessage());
    assertTrue(e.getMessage().contains("id.aduan.test.Note"), e.getMessage());
  }

  @Test
  void bytesLeftOverMeanTheWrongSchema() {
    byte[] whole = serde.serializer().serialize("notes", note("x", 1));
    byte[] padded = Arrays.copyOf(whole, whole.length + 3);
    var e = assertThrows(SerializationException.class, () -> read(padded));
    assertTrue(e.getMessage().contains("bytes left"), e.getMessage());
  }

  @Test
  void nullIsATombstoneNotAnError() {
    assertNull(read(null));
  }

  private Object read(byte[] payload) {
    return serde.deserializer().deserialize("notes", payload);
  }

  private static GenericRecord note(String text, long count) {
    GenericRecord record = new GenericData.Record(SCHEMA);
    record.put("text", text);
    record.put("count", count);
    return record;
  }
}
