package id.aduan.app.tail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.events.registry.SchemaRegistryClient;
import id.aduan.events.serde.AvroDeserializer;
import id.aduan.events.serde.AvroSerdeConfig;
import id.aduan.events.serde.WireFormat;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record as one line of JSON: where it is, its key, its headers and its value decoded from Avro
 * when it is Confluent-framed Avro; other values appear as text, or as base64 when they are not UTF-8.
 * A record that cannot be decoded (a corrupt payload, an unknown schema, a length that claims gigabytes)
 * is still one line: its key and value in base64, its headers, and the reason in {@code decodeError}.
 */
final class RecordJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final AvroDeserializer<GenericRecord> avro;

  RecordJson(SchemaRegistryClient registry) {
    this.avro = new AvroDeserializer<>(registry, AvroSerdeConfig.from(Map.of()), null);
  }

  String format(ConsumerRecord<byte[], byte[]> record) {
    ObjectNode line = located(record);
    putBytes(line, "key", record.key());
    try {
      putValue(line, record);
    } catch (RuntimeException | JsonProcessingException | StackOverflowError e) {
      return undecodable(record, e);
    }
    return line.toString();
  }

  private ObjectNode located(ConsumerRecord<byte[], byte[]> record) {
    ObjectNode line = JSON.createObjectNode();
    line.put("topic", record.topic());
    line.put("partition", record.partition());
    line.put("offset", record.offset());
    line.put("timestamp", record.timestamp());
    ObjectNode headers = line.putObject("headers");
    for (Header header : record.headers()) {
      headers.put(header.key(), header.value() == null ? null : text(header.value()));
    }
    return line;
  }

  private void putValue(ObjectNode line, ConsumerRecord<byte[], byte[]> record) throws JsonProcessingException {
    byte[] value = record.value();
    if (value != null && value.length >= WireFormat.HEADER_SIZE && value[0] == WireFormat.MAGIC_BYTE) {
      GenericRecord decoded = avro.deserialize(record.topic(), value);
      line.put("schemaId", WireFormat.schemaId(record.topic(), value));
      line.set("value", JSON.readTree(GenericData.get().toString(decoded)));
      return;
    }
    putBytes(line, "value", value);
  }

  /** The record as bytes, with why it could not be decoded: enough to find, copy and replay it. */
  private String undecodable(ConsumerRecord<byte[], byte[]> record, Throwable error) {
    ObjectNode line = located(record);
    putBase64(line, "keyBase64", record.key());
    putBase64(line, "valueBase64", record.value());
    line.put("decodeError", error.getClass().getSimpleName() + ": " + error.getMessage());
    return line.toString();
  }

  private static void putBase64(ObjectNode line, String field, byte[] bytes) {
    if (bytes == null) {
      line.putNull(field);
    } else {
      line.put(field, Base64.getEncoder().encodeToString(bytes));
    }
  }

  private static void putBytes(ObjectNode line, String field, byte[] bytes) {
    if (bytes == null) {
      line.putNull(field);
      return;
    }
    String text = utf8(bytes);
    if (text != null) {
      line.put(field, text);
    } else {
      putBase64(line, field + "Base64", bytes);
    }
  }

  private static String text(byte[] bytes) {
    String text = utf8(bytes);
    return text != null ? text : "base64:" + Base64.getEncoder().encodeToString(bytes);
  }

  private static String utf8(byte[] bytes) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      String text = chars.toString();
      return text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r') ? null : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
