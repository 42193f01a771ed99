package id.aduan.intake.status;

import id.aduan.event.CaseState;
import id.aduan.events.registry.SchemaRegistryException;
import id.aduan.events.topic.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intake's read model of the tracker's compacted {@code cases.state}: one {@link CaseView} per complaint id,
 * in memory. A background thread reads the topic from the beginning (committed data only, no consumer
 * group: every instance keeps all cases), reports {@link #loaded()} once it reached the end offsets it saw at
 * start, and keeps following, so a status change shows within a fetch of the tracker's commit.
 * A tombstone removes the case; a record that cannot be read is logged with its offset and skipped, because
 * the next state of the same case replaces it anyway.
 *
 * <p>Memory: a view holds no complaint text, only status, times, the unit's interned id and name, and the
 * public notes (each at most {@value CaseView#MAX_NOTE} characters, at most {@value CaseView#MAX_HISTORY}
 * history entries). A typical case (five changes, two short notes) costs about 0.8 KB of heap; see the
 * module README for the measurement and for when an on-disk map would be the better choice.
 */
public final class CaseStateFollower implements StatusSource, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CaseStateFollower.class);
  /** Short fetch waits so that a committed change is fetched well within the 2 s the citizen may wait. */
  private static final int FETCH_MAX_WAIT_MS = 200;
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration TOPIC_RETRY = Duration.ofSeconds(2);

  private final Map<String, CaseView> cases = new ConcurrentHashMap<>();
  private final Topic<String, CaseState> topic;
  private final Map<String, Object> consumerProps;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean loaded;
  private volatile KafkaConsumer<String, CaseState> consumer;

  public CaseStateFollower(Topic<String, CaseState> topic, Map<String, Object> clientProps) {
    this.topic = topic;
    this.consumerProps = new HashMap<>(clientProps);
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerProps.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
    consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
    thread = new Thread(this::run, "intake-case-state");
    thread.setDaemon(true);
  }

  /** Starts loading in the background; {@link #loaded()} tells when the initial load is complete. */
  public CaseStateFollower start() {
    thread.start();
    return this;
  }

  @Override
  public Optional<CaseView> caseOf(String complaintId) {
    return Optional.ofNullable(complaintId == null ? null : cases.get(complaintId));
  }

  @Override
  public boolean loaded() {
    return loaded;
  }

  /** Cases held, for the start-up log and tests. */
  public int size() {
    return cases.size();
  }

  private void run() {
    try (KafkaConsumer<String, CaseState> c =
        new KafkaConsumer<>(consumerProps, new StringDeserializer(), topic.valueSerde().deserializer())) {
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
          LOG.info("Case states of {} loaded: {} cases", topic.name(), cases.size());
        }
      }
    } catch (WakeupException stopping) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("Following {} stopped; tracking pages no longer change", topic.name(), e);
      loaded = false;
    } finally {
      consumer = null;
    }
  }

  /** The topic's partitions, waiting for the tracker (or topic sync) to create it. */
  private List<TopicPartition> partitions(KafkaConsumer<String, CaseState> c) {
    boolean warned = false;
    while (running) {
      try {
        List<TopicPartition> partitions = c.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (!partitions.isEmpty()) {
          return partitions;
        }
        if (!warned) {
          LOG.warn("Topic {} does not exist yet; statuses stay 'received' until it does", topic.name());
          warned = true;
        }
      } catch (TimeoutException unreachable) {
        LOG.warn("Kafka did not answer for the partitions of {}; retrying", topic.name());
      }
      pause();
    }
    return List.of();
  }

  private void poll(KafkaConsumer<String, CaseState> c) {
    try {
      for (ConsumerRecord<String, CaseState> r : c.poll(POLL)) {
        apply(r);
      }
    } catch (RecordDeserializationException e) {
      if (registryUnreachable(e)) {
        // the record is fine and the registry will be back: read it again rather than lose the change
        LOG.warn("Schema registry unavailable while reading {}; retrying", topic.name());
        c.seek(e.topicPartition(), e.offset());
        pause();
      } else {
        LOG.warn("Skipping an unreadable case state at {}@{}: {}", e.topicPartition(), e.offset(), e.getMessage());
        c.seek(e.topicPartition(), e.offset() + 1);
      }
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
      Thread.sleep(TOPIC_RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private void apply(ConsumerRecord<String, CaseState> r) {
    if (r.key() == null) {
      return;
    }
    if (r.value() == null) {
      cases.remove(r.key());
      return;
    }
    try {
      cases.put(r.key(), CaseView.of(r.value()));
    } catch (RuntimeException e) {
      LOG.warn("Skipping a case state that cannot be shown at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
    }
  }

  private static boolean caughtUp(KafkaConsumer<String, CaseState> c, Map<TopicPartition, Long> end) {
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
    KafkaConsumer<String, CaseState> c = consumer;
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
