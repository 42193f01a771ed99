package id.aduan.intake.produce;

import id.aduan.intake.submit.IntakeUnavailableException;
import id.aduan.ops.Health;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each accepted complaint's records (ledger entry, event, reporter) in one Kafka transaction, so
 * that either all of them become visible or none does. Complaints waiting while a transaction commits go
 * together into the next one (group commit): one commit round trip serves many requests.
 *
 * <p>Several transactional producers ({@code parallel}, ids {@code <transactionalId>-0…}) take turns at the
 * queue, so one collects and sends while another waits for its commit; a commit takes a few broker round
 * trips, and with one producer the requests arriving meanwhile would only wait.
 *
 * <p>A complaint whose deadline passed before it was sent is failed without being sent; once sent, the
 * answer is what the commit gives, and every wait on the broker is bounded by {@code max.block.ms}. After
 * any failure the producer is closed; the next one, with the same transactional id, fences the old one and
 * aborts its open transaction, so a complaint answered with 503 never appears later.
 */
public final class TransactionalCommitter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionalCommitter.class);
  private static final int MAX_BATCH = 500;

  /** The records of one complaint and who waits for them. */
  public record Pending(List<ProducerRecord<byte[], byte[]>> records, long deadlineNanos, CompletableFuture<Void> done) {}

  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(10_000);
  private final List<Worker> workers = new ArrayList<>();
  private volatile boolean running = true;
  private final MeterRegistry registry;

  public TransactionalCommitter(Map<String, Object> clientProps, String transactionalId, Duration ackTimeout, int parallel,
      MeterRegistry registry) {
    this.registry = registry;
    Map<String, Object> producerProps = new HashMap<>(clientProps);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    long ack = ackTimeout.toMillis();
    producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ack);
    producerProps.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, ack / 2));
    producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ack);
    // commitTransaction flushes at once; until then records wait, so one transaction's records for a
    // partition travel in one batch instead of one request each
    producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 1000);
    producerProps.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    // the next transaction often meets the previous one's markers still being written
    // (CONCURRENT_TRANSACTIONS); retrying after 100 ms would add that to every complaint's answer
    producerProps.putIfAbsent(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 5);
    for (int i = 0; i < Math.max(1, parallel); i++) {
      Map<String, Object> props = new HashMap<>(producerProps);
      props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId + "-" + i);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId + "-" + i);
      Worker worker = new Worker(props);
      workers.add(worker);
      worker.thread.start();
    }
  }

  /** Queues one complaint's records; the future completes once they are committed. */
  public CompletableFuture<Void> submit(List<ProducerRecord<byte[], byte[]>> records, Duration timeout) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (!running || !queue.offer(new Pending(records, System.nanoTime() + timeout.toNanos(), done))) {
      done.completeExceptionally(new IntakeUnavailableException("Intake is overloaded or stopping; retry later", null));
    }
    return done;
  }

  /** Usable while every producer's thread runs; a failed transaction only replaces its producer. */
  public Health.Status readiness() {
    long alive = workers.stream().filter(w -> w.thread.isAlive()).count();
    return running && alive == workers.size()
        ? Health.Status.up(alive + " transactional producer(s)")
        : Health.Status.down((running ? "" : "stopping; ") + alive + " of " + workers.size() + " producer threads alive");
  }

  /** One transactional producer and the thread that drives it. */
  private final class Worker {
    private final Map<String, Object> producerProps;
    private final Thread thread;
    private KafkaProducer<byte[], byte[]> producer;
    private KafkaClientMetrics producerMetrics;

    Worker(Map<String, Object> producerProps) {
      this.producerProps = producerProps;
      thread = new Thread(this::run, "intake-committer-" + producerProps.get(ProducerConfig.CLIENT_ID_CONFIG));
      thread.setDaemon(true);
    }

    private void run() {
      while (running || !queue.isEmpty()) {
        Pending first;
        try {
          first = queue.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          break;
        }
        if (first == null) {
          continue;
        }
        List<Pending> batch = new ArrayList<>();
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        long now = System.nanoTime();
        List<Pending> live = new ArrayList<>(batch.size());
        for (Pending p : batch) {
          if (now > p.deadlineNanos) {
            p.done.completeExceptionally(new IntakeUnavailableException("Kafka did not accept the complaint in time", null));
          } else {
            live.add(p);
          }
        }
        if (!live.isEmpty()) {
          commit(live);
        }
      }
      closeProducer(Duration.ofSeconds(5));
    }

    private void commit(List<Pending> batch) {
      try {
        if (producer == null) {
          producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
          producerMetrics = new KafkaClientMetrics(producer);
          producerMetrics.bindTo(registry);
          producer.initTransactions();
        }
        producer.beginTransaction();
        for (Pending p : batch) {
          for (ProducerRecord<byte[], byte[]> record : p.records) {
            producer.send(record);
          }
        }
        commitOrWaitOnce();
      } catch (RuntimeException e) {
        LOG.warn("A transaction of {} complaint(s) failed; they are answered as unavailable: {}", batch.size(), e.toString());
        abortQuietly();
        IntakeUnavailableException failure = new IntakeUnavailableException("Kafka is unavailable; the complaint was not stored", e);
        batch.forEach(p -> p.done.completeExceptionally(failure));
        return;
      }
      batch.forEach(p -> p.done.complete(null));
    }

    /**
     * A commit that timed out may still be under way on a slow broker; Kafka lets the same commit be
     * awaited again, which turns a slow acknowledgement into a late success instead of a 503 for a
     * complaint that is in fact stored.
     */
    private void commitOrWaitOnce() {
      try {
        producer.commitTransaction();
      } catch (org.apache.kafka.common.errors.TimeoutException slow) {
        producer.commitTransaction();
      }
    }

    private void abortQuietly() {
      if (producer == null) {
        return;
      }
      try {
        producer.abortTransaction();
      } catch (RuntimeException e) {
        // the producer may be fenced or cut off; a new one aborts whatever is left open
      }
      closeProducer(Duration.ZERO);
    }

    private void closeProducer(Duration timeout) {
      if (producer != null) {
        producerMetrics.close();
        try {
          producer.close(timeout);
        } catch (RuntimeException e) {
          LOG.debug("closing the producer", e);
        }
        producer = null;
      }
    }
  }

  /** Commits what is queued, then stops. */
  @Override
  public void close() {
    running = false;
    for (Worker worker : workers) {
      try {
        worker.thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
