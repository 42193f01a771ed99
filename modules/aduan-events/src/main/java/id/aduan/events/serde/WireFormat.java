package id.aduan.events.serde;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, the schema id as a 4-byte big-endian int, then the Avro binary
 * encoding of the record. Keeping to it byte for byte keeps Aduan's topics readable by any
 * Confluent-compatible consumer.
 */
public final class WireFormat {
  public static final byte MAGIC_BYTE = 0;
  public static final int HEADER_SIZE = 5;
  private static final int SHOWN_BYTES = 16;

  private WireFormat() {}

  public static void writeHeader(ByteBuffer buffer, int schemaId) {
    buffer.put(MAGIC_BYTE).putInt(schemaId);
  }

  public static byte[] header(int schemaId) {
    ByteBuffer buffer = ByteBuffer.allocate(HEADER_SIZE);
    writeHeader(buffer, schemaId);
    return buffer.array();
  }

  /** The schema id of a framed payload, refusing anything that is not in this format. */
  public static int schemaId(String topic, byte[] payload) {
    if (payload.length < HEADER_SIZE) {
      throw new SerializationException(
          "Truncated payload on topic " + topic + ": " + payload.length + " bytes, fewer than the "
              + HEADER_SIZE + "-byte header; " + firstBytes(payload));
    }
    if (payload[0] != MAGIC_BYTE) {
      throw new SerializationException(
          "Unknown magic byte " + String.format("0x%02x", payload[0]) + " on topic " + topic
              + " (expected 0x00: not written by a Confluent-compatible Avro serializer); " + firstBytes(payload));
    }
    return ByteBuffer.wrap(payload, 1, 4).getInt();
  }

  /** The first bytes of a payload in hex, for error messages that let people see what arrived. */
  public static String firstBytes(byte[] payload) {
    int shown = Math.min(payload.length, SHOWN_BYTES);
    return "first bytes: "
        + HexFormat.ofDelimiter(" ").formatHex(payload, 0, shown)
        + (payload.length > shown ? " …" : "")
        + " (" + payload.length + " bytes in all)";
  }
}
