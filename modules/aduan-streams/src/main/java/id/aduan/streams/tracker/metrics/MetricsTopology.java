package id.aduan.streams.tracker.metrics;

import id.aduan.event.CaseState;
import id.aduan.event.UnitMetrics;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Resolution metrics and SKM per unit, category, channel and day or month, as a pure function of the
 * {@code cases.state} changelog:
 *
 * <pre>
 * cases.state ─► metrics-derive-events [metrics-cases-seen] ─► [metrics-by-unit]
 *             ─► metrics-aggregate [metrics-unit-periods] ─► metrics.units
 * </pre>
 *
 * The sub-topology reads {@code cases.state} with its own source; the builder it is added to must not
 * read that topic elsewhere. Every processor, store and repartition topic is named
 * ({@code MetricsTopologyDescriptionTest} pins them).
 */
public final class MetricsTopology {
  public static final String SEEN_STORE = "metrics-cases-seen";
  public static final String PERIODS_STORE = "metrics-unit-periods";
  public static final String BY_UNIT = "metrics-by-unit";

  private MetricsTopology() {}

  public static void addTo(StreamsBuilder builder, TopicCatalogue catalogue, MetricsSettings settings) {
    builder.addStateStore(store(SEEN_STORE, JsonSerde.of(CaseSummary.class)));
    builder.addStateStore(store(PERIODS_STORE, JsonSerde.of(UnitAggregate.class)));
    Topic<String, CaseState> states = catalogue.caseState();
    Topic<String, UnitMetrics> metrics = catalogue.unitMetrics();
    builder
        .stream(states.name(), Consumed.with(states.keySerde(), states.valueSerde()).withName("metrics-cases-state"))
        .process(() -> new CaseChangeProcessor(SEEN_STORE), Named.as("metrics-derive-events"), SEEN_STORE)
        .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(MetricEvent.class)).withName(BY_UNIT))
        .process(() -> new PeriodAggregator(PERIODS_STORE, settings), Named.as("metrics-aggregate"), PERIODS_STORE)
        .to(metrics.name(), Produced.with(metrics.keySerde(), metrics.valueSerde()).withName("to-metrics-units"));
  }

  private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
  }
}
