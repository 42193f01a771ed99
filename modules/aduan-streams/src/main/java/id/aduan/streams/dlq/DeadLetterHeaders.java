package id.aduan.streams.dlq;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers every dead letter carries, so that a person (or `aduan tail`) sees why a record was refused,
 * by which stage, and where the original is, without opening the payload.
 *
 * <p>A dead letter is the original record unchanged when it fits the producer's limit. When it does not (a
 * value just under the broker's limit no longer fits once our headers are added) it is cut down: the value
 * to its first {@value #KEPT_VALUE_BYTES} bytes, a key longer than {@value #KEPT_KEY_BYTES} bytes likewise,
 * with the original size and SHA-256 of each cut part in headers, and the original headers left out if it
 * still does not fit. The original stays at the topic, partition and offset the headers name.
 */
public final class DeadLetterHeaders {
  public static final String REASON = "aduan.dlq.reason";
  public static final String STAGE = "aduan.dlq.stage";
  public static final String TOPIC = "aduan.dlq.topic";
  public static final String PARTITION = "aduan.dlq.partition";
  public static final String OFFSET = "aduan.dlq.offset";
  public static final String EXCEPTION = "aduan.dlq.exception";
  /** What was cut from a dead letter too large to send whole: {@code value}, {@code key}, {@code headers}, comma-separated. */
  public static final String TRUNCATED = "aduan.dlq.truncated";
  public static final String VALUE_SIZE = "aduan.dlq.value.size";
  public static final String VALUE_SHA256 = "aduan.dlq.value.sha256";
  public static final String KEY_SIZE = "aduan.dlq.key.size";
  public static final String KEY_SHA256 = "aduan.dlq.key.sha256";
  /** How many of the original record's headers were left out. */
  public static final String HEADERS_DROPPED = "aduan.dlq.headers.dropped";

  static final int KEPT_VALUE_BYTES = 65_536;
  static final int KEPT_KEY_BYTES = 1_024;
  /** Longer reasons (an exception quoting a whole payload) are cut: the reason is for a person to read. */
  static final int MAX_REASON_CHARS = 2_000;
  /** Record batch header plus the largest per-record framing (varints of lengths, deltas, attributes). */
  private static final int RECORD_OVERHEAD = 61 + 40;
  private static final int HEADER_OVERHEAD = 10;

  private DeadLetterHeaders() {}

  /**
   * A record for the DLQ topic: the original bytes and headers kept and ours added, cut down as described
   * above so that its size never exceeds {@code maxRecordBytes}.
   */
  public static ProducerRecord<byte[], byte[]> deadLetter(
      String dlqTopic, byte[] key, byte[] value, Headers original, Failure failure, int maxRecordBytes) {
    Headers ours = ours(failure);
    Headers headers = withOriginal(original, ours);
    if (size(key, value, headers) <= maxRecordBytes) {
      return new ProducerRecord<>(dlqTopic, null, key, value, headers);
    }
    StringBuilder cut = new StringBuilder();
    byte[] keptValue = value;
    if (value != null && value.length > KEPT_VALUE_BYTES) {
      keptValue = Arrays.copyOf(value, KEPT_VALUE_BYTES);
      describeCut(ours, cut, "value", VALUE_SIZE, VALUE_SHA256, value);
    }
    byte[] keptKey = key;
    if (key != null && key.length > KEPT_KEY_BYTES) {
      keptKey = Arrays.copyOf(key, KEPT_KEY_BYTES);
      describeCut(ours, cut, "key", KEY_SIZE, KEY_SHA256, key);
    }
    headers = withOriginal(original, ours);
    if (size(keptKey, keptValue, headers) > maxRecordBytes) {
      cut.append(cut.length() == 0 ? "" : ",").append("headers");
      put(ours, HEADERS_DROPPED, Integer.toString(original == null ? 0 : original.toArray().length));
      headers = ours;
    }
    put(headers, TRUNCATED, cut.toString());
    return new ProducerRecord<>(dlqTopic, null, keptKey, keptValue, headers);
  }

  private static Headers ours(Failure failure) {
    Headers headers = new RecordHeaders();
    String reason = failure.reason() == null ? "" : failure.reason();
    put(headers, REASON, reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…");
    put(headers, STAGE, failure.stage());
    put(headers, TOPIC, failure.topic());
    put(headers, PARTITION, Integer.toString(failure.partition()));
    put(headers, OFFSET, Long.toString(failure.offset()));
    put(headers, EXCEPTION, failure.exceptionClass());
    return headers;
  }

  private static Headers withOriginal(Headers original, Headers ours) {
    Headers headers = new RecordHeaders();
    if (original != null) {
      original.forEach(h -> {
        if (!h.key().startsWith("aduan.dlq.")) {
          headers.add(h);
        }
      });
    }
    ours.forEach(headers::add);
    return headers;
  }

  private static void describeCut(Headers headers, StringBuilder cut, String part, String sizeHeader, String hashHeader, byte[] whole) {
    cut.append(cut.length() == 0 ? "" : ",").append(part);
    put(headers, sizeHeader, Integer.toString(whole.length));
    put(headers, hashHeader, sha256(whole));
  }

  /** An upper bound of the record's size as the producer counts it against {@code max.request.size}. */
  static int size(byte[] key, byte[] value, Headers headers) {
    long size = RECORD_OVERHEAD + (key == null ? 0 : key.length) + (value == null ? 0 : value.length);
    for (Header h : headers) {
      size += HEADER_OVERHEAD + h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
    }
    return (int) Math.min(Integer.MAX_VALUE, size);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void put(Headers headers, String key, String value) {
    headers.add(key, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
  }

  /** What went wrong with a record, and where it was. */
  public record Failure(String reason, String stage, String topic, int partition, long offset, String exceptionClass) {}
}
