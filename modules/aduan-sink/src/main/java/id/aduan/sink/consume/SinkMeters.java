package id.aduan.sink.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sink's pipeline meters: {@code aduan.sink.rows.written} by table (counted once the transaction
 * committed, so a retried write is not counted twice), {@code aduan.sink.dead.letters} by reason code, and
 * {@code aduan.sink.lag}, the records behind the end of the assigned partitions as the consumer last saw
 * them. Labels are table names and fixed reason codes, never a record's content.
 */
public final class SinkMeters {
  /** A record whose bytes are not a record of its topic's contract. */
  public static final String UNDECODABLE = "undecodable";
  /** A record whose rows the database refused (SQLSTATE class 22 or 23). */
  public static final String REFUSED_BY_DATABASE = "refused_by_database";
  /** A record that cannot become rows at all (e.g. its key is not its complaint id). */
  public static final String UNUSABLE = "unusable";

  private final MeterRegistry registry;
  private final AtomicLong lag = new AtomicLong();

  public SinkMeters(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("aduan.sink.lag", lag, AtomicLong::get)
        .description("Records behind the end of the sink's assigned partitions")
        .baseUnit("records")
        .register(registry);
  }

  void written(Map<String, Long> rowsByTable) {
    rowsByTable.forEach((table, rows) -> Counter.builder("aduan.sink.rows.written")
        .description("Rows the sink inserted, updated or deleted, by table")
        .tag("table", table)
        .register(registry)
        .increment(rows));
  }

  void deadLettered(String reason) {
    Counter.builder("aduan.sink.dead.letters")
        .description("Records sent to the sink's dead-letter topic, by reason")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  void lag(long records) {
    lag.set(records);
  }
}
