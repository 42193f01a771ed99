package id.aduan.streams.tracker;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.ResolutionMetrics;
import id.aduan.events.serde.AvroSerde;
import id.aduan.events.serde.AvroSerdeConfig;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.router.route.UnitTopicExtractor;
import id.aduan.streams.tracker.metrics.MetricsTopology;
import java.util.Map;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The tracker job: one case per complaint, from the router's outputs, the units' updates and the citizens'
 * surveys, with SLA clocks and escalations. A pure function of its inputs; every processor and store is
 * named ({@code TrackerTopologyDescriptionTest} pins the description). {@link MetricsTopology} takes every
 * case state the processor sends and publishes per-unit figures on metrics.units.
 *
 * <pre>
 * complaints.received ─► received-ids-only ─┐
 * complaints.triage ───► triaged ───────────┤
 * complaints.routed ───► routed ────────────┼─► track-case [cases, case-complaints, case-deadlines] ─┬─► cases.state
 * cases.updates ───────► updated ───────────┤        (punctuated on wall clock and stream time)      ├─► cases.escalations
 * surveys.responses ───► surveyed ──────────┘                                                         ├─► metrics.resolution
 * config.units ─► global table units                                                                  └─► complaints.routed, unit.&lt;id&gt;
 * </pre>
 *
 * The five inputs are keyed by complaint id and have the same partition count (the catalogue's event
 * topics), so they are co-partitioned: each case lives in one task and nothing is repartitioned.
 */
public final class TrackerTopology {
  public static final String CASE_STORE = "cases";
  public static final String COMPLAINT_STORE = "case-complaints";
  public static final String DEADLINE_STORE = "case-deadlines";
  public static final String UNITS_STORE = "units";

  private TrackerTopology() {}

  public static Topology build(TrackerSettings settings, TopicCatalogue topics) {
    StreamsBuilder builder = new StreamsBuilder();
    Topic<String, id.aduan.event.Unit> units = topics.units();
    builder.globalTable(units.name(), Consumed.with(units.keySerde(), units.valueSerde()).withName(UNITS_STORE),
        Materialized.<String, id.aduan.event.Unit, KeyValueStore<Bytes, byte[]>>as(UNITS_STORE)
            .withKeySerde(units.keySerde()).withValueSerde(units.valueSerde()));
    Topic<String, CaseState> state = topics.caseState();
    Topic<String, ComplaintClassified> triage = topics.complaintsTriage();
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(CASE_STORE), Serdes.String(), storeSerde(topics, CaseState.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(COMPLAINT_STORE), Serdes.String(), storeSerde(topics, ComplaintClassified.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(DEADLINE_STORE), Serdes.String(), Serdes.String()));

    KStream<String, CaseInput> inputs =
        input(builder, topics.complaintsReceived(), "complaints-received", "received-ids-only", CaseInput.Received::of)
            .merge(input(builder, triage, "complaints-triage", "triaged", CaseInput.Triaged::new), Named.as("merge-triage"))
            .merge(input(builder, topics.complaintsRouted(), "complaints-routed", "routed", CaseInput.Routed::new),
                Named.as("merge-routed"))
            .merge(input(builder, topics.caseUpdates(), "cases-updates", "updated", CaseInput.Update::new),
                Named.as("merge-updates"))
            .merge(input(builder, topics.surveyResponses(), "surveys-responses", "surveyed", CaseInput.Survey::new),
                Named.as("merge-surveys"));

    Topic<String, CaseEscalated> escalations = topics.caseEscalations();
    Topic<String, ResolutionMetrics> metrics = topics.resolutionMetrics();
    Topic<String, ComplaintRouted> routed = topics.complaintsRouted();
    inputs
        .process(() -> new CaseProcessor(settings), Named.as("track-case"), CASE_STORE, COMPLAINT_STORE, DEADLINE_STORE)
        .split(Named.as("output-"))
        .branch((id, out) -> out instanceof TrackerOutput.State, Branched.withConsumer(s -> {
          KStream<String, CaseState> states = s.mapValues(out -> ((TrackerOutput.State) out).state(), Named.as("case-state"));
          states.to(state.name(), Produced.with(state.keySerde(), state.valueSerde()).withName("to-cases-state"));
          // every state, in order and in the same transaction: the compacted topic may already lack some
          MetricsTopology.addTo(builder, states, topics, settings.metrics());
        }, "state"))
        .branch((id, out) -> out instanceof TrackerOutput.Escalation, Branched.withConsumer(s -> s
            .mapValues(out -> ((TrackerOutput.Escalation) out).escalation(), Named.as("case-escalated"))
            .to(escalations.name(), Produced.with(escalations.keySerde(), escalations.valueSerde())
                .withName("to-cases-escalations")), "escalation"))
        .branch((id, out) -> out instanceof TrackerOutput.Metrics, Branched.withConsumer(s -> s
            .mapValues(out -> ((TrackerOutput.Metrics) out).metrics(), Named.as("resolution-metrics"))
            .to(metrics.name(), Produced.with(metrics.keySerde(), metrics.valueSerde())
                .withName("to-metrics-resolution")), "metrics"))
        .defaultBranch(Branched.withConsumer(s -> {
          KStream<String, ComplaintRouted> rerouted =
              s.mapValues(out -> ((TrackerOutput.Rerouted) out).routed(), Named.as("rerouted-complaint"));
          rerouted.to(routed.name(), Produced.with(routed.keySerde(), routed.valueSerde()).withName("to-routed"));
          rerouted.to(new UnitTopicExtractor(topics),
              Produced.with(routed.keySerde(), routed.valueSerde()).withName("to-unit-topic"));
        }, "rerouted"));
    return builder.build();
  }

  /**
   * Avro with the schema id, so that a new version of the job reads what an older one stored; the
   * changelog subjects are the job's own, not public contracts, so they are registered even where
   * {@code auto.register.schemas} is off for the public topics.
   */
  private static <T extends SpecificRecordBase & SpecificRecord> Serde<T> storeSerde(TopicCatalogue topics, Class<T> type) {
    return AvroSerde.of(type, topics.registry(), AvroSerdeConfig.from(Map.of()), false);
  }

  private static <V> KStream<String, CaseInput> input(StreamsBuilder builder, Topic<String, V> topic, String sourceName,
      String mapName, Function<V, CaseInput> wrap) {
    return builder.stream(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde()).withName(sourceName))
        .mapValues(wrap::apply, Named.as(mapName));
  }
}
