package id.aduan.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Watches the topics where a complaint's routing becomes visible, as a unit team would read them
 * ({@code read_committed}), and notes when each complaint id first appeared and how many appeared twice.
 */
final class ArrivalWatcher implements AutoCloseable {
  private final Map<String, Long> firstSeenNanos = new ConcurrentHashMap<>();
  private final AtomicLong doubled = new AtomicLong();
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread thread;

  /** Starts reading every partition of {@code topics} from the beginning. */
  ArrivalWatcher(String bootstrapServers, List<String> topics) {
    consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "bench-watcher-" + UUID.randomUUID(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = topics.stream()
        .flatMap(topic -> consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())))
        .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    thread = new Thread(this::run, "bench-arrivals");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        var records = consumer.poll(Duration.ofMillis(100));
        long now = System.nanoTime();
        for (var record : records) {
          String complaintId = new String(record.key(), StandardCharsets.UTF_8);
          if (firstSeenNanos.putIfAbsent(complaintId, now) != null) {
            doubled.incrementAndGet();
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** When the complaint was first seen (System.nanoTime), or null. */
  Long firstSeen(String complaintId) {
    return firstSeenNanos.get(complaintId);
  }

  /** Records that repeated a complaint id already seen. */
  long doubled() {
    return doubled.get();
  }

  @Override
  public void close() throws InterruptedException {
    consumer.wakeup();
    thread.join(10_000);
  }
}
