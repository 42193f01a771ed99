package id.aduan.events.topic;

import id.aduan.events.registry.SchemaRegistryException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a topic from the beginning and keeps following it on a background thread, handing every record
 * to a {@link Listener}: the way a role keeps a local read model of another role's (usually compacted)
 * topic. Committed data only and no consumer group, so every instance sees every record. {@link #loaded()}
 * turns true once the end offsets seen at start are reached. A record that cannot be decoded is logged with
 * its offset and skipped (for a compacted topic the next value of the key replaces it anyway); while the
 * schema registry is unreachable the record is read again rather than lost.
 */
public final class TopicFollower<V> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
  /** Short fetch waits so that a committed change is seen well within a second or two. */
  private static final int FETCH_MAX_WAIT_MS = 200;
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration RETRY = Duration.ofSeconds(2);

  /** What a follower does with each record; called on the follower's thread only. */
  @FunctionalInterface
  public interface Listener<V> {
    /** A record of the topic; {@code value} is null for a tombstone. */
    void accept(String key, V value);
  }

  private final Topic<String, V> topic;
  private final Listener<V> listener;
  private final Map<String, Object> consumerProps;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean loaded;
  private volatile KafkaConsumer<String, V> consumer;

  public TopicFollower(Topic<String, V> topic, Map<String, Object> clientProps, String threadName, Listener<V> listener) {
    this.topic = topic;
    this.listener = listener;
    this.consumerProps = new HashMap<>(clientProps);
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerProps.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
    consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
    thread = new Thread(this::run, threadName);
    thread.setDaemon(true);
  }

  /** Starts reading in the background; {@link #loaded()} tells when the initial load is complete. */
  public TopicFollower<V> start() {
    thread.start();
    return this;
  }

  public boolean loaded() {
    return loaded;
  }

  public String topicName() {
    return topic.name();
  }

  private void run() {
    try (KafkaConsumer<String, V> c =
        new KafkaConsumer<>(consumerProps, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      consumer = c;
      List<TopicPartition> partitions = partitions(c);
      if (partitions.isEmpty()) {
        return;
      }
      c.assign(partitions);
      c.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = c.endOffsets(partitions);
      while (running) {
        poll(c);
        if (!loaded && caughtUp(c, end)) {
          loaded = true;
          LOG.info("{} loaded", topic.name());
        }
      }
    } catch (WakeupException stopping) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("Following {} stopped; what is read from it no longer changes", topic.name(), e);
      loaded = false;
    } finally {
      consumer = null;
    }
  }

  /** The topic's partitions, waiting for the topic to be created. */
  private List<TopicPartition> partitions(KafkaConsumer<String, V> c) {
    boolean warned = false;
    while (running) {
      try {
        List<TopicPartition> partitions = c.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (!partitions.isEmpty()) {
          return partitions;
        }
        if (!warned) {
          LOG.warn("Topic {} does not exist yet; waiting for it", topic.name());
          warned = true;
        }
      } catch (TimeoutException unreachable) {
        LOG.warn("Kafka did not answer for the partitions of {}; retrying", topic.name());
      }
      pause();
    }
    return List.of();
  }

  private void poll(KafkaConsumer<String, V> c) {
    try {
      for (ConsumerRecord<String, V> r : c.poll(POLL)) {
        apply(r);
      }
    } catch (RecordDeserializationException e) {
      if (registryUnreachable(e)) {
        LOG.warn("Schema registry unavailable while reading {}; retrying", topic.name());
        c.seek(e.topicPartition(), e.offset());
        pause();
      } else {
        LOG.warn("Skipping an unreadable record at {}@{}: {}", e.topicPartition(), e.offset(), e.getMessage());
        c.seek(e.topicPartition(), e.offset() + 1);
      }
    }
  }

  private void apply(ConsumerRecord<String, V> r) {
    if (r.key() == null) {
      return;
    }
    try {
      listener.accept(r.key(), r.value());
    } catch (RuntimeException e) {
      LOG.warn("Skipping a record that cannot be used at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
    }
  }

  private static boolean registryUnreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SchemaRegistryException r) {
        return !r.isNotFound();
      }
    }
    return false;
  }

  private void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static boolean caughtUp(KafkaConsumer<String, ?> c, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (c.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    running = false;
    KafkaConsumer<String, V> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
