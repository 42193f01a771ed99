package id.aduan.streams.tracker.metrics;

import id.aduan.event.UnitMetrics;
import id.aduan.streams.dlq.RefusedRecordException;
import id.aduan.streams.tracker.metrics.MetricsKeys.Period;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds each event to the day and the month it happened in (in the agency's time zone) and publishes the
 * new figures of both. Time is the task's stream time (the latest case state's record time read), never the
 * wall clock, so reading the same records again gives the same figures.
 *
 * <p>An event for a period whose grace has passed is still counted (its key names the period, and how late
 * an event comes depends on how the inputs interleaved, so dropping late events would make a replay
 * differ) and raises {@code lateEvents}. An
 * event for a period past its retention is refused to the DLQ: that period's figures may already be
 * forgotten, and publishing a fresh partial count would overwrite the complete one.
 */
final class PeriodAggregator implements Processor<String, MetricEvent, String, UnitMetrics> {
  /** How often (in stream time) periods past their retention are forgotten. */
  static final Duration FORGET_INTERVAL = Duration.ofDays(1);
  private final String storeName;
  private final MetricsSettings settings;
  private ProcessorContext<String, UnitMetrics> context;
  private KeyValueStore<String, UnitAggregate> store;

  PeriodAggregator(String storeName, MetricsSettings settings) {
    this.storeName = storeName;
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, UnitMetrics> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
    context.schedule(FORGET_INTERVAL, PunctuationType.STREAM_TIME, this::forgetExpired);
  }

  @Override
  public void process(Record<String, MetricEvent> record) {
    MetricEvent event = record.value();
    if (event == null) {
      return;
    }
    long streamTime = context.currentStreamTimeMs();
    Period day = Period.dayOf(event.at(), settings.zone());
    // A month ends no earlier than its days, so the day decides whether the event is still accepted.
    if (expired(day, streamTime)) {
      throw new RefusedRecordException(CaseChangeProcessor.STAGE, "a " + event.kind() + " event of "
          + day.label() + " is older than the retention " + settings.retention() + " at stream time "
          + Instant.ofEpochMilli(streamTime));
    }
    for (Period period : List.of(day, Period.monthOf(event.at(), settings.zone()))) {
      String key = MetricsKeys.key(period, record.key());
      UnitAggregate aggregate = store.get(key);
      if (aggregate == null) {
        aggregate = UnitAggregate.empty(period, event);
      }
      aggregate.add(event, period.end() + settings.grace().toMillis() < streamTime);
      store.put(key, aggregate);
      context.forward(record.withKey(key).withValue(aggregate.toRecord(settings, streamTime)));
    }
  }

  private boolean expired(Period period, long streamTime) {
    return period.end() + settings.retention().toMillis() < streamTime;
  }

  /** Forgets the figures of periods past their retention; what was published stays on the topic. */
  private void forgetExpired(long streamTime) {
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, UnitAggregate> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, UnitAggregate> entry = all.next();
        if (entry.value.periodEnd() + settings.retention().toMillis() < streamTime) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(store::delete);
  }
}
