package id.aduan.sink.consume;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Records the sink cannot store, sent unchanged (key, value, headers) to the sink's dead-letter topic with the
 * headers every Aduan dead letter carries ({@code aduan.dlq.reason}, {@code .stage}, {@code .topic},
 * {@code .partition}, {@code .offset}, {@code .exception}), so that `aduan tail` and the people reading it
 * see the same thing as on {@code complaints.dlq}.
 */
final class DeadLetters {
  static final String REASON = "aduan.dlq.reason";
  static final String STAGE = "aduan.dlq.stage";
  static final String TOPIC = "aduan.dlq.topic";
  static final String PARTITION = "aduan.dlq.partition";
  static final String OFFSET = "aduan.dlq.offset";
  static final String EXCEPTION = "aduan.dlq.exception";
  static final String SINK_STAGE = "sink";
  private static final int MAX_REASON_CHARS = 2_000;

  private final Producer<byte[], byte[]> producer;
  private final String topic;

  DeadLetters(Producer<byte[], byte[]> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  /** Sends the record's dead letter and waits until the broker has it (all replicas). */
  void send(Pending pending) throws InterruptedException {
    ConsumerRecord<byte[], byte[]> original = pending.record;
    Headers headers = new RecordHeaders();
    original.headers().forEach(h -> {
      if (!h.key().startsWith("aduan.dlq.")) {
        headers.add(h);
      }
    });
    String reason = pending.refusal();
    put(headers, REASON, reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…");
    put(headers, STAGE, SINK_STAGE);
    put(headers, TOPIC, original.topic());
    put(headers, PARTITION, Integer.toString(original.partition()));
    put(headers, OFFSET, Long.toString(original.offset()));
    put(headers, EXCEPTION, pending.exceptionClass());
    try {
      producer.send(new ProducerRecord<>(topic, null, original.key(), original.value(), headers)).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof KafkaException k ? k : new KafkaException(e.getCause());
    }
  }

  private static void put(Headers headers, String key, String value) {
    headers.add(key, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
  }
}
