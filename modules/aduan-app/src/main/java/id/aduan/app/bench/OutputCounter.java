package id.aduan.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Waits until a number of committed records has appeared on some topics, and says when the first and the
 * last of them arrived: the rate between the two is the steady-state throughput, without start-up time.
 */
final class OutputCounter {
  private OutputCounter() {}

  /** When the first and the last of {@code expected} committed records arrived on the topics. */
  record Window(long firstNanos, long lastNanos, long records) {
    double perSecond() {
      return (records - 1) / ((lastNanos - firstNanos) / 1e9);
    }
  }

  static Window awaitRecords(String bootstrap, List<String> topics, long expected, Duration timeout) {
    Map<String, Object> props = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "bench-counter-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    long seen = 0;
    long first = 0;
    long deadline = System.nanoTime() + timeout.toNanos();
    try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(topics);
      while (seen < expected) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("only " + seen + " of " + expected + " records on " + topics + " within " + timeout);
        }
        int polled = consumer.poll(Duration.ofMillis(100)).count();
        if (polled > 0 && seen == 0) {
          first = System.nanoTime();
        }
        seen += polled;
      }
    }
    return new Window(first, System.nanoTime(), seen);
  }
}
