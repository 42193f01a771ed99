package id.aduan.app;

import id.aduan.events.topic.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Follows a keyed topic from the beginning (committed records only) and keeps the latest value of each key,
 * as a reader of a compacted topic sees it.
 */
final class TopicFollower<V> implements AutoCloseable {
  private final KafkaConsumer<String, V> consumer;
  private final Map<String, V> latest = new HashMap<>();

  TopicFollower(Map<String, Object> consumerProps, Topic<String, V> topic) {
    consumer = new KafkaConsumer<>(consumerProps, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    consumer.subscribe(List.of(topic.name()));
  }

  /** The latest value of every key read so far, without waiting for more. */
  Map<String, V> snapshot() {
    return new HashMap<>(latest);
  }

  /** Reads on until the latest value of {@code key} satisfies {@code wanted}, and returns it. */
  V await(String key, Predicate<V> wanted, Duration timeout) {
    return awaitAny((k, v) -> k.equals(key) && wanted.test(v), "the expected value of " + key, timeout).getValue();
  }

  /** Reads on until the latest value of some key satisfies {@code wanted}, and returns that key and value. */
  Map.Entry<String, V> awaitAny(BiPredicate<String, V> wanted, String what, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.value() == null) {
          latest.remove(record.key());
        } else {
          latest.put(record.key(), record.value());
        }
      }
      for (Map.Entry<String, V> entry : latest.entrySet()) {
        if (wanted.test(entry.getKey(), entry.getValue())) {
          return Map.entry(entry.getKey(), entry.getValue());
        }
      }
    }
    throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; latest values: " + latest);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
