package id.aduan.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Waits until a Streams application has read everything on its input topics and on the topics it feeds
 * itself (repartition topics, a changelog it reads back): with exactly-once, its committed offsets and its
 * output are one transaction, so once every committed offset is at the end of its partition (as a
 * read_committed reader sees it), all of its output is visible.
 */
final class TrackerCatchUp {
  private TrackerCatchUp() {}

  static void await(Map<String, Object> adminProps, String applicationId, Set<String> inputs, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    int inARow = 0;
    String behind = "not checked";
    try (Admin admin = Admin.create(adminProps)) {
      while (System.nanoTime() < deadline) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
        Set<String> topics = new HashSet<>(inputs);
        committed.keySet().forEach(tp -> topics.add(tp.topic()));
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((name, description) ->
            description.partitions().forEach(p -> ends.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        var endOffsets = admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        List<String> lagging = endOffsets.entrySet().stream()
            .filter(e -> e.getValue().offset() > 0)
            .filter(e -> committed.get(e.getKey()) == null || committed.get(e.getKey()).offset() < e.getValue().offset())
            .map(e -> e.getKey() + " at " + (committed.get(e.getKey()) == null ? "-" : committed.get(e.getKey()).offset())
                + " of " + e.getValue().offset())
            .collect(Collectors.toList());
        behind = String.join(", ", lagging);
        // twice in a row: a task that has just been handed a partition may not have committed it yet
        inARow = lagging.isEmpty() ? inARow + 1 : 0;
        if (inARow == 2) {
          return;
        }
        Thread.sleep(1000);
      }
    }
    throw new AssertionError(applicationId + " did not catch up within " + timeout + ": " + behind);
  }

  /** The latest value of every key of a compacted topic, as read_committed consumers see it. */
  static <V> Map<String, V> latest(Map<String, Object> consumerProps, String topic, Deserializer<String> keys,
      Deserializer<V> values) {
    Map<String, V> latest = new TreeMap<>();
    try (var consumer = new KafkaConsumer<>(consumerProps, keys, values)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic + " to its end");
        }
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
          if (r.value() == null) {
            latest.remove(r.key());
          } else {
            latest.put(r.key(), r.value());
          }
        });
      }
    }
    return latest;
  }
}
