package id.aduan.sink.consume;

import id.aduan.sink.SinkHealth;
import id.aduan.sink.db.Database;
import id.aduan.sink.db.DatabaseErrors;
import id.aduan.sink.db.OffsetStore;
import id.aduan.sink.db.OffsetStore.PositionMovedException;
import id.aduan.sink.db.SqlBatch;
import id.aduan.sink.rows.SinkTopic;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's loop: poll, turn each record into rows, and store each poll's rows together with the new
 * positions of their partitions in one database transaction. The positions the consumer starts from are read
 * from that same database when partitions are assigned, so a crash anywhere leaves rows and positions in
 * agreement: nothing is lost and, with every table keyed by the record's natural key, nothing is doubled.
 *
 * <p>While the database is unavailable the partitions are paused, the same rows retried with growing waits
 * and the health is not ready; polling goes on (returning nothing) so the consumer keeps its partitions. A
 * record the database refuses (SQLSTATE class 22 or 23), or one that does not decode, is isolated by storing
 * the poll record by record, and goes to the dead-letter topic while its position is stored: its partition
 * goes on. A dead letter is sent before the position that passes it is committed, so after a crash it may be
 * sent twice, never lost.
 */
public final class SinkConsumer implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkConsumer.class);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final long IDLE_PROBE_NANOS = Duration.ofSeconds(5).toNanos();

  private final Consumer<byte[], byte[]> consumer;
  private final Map<String, SinkTopic<?>> topics;
  private final Database database;
  private final DeadLetters deadLetters;
  private final SinkHealth health;
  private final Backoff backoff;
  private final SinkMeters meters;

  /** Assigned partitions whose position has not been read from the database yet; they stay paused. */
  private final Set<TopicPartition> unpositioned = new HashSet<>();
  /** The next offset stored for each positioned partition, {@link OffsetStore#NONE} where no row exists. */
  private final Map<TopicPartition, Long> stored = new HashMap<>();
  private boolean revoked;
  private long lastContact = System.nanoTime();
  private volatile boolean stopping;

  public SinkConsumer(Consumer<byte[], byte[]> consumer, List<SinkTopic<?>> topics, Database database,
      Producer<byte[], byte[]> deadLetterProducer, String deadLetterTopic,
      SinkHealth health, SinkMeters meters, Duration minBackoff, Duration maxBackoff) {
    this.consumer = consumer;
    this.topics = topics.stream().collect(Collectors.toMap(SinkTopic::name, Function.identity()));
    this.database = database;
    this.deadLetters = new DeadLetters(deadLetterProducer, deadLetterTopic);
    this.health = health;
    this.backoff = new Backoff(minBackoff, maxBackoff);
    this.meters = meters;
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(topics.keySet(), new Positions());
      while (!stopping) {
        if (!unpositioned.isEmpty() && !position()) {
          waitOut(backoff.next());
          continue;
        }
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
        measureLag();
        if (records.isEmpty()) {
          probeWhenIdle();
        } else {
          store(decode(records));
        }
      }
    } catch (WakeupException e) {
      if (!stopping) {
        throw e;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      health.stopped();
      consumer.close(Duration.ofSeconds(10));
    }
  }

  /** Ends the loop from another thread; the current transaction finishes or rolls back first. */
  public void stop() {
    stopping = true;
    consumer.wakeup();
  }

  private List<Pending> decode(ConsumerRecords<byte[], byte[]> records) {
    List<Pending> pending = new ArrayList<>(records.count());
    for (ConsumerRecord<byte[], byte[]> record : records) {
      try {
        pending.add(Pending.decoded(record, topics.get(record.topic()).decode(record)));
      } catch (RuntimeException e) {
        pending.add(Pending.refused(record, "undecodable: " + e.getMessage(), e.getClass().getName(),
            SinkMeters.UNDECODABLE));
      }
    }
    return pending;
  }

  /** Stores a poll's records; if the database refuses one of them, stores them one by one to find it. */
  private void store(List<Pending> batch) throws InterruptedException {
    Attempt outcome = attempt(batch);
    if (outcome.refusal() == null) {
      return;
    }
    for (Pending one : batch) {
      Attempt single = attempt(List.of(one));
      if (single.refusal() != null) {
        LOG.warn("{}-{}@{} refused by the database, sent to the dead-letter topic: {}", one.record.topic(),
            one.record.partition(), one.record.offset(), single.refusal());
        one.refuse(single.refusal(), single.exceptionClass(), single.reasonCode());
        single = attempt(List.of(one));
      }
      if (single.abandoned()) {
        return;
      }
    }
  }

  /**
   * Writes the records until it works, the data is refused, or the partitions were taken away meanwhile (then
   * the rows are dropped and the positions read again from the database, which has none of them).
   */
  private Attempt attempt(List<Pending> records) throws InterruptedException {
    revoked = false;
    while (!stopping) {
      try {
        for (Pending p : records) {
          if (p.refusedRecord() && !p.deadLettered()) {
            deadLetters.send(p);
            p.markDeadLettered();
            meters.deadLettered(p.reasonCode());
          }
        }
        meters.written(write(records));
        backoff.reset();
        lastContact = System.nanoTime();
        health.ok();
        consumer.resume(positioned());
        return Attempt.DONE;
      } catch (PositionMovedException e) {
        LOG.warn("{}; reading the positions again", e.getMessage());
        repositionAll();
        return Attempt.ABANDONED;
      } catch (SQLException e) {
        if (DatabaseErrors.isRefusedData(e)) {
          return Attempt.refused(DatabaseErrors.describe(e), e.getClass().getName(), SinkMeters.REFUSED_BY_DATABASE);
        }
        health.notReady("database unavailable: " + DatabaseErrors.describe(e));
      } catch (RowsException e) {
        return Attempt.refused(e.getCause().getMessage(), e.getCause().getClass().getName(), SinkMeters.UNUSABLE);
      } catch (KafkaException e) {
        health.notReady("dead-letter topic unavailable: " + e.getMessage());
      }
      LOG.warn("Not ready, retrying: {}", health.problem());
      consumer.pause(consumer.assignment());
      waitOut(backoff.next());
      if (revoked) {
        repositionAll();
        return Attempt.ABANDONED;
      }
    }
    return Attempt.ABANDONED;
  }

  /** One transaction: the rows of the records, then the positions after them. Answers the rows per table. */
  private Map<String, Long> write(List<Pending> records) throws SQLException {
    Map<TopicPartition, Long> next = new HashMap<>();
    Map<String, Long> written;
    try (Connection connection = database.connection()) {
      try (SqlBatch batch = new SqlBatch(connection)) {
        for (Pending p : records) {
          if (!p.refusedRecord()) {
            try {
              p.rows.addTo(batch);
            } catch (RuntimeException e) {
              throw new RowsException(e);
            }
          }
          next.merge(p.partition(), p.record.offset() + 1, Math::max);
        }
        written = batch.execute();
        for (Map.Entry<TopicPartition, Long> position : next.entrySet()) {
          OffsetStore.advance(connection, position.getKey(),
              stored.getOrDefault(position.getKey(), OffsetStore.NONE), position.getValue());
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(connection);
        throw e;
      }
    }
    stored.putAll(next);
    Map<TopicPartition, OffsetAndMetadata> lag = new HashMap<>();
    next.forEach((tp, offset) -> lag.put(tp, new OffsetAndMetadata(offset)));
    // only for lag monitoring: positions are read from the database, never from the group
    consumer.commitAsync(lag, null);
    return written;
  }

  /** Records behind the end of the assigned partitions; asked here since the consumer is this thread's alone. */
  private void measureLag() {
    long behind = 0;
    for (TopicPartition tp : consumer.assignment()) {
      behind += consumer.currentLag(tp).orElse(0);
    }
    meters.lag(behind);
  }

  /** Reads the positions of newly assigned partitions from the database and seeks there. */
  private boolean position() {
    try (Connection connection = database.connection()) {
      Map<TopicPartition, Long> positions = OffsetStore.read(connection, unpositioned);
      connection.rollback();
      List<TopicPartition> fromStart = new ArrayList<>();
      for (TopicPartition tp : unpositioned) {
        Long next = positions.get(tp);
        if (next == null) {
          fromStart.add(tp);
          stored.put(tp, OffsetStore.NONE);
        } else {
          consumer.seek(tp, next);
          stored.put(tp, next);
        }
      }
      consumer.seekToBeginning(fromStart);
      unpositioned.clear();
      lastContact = System.nanoTime();
      backoff.reset();
      health.ok();
      consumer.resume(positioned());
      return true;
    } catch (SQLException e) {
      health.notReady("cannot read positions from the database: " + DatabaseErrors.describe(e));
      LOG.warn("Not ready, retrying: {}", health.problem());
      return false;
    }
  }

  private void repositionAll() {
    unpositioned.addAll(consumer.assignment());
    consumer.pause(consumer.assignment());
  }

  private Collection<TopicPartition> positioned() {
    Set<TopicPartition> ready = new HashSet<>(consumer.assignment());
    ready.removeAll(unpositioned);
    return ready;
  }

  /** Waits while staying in the group: every partition is paused, so polling returns nothing. */
  private void waitOut(Duration wait) {
    consumer.pause(consumer.assignment());
    long until = System.nanoTime() + wait.toNanos();
    while (!stopping && System.nanoTime() < until) {
      ConsumerRecords<byte[], byte[]> unexpected =
          consumer.poll(Duration.ofNanos(Math.max(1, Math.min(until - System.nanoTime(), POLL.toNanos()))));
      // a partition assigned and fetched before the pause took effect: read its position again
      unexpected.partitions().forEach(unpositioned::add);
    }
  }

  private void probeWhenIdle() {
    if (System.nanoTime() - lastContact < IDLE_PROBE_NANOS) {
      return;
    }
    lastContact = System.nanoTime();
    if (database.reachable()) {
      health.ok();
    } else {
      health.notReady("database unreachable");
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // the connection is gone; the server rolls back itself
    }
  }

  /** Assignment changes arrive inside poll: newly assigned partitions wait, paused, for their position. */
  private final class Positions implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      consumer.pause(partitions);
      unpositioned.addAll(partitions);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      unpositioned.removeAll(partitions);
      stored.keySet().removeAll(partitions);
      revoked |= !partitions.isEmpty();
    }
  }

  /** A record's rows could not be built (a bug or a record the tables cannot hold). */
  private static final class RowsException extends RuntimeException {
    RowsException(RuntimeException cause) {
      super(cause);
    }
  }

  private record Attempt(boolean abandoned, String refusal, String exceptionClass, String reasonCode) {
    static final Attempt DONE = new Attempt(false, null, null, null);
    static final Attempt ABANDONED = new Attempt(true, null, null, null);

    static Attempt refused(String reason, String exceptionClass, String reasonCode) {
      return new Attempt(false, reason, exceptionClass, reasonCode);
    }
  }
}
