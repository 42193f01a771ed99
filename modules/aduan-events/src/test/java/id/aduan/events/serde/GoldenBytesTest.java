package id.aduan.events.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.events.registry.MockSchemaRegistry;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pins the bytes on the wire, worked out by hand from the Confluent framing and the Avro specification,
 * so compatibility with Confluent's serdes is a fact checked on every build rather than an assumption.
 */
class GoldenBytesTest {
  private static final String SCOPE = "golden-bytes";
  private static final Schema SCHEMA =
      new Schema.Parser()
          .parse(
              """
              {"type":"record","name":"Golden","namespace":"id.aduan.test","fields":[
                {"name":"complaintId","type":"string"},
                {"name":"priority","type":"int"},
                {"name":"note","type":["null","string"],"default":null},
                {"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}}]}
              """);

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  @Test
  void aFixedRecordHasFixedBytes() {
    GenericRecord record = new GenericData.Record(SCHEMA);
    record.put("complaintId", "AB1");
    record.put("priority", -3);
    record.put("note", "ok");
    record.put("at", Instant.parse("2023-11-14T22:13:20Z").toEpochMilli());

    AvroSerde<GenericRecord> serde = AvroSerde.generic(Map.of("schema.registry.url", "mock://" + SCOPE), false);
    byte[] bytes = serde.serializer().serialize("golden", record);

    byte[] expected =
        HexFormat.ofDelimiter(" ")
            .parseHex(
                String.join(
                    " ",
                    "00", // magic byte
                    "00 00 00 01", // schema id 1, big-endian (the first id of a fresh registry)
                    "06 41 42 31", // "AB1": zigzag length 3, then UTF-8
                    "05", // int -3, zigzag-encoded
                    "02 04 6f 6b", // union branch 1 (string), then "ok"
                    "80 a0 ab fe f9 62")); // long 1700000000000 ms, zigzag varint
    assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(bytes));
    assertEquals(record, serde.deserializer().deserialize("golden", bytes));
  }

  @Test
  void schemaIdIsBigEndian() {
    assertArrayEquals(new byte[] {0, 1, 2, 3, 4}, WireFormat.header(0x01020304));
  }
}
