package id.aduan.streams.dlq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.internal.AbstractRecords;
import org.apache.kafka.common.record.internal.CompressionType;
import org.apache.kafka.common.record.internal.RecordBatch;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {
  private static final int LIMIT = DeadLetterConfig.maxRecordBytes(Map.of());
  private static final DeadLetterHeaders.Failure FAILURE = new DeadLetterHeaders.Failure(
      "Unknown magic byte 0x41", "decode", "aduan.complaints.received", 3, 1234, "org.apache.kafka.common.errors.SerializationException");

  @Test
  void aRecordThatFitsIsCopiedWhole() {
    byte[] value = "tidak bisa dibaca".getBytes(StandardCharsets.UTF_8);
    Headers original = new RecordHeaders().add("traceparent", new byte[] {1, 2});
    ProducerRecord<byte[], byte[]> dead = DeadLetterHeaders.deadLetter("dlq", key("c1"), value, original, FAILURE, LIMIT);
    assertSame(value, dead.value());
    assertArrayEquals(new byte[] {1, 2}, dead.headers().lastHeader("traceparent").value());
    assertEquals("1234", header(dead, DeadLetterHeaders.OFFSET));
    assertNull(dead.headers().lastHeader(DeadLetterHeaders.TRUNCATED));
  }

  @Test
  void aValueJustUnderTheBrokerLimitIsCutWithItsSizeAndHash() {
    byte[] value = new byte[1_048_300];
    Arrays.fill(value, (byte) 'x');
    value[0] = 'A';
    ProducerRecord<byte[], byte[]> dead = DeadLetterHeaders.deadLetter("dlq", key("c1"), value, new RecordHeaders(), FAILURE, LIMIT);
    assertTrue(DeadLetterHeaders.size(dead.key(), dead.value(), dead.headers()) <= LIMIT);
    assertEquals("value", header(dead, DeadLetterHeaders.TRUNCATED));
    assertEquals("1048300", header(dead, DeadLetterHeaders.VALUE_SIZE));
    assertEquals(DeadLetterHeaders.sha256(value), header(dead, DeadLetterHeaders.VALUE_SHA256));
    assertArrayEquals(Arrays.copyOf(value, DeadLetterHeaders.KEPT_VALUE_BYTES), dead.value());
    assertArrayEquals(key("c1"), dead.key());
    assertEquals("aduan.complaints.received", header(dead, DeadLetterHeaders.TOPIC));
    assertEquals("3", header(dead, DeadLetterHeaders.PARTITION));
  }

  @Test
  void hugeKeysAndHeadersAreCutToo() {
    byte[] key = new byte[600_000];
    Headers original = new RecordHeaders().add("padding", new byte[1_100_000]).add("more", new byte[10]);
    ProducerRecord<byte[], byte[]> dead = DeadLetterHeaders.deadLetter("dlq", key, new byte[] {0}, original, FAILURE, LIMIT);
    assertTrue(DeadLetterHeaders.size(dead.key(), dead.value(), dead.headers()) <= LIMIT);
    assertEquals("key,headers", header(dead, DeadLetterHeaders.TRUNCATED));
    assertEquals("600000", header(dead, DeadLetterHeaders.KEY_SIZE));
    assertEquals("2", header(dead, DeadLetterHeaders.HEADERS_DROPPED));
    assertNull(dead.headers().lastHeader("padding"));
    assertEquals(DeadLetterHeaders.KEPT_KEY_BYTES, dead.key().length);
  }

  @Test
  void theSizeIsNeverBelowTheProducersOwnEstimate() {
    Headers headers = new RecordHeaders().add("a", new byte[300]).add(DeadLetterHeaders.REASON, new byte[2_000]);
    for (int length : new int[] {0, 1, 127, 128, 16_384, 1_048_300}) {
      byte[] value = new byte[length];
      int producers = AbstractRecords.estimateSizeInBytesUpperBound(
          RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE, key("c1"), value, headers.toArray());
      assertTrue(DeadLetterHeaders.size(key("c1"), value, headers) >= producers, length + " bytes");
    }
  }

  @Test
  void theLimitFollowsTheProducersMaxRequestSize() {
    assertEquals(1_048_576, LIMIT);
    assertEquals(200_000, DeadLetterConfig.maxRecordBytes(Map.of("producer.max.request.size", "200000")));
    assertEquals(DeadLetterConfig.BROKER_DEFAULT_MAX_MESSAGE_BYTES, DeadLetterConfig.maxRecordBytes(Map.of("max.request.size", 5_000_000)));
  }

  private static byte[] key(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }

  private static String header(ProducerRecord<byte[], byte[]> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
