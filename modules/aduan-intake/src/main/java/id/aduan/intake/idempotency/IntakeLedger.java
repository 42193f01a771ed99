package id.aduan.intake.idempotency;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The idempotency and tracking state of intake, rebuilt from the compacted ledger topic at start and kept
 * current by tailing it (so several intake instances learn each other's complaints). Entries this instance
 * commits are added at once, before the client hears back.
 */
public final class IntakeLedger implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeLedger.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Map<String, LedgerEntry> byKey = new ConcurrentHashMap<>();
  private final Map<String, LedgerEntry> byTrackingCode = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<String, LedgerEntry> byComplaintId = new ConcurrentSkipListMap<>();
  private final Map<String, LedgerEntry> legacy = new ConcurrentHashMap<>();
  private final String topic;
  private final Map<String, Object> consumerProps;
  private KafkaConsumer<byte[], byte[]> consumer;
  private Thread tail;
  private volatile boolean running;

  public IntakeLedger(String topic, Map<String, Object> clientProps) {
    this.topic = topic;
    this.consumerProps = new HashMap<>(clientProps);
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
  }

  /** Reads the ledger to its end, then keeps following it in the background. */
  public IntakeLedger start(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = partitions(deadline);
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
    while (!caughtUp(end)) {
      if (System.nanoTime() > deadline) {
        consumer.close();
        throw new IllegalStateException("Could not read the intake ledger " + topic + " within " + timeout);
      }
      consumer.poll(Duration.ofMillis(200)).forEach(this::apply);
    }
    LOG.info("Intake ledger {} loaded: {} complaints", topic, byComplaintId.size());
    running = true;
    tail = new Thread(this::follow, "intake-ledger-tail");
    tail.setDaemon(true);
    tail.start();
    return this;
  }

  /**
   * The ledger's partitions. A topic created a moment ago can be missing from the first metadata answers;
   * assigning no partitions would leave the tail following nothing, so wait for them.
   */
  private List<TopicPartition> partitions(long deadline) {
    while (true) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, left).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      if (!partitions.isEmpty()) {
        return partitions;
      }
      if (System.nanoTime() > deadline) {
        consumer.close();
        throw new IllegalStateException("The intake ledger " + topic + " does not exist (with "
            + "intake.create.topics=true intake creates it)");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        consumer.close();
        throw new IllegalStateException("Interrupted while waiting for the intake ledger " + topic, e);
      }
    }
  }

  private boolean caughtUp(Map<TopicPartition, Long> end) {
    for (var e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private void follow() {
    try {
      while (running) {
        consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
      }
    } catch (WakeupException stopping) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("Following the intake ledger stopped; entries of other instances are no longer seen", e);
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
    }
  }

  private void apply(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return;
    }
    try {
      LedgerEntry entry = JSON.readValue(record.value(), LedgerEntry.class);
      if (entry.legacy()) {
        // written by the first version, possibly with a raw address: only its upgraded form is kept
        entry = entry.upgraded();
        legacy.put(new String(key(entry), StandardCharsets.UTF_8), entry);
      } else {
        legacy.remove(new String(key(entry), StandardCharsets.UTF_8));
      }
      remember(entry);
    } catch (IOException e) {
      LOG.warn("Skipping an unreadable ledger record at {}-{}@{}", record.topic(), record.partition(), record.offset());
    }
  }

  public void remember(LedgerEntry entry) {
    if (entry.idempotencyKey() != null) {
      byKey.putIfAbsent(entry.idempotencyKey(), entry);
    }
    byTrackingCode.putIfAbsent(entry.trackingCode(), entry);
    byComplaintId.putIfAbsent(entry.complaintId(), entry);
  }

  /**
   * Entries read in the first version's format and not yet rewritten: writing them again under their key
   * lets compaction remove the raw addresses they hold.
   */
  public List<LedgerEntry> legacyEntries() {
    return List.copyOf(legacy.values());
  }

  public Optional<LedgerEntry> byIdempotencyKey(String key) {
    return Optional.ofNullable(key == null ? null : byKey.get(key));
  }

  public Optional<LedgerEntry> byTrackingCode(String code) {
    return Optional.ofNullable(code == null ? null : byTrackingCode.get(code));
  }

  public Optional<LedgerEntry> byComplaintId(String id) {
    return Optional.ofNullable(id == null ? null : byComplaintId.get(id));
  }

  /** Every complaint in id order, hence in the order intake accepted them. */
  public Collection<LedgerEntry> all() {
    return byComplaintId.values();
  }

  public String topic() {
    return topic;
  }

  public static byte[] key(LedgerEntry entry) {
    String key = entry.idempotencyKey() != null ? entry.idempotencyKey() : "id:" + entry.complaintId();
    return key.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] value(LedgerEntry entry) {
    try {
      return JSON.writeValueAsBytes(entry);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    running = false;
    if (consumer != null && tail != null) {
      consumer.wakeup();
      try {
        tail.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
