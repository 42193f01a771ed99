package id.aduan.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads committed records of a topic from the beginning until enough have arrived or time runs out. */
final class TopicReader {
  private TopicReader() {}

  static <K, V> List<ConsumerRecord<K, V>> read(Map<String, Object> consumerProps, String topic,
      Deserializer<K> keys, Deserializer<V> values, int atLeast, Duration timeout) {
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(consumerProps, keys, values)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (records.size() < atLeast && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }
}
