package id.aduan.app.config;

import id.aduan.events.topic.Topic;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * A compacted configuration topic read as the map it stands for (latest value per key, tombstones
 * removing keys), and written in one transaction so that jobs never see half a change.
 */
public final class ConfigTopic<V> {
  private final Topic<String, V> topic;
  private final Map<String, Object> clientProps;

  public ConfigTopic(Topic<String, V> topic, Map<String, Object> clientProps) {
    this.topic = topic;
    this.clientProps = clientProps;
  }

  /** Everything on the topic now, in key order of first appearance. */
  public Map<String, V> read() {
    Map<String, Object> props = new LinkedHashMap<>(clientProps);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "aduan-config-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Map<String, V> current = new LinkedHashMap<>();
    try (var consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      List<PartitionInfo> info = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30));
      if (info == null || info.isEmpty()) {
        throw new IllegalStateException("No topic " + topic.name() + ": run `aduan topics sync` first");
      }
      List<TopicPartition> partitions = info.stream().map(p -> new TopicPartition(topic.name(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
          if (r.value() == null) {
            current.remove(r.key());
          } else {
            current.put(r.key(), r.value());
          }
        });
      }
    }
    return current;
  }

  /** Writes values (null for a tombstone) atomically. */
  public void write(Map<String, V> changes) {
    if (changes.isEmpty()) {
      return;
    }
    Map<String, Object> props = new LinkedHashMap<>(clientProps);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "aduan-config-" + topic.name());
    try (var producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      for (Map.Entry<String, V> change : changes.entrySet()) {
        producer.send(new ProducerRecord<>(topic.name(), change.getKey(), change.getValue()));
      }
      producer.commitTransaction();
    }
  }

  public String name() {
    return topic.name();
  }
}
