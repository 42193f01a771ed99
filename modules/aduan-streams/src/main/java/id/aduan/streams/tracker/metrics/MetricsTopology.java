package id.aduan.streams.tracker.metrics;

import id.aduan.event.CaseState;
import id.aduan.event.UnitMetrics;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Resolution metrics and SKM per unit, category, channel and day or month, as a pure function of the
 * sequence of case states the tracker produces:
 *
 * <pre>
 * case states ─► metrics-derive-events [metrics-cases-seen] ─► [metrics-by-unit]
 *             ─► metrics-aggregate [metrics-unit-periods] ─► metrics.units
 * </pre>
 *
 * The states come straight from the tracker's processor, not read back from {@code cases.state}: that
 * topic is compacted, and the broker may drop a superseded state before a reader that lags gets to it
 * (the more readily when the states carry old event times, which roll segments). The first response's
 * deadline, the unit an escalation is credited to and its date are seen only in the intermediate states,
 * so the figures must see every one of them. Every processor, store and repartition topic is named
 * ({@code MetricsTopologyDescriptionTest} pins them).
 */
public final class MetricsTopology {
  public static final String SEEN_STORE = "metrics-cases-seen";
  public static final String PERIODS_STORE = "metrics-unit-periods";
  public static final String BY_UNIT = "metrics-by-unit";

  private MetricsTopology() {}

  /**
   * Adds the figures of {@code states}: keyed by complaint id, partitioned like the tracker's inputs, and
   * holding every state of each case in the order the case went through them.
   */
  public static void addTo(StreamsBuilder builder, KStream<String, CaseState> states, TopicCatalogue catalogue,
      MetricsSettings settings) {
    builder.addStateStore(store(SEEN_STORE, JsonSerde.of(CaseSummary.class)));
    builder.addStateStore(store(PERIODS_STORE, JsonSerde.of(UnitAggregate.class)));
    Topic<String, UnitMetrics> metrics = catalogue.unitMetrics();
    states
        .process(() -> new CaseChangeProcessor(SEEN_STORE), Named.as("metrics-derive-events"), SEEN_STORE)
        .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(MetricEvent.class)).withName(BY_UNIT))
        .process(() -> new PeriodAggregator(PERIODS_STORE, settings), Named.as("metrics-aggregate"), PERIODS_STORE)
        .to(metrics.name(), Produced.with(metrics.keySerde(), metrics.valueSerde()).withName("to-metrics-units"));
  }

  private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
  }
}
