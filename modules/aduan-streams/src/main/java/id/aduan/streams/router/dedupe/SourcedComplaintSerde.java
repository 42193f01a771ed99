package id.aduan.streams.router.dedupe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A sourced complaint on the router's repartition topic: the two source keys, each as a 4-byte length and
 * UTF-8, then the complaint in its own serde's bytes (Avro in the Confluent wire format). The keys travel
 * beside the complaint because the public {@code ComplaintClassified} contract has no place for them.
 */
public final class SourcedComplaintSerde {
  private SourcedComplaintSerde() {}

  public static <T> Serde<SourcedComplaint<T>> of(Serde<T> complaint) {
    Serializer<SourcedComplaint<T>> serializer = (topic, value) -> {
      if (value == null) {
        return null;
      }
      byte[] source = bytes(value.sourceKey());
      byte[] message = bytes(value.messageKey());
      byte[] body = complaint.serializer().serialize(topic, value.complaint());
      return ByteBuffer.allocate(8 + source.length + message.length + body.length)
          .putInt(source.length).put(source).putInt(message.length).put(message).put(body).array();
    };
    Deserializer<SourcedComplaint<T>> deserializer = (topic, data) -> {
      if (data == null) {
        return null;
      }
      try {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        String source = string(buffer);
        String message = string(buffer);
        byte[] body = Arrays.copyOfRange(data, buffer.position(), data.length);
        return new SourcedComplaint<>(complaint.deserializer().deserialize(topic, body), source, message);
      } catch (RuntimeException e) {
        throw new SerializationException("not a sourced complaint: " + e.getMessage(), e);
      }
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String string(ByteBuffer buffer) {
    byte[] text = new byte[buffer.getInt()];
    buffer.get(text);
    return new String(text, StandardCharsets.UTF_8);
  }
}
