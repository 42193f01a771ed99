package id.aduan.streams.dlq;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers every dead letter carries, so that a person (or `aduan tail`) sees why a record was refused,
 * by which stage, and where the original is, without opening the payload.
 */
public final class DeadLetterHeaders {
  public static final String REASON = "aduan.dlq.reason";
  public static final String STAGE = "aduan.dlq.stage";
  public static final String TOPIC = "aduan.dlq.topic";
  public static final String PARTITION = "aduan.dlq.partition";
  public static final String OFFSET = "aduan.dlq.offset";
  public static final String EXCEPTION = "aduan.dlq.exception";

  private DeadLetterHeaders() {}

  /** A record for the DLQ topic: the original bytes unchanged, the original headers kept, ours added. */
  public static ProducerRecord<byte[], byte[]> deadLetter(
      String dlqTopic, byte[] key, byte[] value, Headers original, Failure failure) {
    Headers headers = new RecordHeaders();
    if (original != null) {
      original.forEach(h -> {
        if (!h.key().startsWith("aduan.dlq.")) {
          headers.add(h);
        }
      });
    }
    put(headers, REASON, failure.reason());
    put(headers, STAGE, failure.stage());
    put(headers, TOPIC, failure.topic());
    put(headers, PARTITION, Integer.toString(failure.partition()));
    put(headers, OFFSET, Long.toString(failure.offset()));
    put(headers, EXCEPTION, failure.exceptionClass());
    return new ProducerRecord<>(dlqTopic, null, key, value, headers);
  }

  private static void put(Headers headers, String key, String value) {
    headers.add(key, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
  }

  /** What went wrong with a record, and where it was. */
  public record Failure(String reason, String stage, String topic, int partition, long offset, String exceptionClass) {}
}
