package id.aduan.streams.router;

import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.RefusedRecordException;
import id.aduan.streams.router.classify.AnalysisProcessor;
import id.aduan.streams.router.classify.ComplaintAnalyzer;
import id.aduan.streams.router.classify.LoadedModel;
import id.aduan.streams.router.dedupe.DedupeKeys;
import id.aduan.streams.router.dedupe.PlaceDuplicateMarker;
import id.aduan.streams.router.dedupe.RecentComplaints;
import id.aduan.streams.router.dedupe.SourceDuplicateMarker;
import id.aduan.streams.router.dedupe.SourcedComplaintSerde;
import id.aduan.streams.router.dedupe.TextFingerprint;
import id.aduan.streams.router.route.RouteProcessor;
import id.aduan.streams.router.route.RouteSettings;
import id.aduan.streams.router.route.RoutingDecision;
import id.aduan.streams.router.route.RuleMatcher;
import id.aduan.streams.router.route.TableChanges;
import id.aduan.streams.router.route.UnitTopicExtractor;
import id.aduan.streams.router.validate.ComplaintValidator;
import id.aduan.streams.serde.JsonSerde;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The router job: validate → mask and classify → [one re-partition] → de-duplicate by source, then by place
 * → route.
 * A pure function of its inputs; every processor, store and repartition topic is named so that the
 * topology stays stable across versions ({@code RouterTopologyTest} pins its description).
 */
public final class RouterTopology {
  public static final String SOURCE_STORE = "recent-by-source";
  public static final String PLACE_STORE = "recent-by-place";
  public static final String RULES_STORE = "routing-rules";
  public static final String UNITS_STORE = "units";
  public static final String MODELS_STORE = "models";
  /** The one re-partition between intake's topic and the routing decision (topic {@code <app id>-dedupe-repartition}). */
  public static final String DEDUPE_REPARTITION = "dedupe";

  private RouterTopology() {}

  public static Topology build(
      RouterSettings settings, TopicCatalogue topics, ComplaintAnalyzer analyzer, LoadedModel startupModel, Clock clock) {
    StreamsBuilder builder = new StreamsBuilder();
    TableChanges configChanges = new TableChanges();
    TableChanges modelChanges = new TableChanges();
    globalConfig(builder, topics, configChanges, modelChanges);
    TextFingerprint fingerprint = new TextFingerprint(analyzer.normalizer());
    DedupeKeys keys = new DedupeKeys(settings.contactKey());
    builder.addStateStore(recentStore(SOURCE_STORE));
    builder.addStateStore(recentStore(PLACE_STORE));

    Topic<String, ComplaintReceived> received = topics.complaintsReceived();
    Topic<String, ComplaintClassified> triage = topics.complaintsTriage();
    // masked before the one re-partition, so that no unmasked text crosses it
    KStream<String, ComplaintClassified> deduplicated = builder
        .stream(received.name(), Consumed.with(received.keySerde(), received.valueSerde()).withName("complaints-received"))
        .mapValues(RouterTopology::requireValid, Named.as("validate"))
        .mapValues(keys::sourced, Named.as("source-keys"))
        .processValues(() -> new AnalysisProcessor(analyzer, startupModel, MODELS_STORE, modelChanges, clock),
            Named.as("mask-and-classify"))
        .selectKey((id, complaint) -> DedupeKeys.partitionKey(complaint), Named.as("key-for-dedupe"))
        .repartition(Repartitioned.with(Serdes.String(), SourcedComplaintSerde.of(triage.valueSerde()))
            .withName(DEDUPE_REPARTITION))
        .processValues(() -> new SourceDuplicateMarker(SOURCE_STORE, settings.dedupe(), fingerprint),
            Named.as("dedupe-by-source"), SOURCE_STORE)
        .processValues(() -> new PlaceDuplicateMarker(PLACE_STORE, settings.dedupe(), fingerprint),
            Named.as("dedupe-by-place"), PLACE_STORE);

    RouteSettings routing = new RouteSettings(
        settings.confidenceThreshold(), settings.defaultCalendar(), RULES_STORE, UNITS_STORE, configChanges);
    Topic<String, ComplaintRouted> routed = topics.complaintsRouted();
    deduplicated
        .processValues(() -> new RouteProcessor(routing, new RuleMatcher(analyzer.normalizer()), clock),
            Named.as("route"))
        .selectKey((key, decision) -> decision.complaintId(), Named.as("key-by-complaint"))
        .split(Named.as("decision-"))
        .branch((id, decision) -> decision instanceof RoutingDecision.Routed, Branched.withConsumer(
            toUnits -> {
              KStream<String, ComplaintRouted> out =
                  toUnits.mapValues(d -> ((RoutingDecision.Routed) d).complaint(), Named.as("routed-complaint"));
              out.to(routed.name(), Produced.with(routed.keySerde(), routed.valueSerde()).withName("to-routed"));
              out.to(new UnitTopicExtractor(topics),
                  Produced.with(routed.keySerde(), routed.valueSerde()).withName("to-unit-topic"));
            }, "routed"))
        .defaultBranch(Branched.withConsumer(
            toTriage -> toTriage
                .mapValues(d -> ((RoutingDecision.Triage) d).complaint(), Named.as("triage-complaint"))
                .to(triage.name(), Produced.with(triage.keySerde(), triage.valueSerde()).withName("to-triage")),
            "triage"));
    return builder.build();
  }

  /**
   * Rules, units and models as global tables: every instance sees all of them, and changes apply at once.
   * Their stores count writes, so routing and classification read them again only after a change.
   */
  private static void globalConfig(
      StreamsBuilder builder, TopicCatalogue topics, TableChanges configChanges, TableChanges modelChanges) {
    globalTable(builder, topics.routingRules(), RULES_STORE, configChanges);
    globalTable(builder, topics.units(), UNITS_STORE, configChanges);
    globalTable(builder, topics.models(), MODELS_STORE, modelChanges);
  }

  private static <V> void globalTable(StreamsBuilder builder, Topic<String, V> topic, String store, TableChanges changes) {
    builder.globalTable(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde()).withName(store),
        Materialized.<String, V>as(changes.store(store))
            .withKeySerde(topic.keySerde()).withValueSerde(topic.valueSerde()).withCachingDisabled());
  }

  private static StoreBuilder<KeyValueStore<String, RecentComplaints>> recentStore(String name) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), JsonSerde.of(RecentComplaints.class));
  }

  private static ComplaintReceived requireValid(String key, ComplaintReceived complaint) {
    List<String> problems = ComplaintValidator.problems(key, complaint);
    if (!problems.isEmpty()) {
      throw new RefusedRecordException(ComplaintValidator.STAGE, String.join("; ", problems));
    }
    return complaint;
  }
}
