package id.aduan.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Waits until a number of committed records has appeared on some topics, and says when. */
final class OutputCounter {
  private OutputCounter() {}

  /** Nanosecond timestamp when {@code expected} committed records had arrived on the topics. */
  static long awaitRecords(String bootstrap, List<String> topics, long expected, Duration timeout) {
    Map<String, Object> props = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "bench-counter-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    long seen = 0;
    long deadline = System.nanoTime() + timeout.toNanos();
    try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(topics);
      while (seen < expected) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("only " + seen + " of " + expected + " records on " + topics + " within " + timeout);
        }
        seen += consumer.poll(Duration.ofMillis(100)).count();
      }
    }
    return System.nanoTime();
  }
}
