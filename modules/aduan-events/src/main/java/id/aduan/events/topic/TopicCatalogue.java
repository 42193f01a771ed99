package id.aduan.events.topic;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.CaseUpdate;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.LabelledExample;
import id.aduan.event.ModelVersion;
import id.aduan.event.Reporter;
import id.aduan.event.ResolutionMetrics;
import id.aduan.event.RoutingRule;
import id.aduan.event.SurveyResponse;
import id.aduan.event.Unit;
import id.aduan.event.UnitMetrics;
import id.aduan.events.registry.SchemaRegistryClient;
import id.aduan.events.registry.SchemaRegistryClients;
import id.aduan.events.serde.AvroSerde;
import id.aduan.events.serde.AvroSerdeConfig;
import id.aduan.events.topic.Topic.CleanupPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of Aduan, by role, with its serdes. Names carry a configurable prefix (default
 * {@value #DEFAULT_PREFIX}) so several deployments can share a cluster. All Avro serdes share one registry
 * client, hence one cache. Records are keyed by complaint id (events) or by entity id (config, state).
 */
public final class TopicCatalogue {
  public static final String DEFAULT_PREFIX = "aduan.";
  public static final String PREFIX_CONFIG = "aduan.topic.prefix";
  public static final String PREFIX_DOC = "Prefix of every topic name, so deployments can share a cluster.";
  public static final String PARTITIONS_CONFIG = "aduan.topic.partitions";
  public static final String PARTITIONS_DOC = "Partitions of event topics; config topics always have one.";
  public static final int DEFAULT_PARTITIONS = 6;
  /** Unit topics are named {@code <prefix>unit.<unitId>}. */
  public static final String UNIT_TOPIC_PREFIX = "unit.";

  private final String prefix;
  private final int partitions;
  private final SchemaRegistryClient registry;
  private final AvroSerdeConfig serdeConfig;

  private final Topic<String, ComplaintReceived> complaintsReceived;
  private final Topic<String, Reporter> reporters;
  private final Topic<String, ComplaintRouted> complaintsRouted;
  private final Topic<String, ComplaintClassified> complaintsTriage;
  private final Topic<byte[], byte[]> complaintsDlq;
  private final Topic<byte[], byte[]> sinkDlq;
  private final Topic<String, CaseUpdate> caseUpdates;
  private final Topic<String, SurveyResponse> surveyResponses;
  private final Topic<String, CaseState> caseState;
  private final Topic<String, CaseEscalated> caseEscalations;
  private final Topic<String, ResolutionMetrics> resolutionMetrics;
  private final Topic<String, UnitMetrics> unitMetrics;
  private final Topic<String, Unit> units;
  private final Topic<String, RoutingRule> routingRules;
  private final Topic<String, ModelVersion> models;
  private final Topic<String, LabelledExample> trainingLabels;

  public TopicCatalogue(String prefix, int partitions, SchemaRegistryClient registry, AvroSerdeConfig serdeConfig) {
    this.prefix = prefix;
    this.partitions = partitions;
    this.registry = registry;
    this.serdeConfig = serdeConfig;
    complaintsReceived = events("complaints.received", ComplaintReceived.class);
    reporters = compacted("complaints.reporters", Reporter.class, partitions);
    complaintsRouted = events("complaints.routed", ComplaintRouted.class);
    complaintsTriage = events("complaints.triage", ComplaintClassified.class);
    complaintsDlq = raw("complaints.dlq");
    sinkDlq = raw("sink.dlq");
    caseUpdates = events("cases.updates", CaseUpdate.class);
    surveyResponses = events("surveys.responses", SurveyResponse.class);
    caseState = compacted("cases.state", CaseState.class, partitions);
    caseEscalations = events("cases.escalations", CaseEscalated.class);
    resolutionMetrics = events("metrics.resolution", ResolutionMetrics.class);
    unitMetrics = compacted("metrics.units", UnitMetrics.class, partitions);
    units = compacted("config.units", Unit.class, 1);
    routingRules = compacted("config.routing-rules", RoutingRule.class, 1);
    models = compacted("config.models", ModelVersion.class, 1);
    trainingLabels = compacted("training.labels", LabelledExample.class, partitions);
  }

  /**
   * A catalogue from client properties: {@value #PREFIX_CONFIG}, {@value #PARTITIONS_CONFIG} and the
   * serde keys ({@code schema.registry.url}, {@code auto.register.schemas}, …).
   */
  public static TopicCatalogue from(Map<String, ?> props) {
    Object prefix = props.get(PREFIX_CONFIG);
    Object partitions = props.get(PARTITIONS_CONFIG);
    return new TopicCatalogue(
        prefix == null ? DEFAULT_PREFIX : prefix.toString(),
        partitions == null ? DEFAULT_PARTITIONS : Integer.parseInt(partitions.toString().trim()),
        SchemaRegistryClients.create(props),
        AvroSerdeConfig.from(props));
  }

  /** Complaints as the channel adapters received them; read by the router only (raw text). */
  public Topic<String, ComplaintReceived> complaintsReceived() {
    return complaintsReceived;
  }

  /** Restricted: the reporter's contact details by complaint id, so the citizen can be answered. */
  public Topic<String, Reporter> reporters() {
    return reporters;
  }

  /** Every routed complaint, masked, whichever unit it went to. */
  public Topic<String, ComplaintRouted> complaintsRouted() {
    return complaintsRouted;
  }

  /** Complaints a person must route: low confidence or no matching rule. */
  public Topic<String, ComplaintClassified> complaintsTriage() {
    return complaintsTriage;
  }

  /** Records that could not be processed, unchanged, with headers saying why and where they came from. */
  public Topic<byte[], byte[]> complaintsDlq() {
    return complaintsDlq;
  }

  /**
   * Records the database sink could not store (undecodable, or refused by a table's constraints), unchanged,
   * with the same reason headers as {@link #complaintsDlq()}.
   */
  public Topic<byte[], byte[]> sinkDlq() {
    return sinkDlq;
  }

  public Topic<String, CaseUpdate> caseUpdates() {
    return caseUpdates;
  }

  public Topic<String, SurveyResponse> surveyResponses() {
    return surveyResponses;
  }

  public Topic<String, CaseState> caseState() {
    return caseState;
  }

  public Topic<String, CaseEscalated> caseEscalations() {
    return caseEscalations;
  }

  public Topic<String, ResolutionMetrics> resolutionMetrics() {
    return resolutionMetrics;
  }

  /**
   * Per unit, category, channel and day or month: counts, SLA shares, working-time quantiles and SKM,
   * keyed by a readable window key such as {@code day:2026-11-29|lalin|lampu_lalu_lintas|WEB}.
   */
  public Topic<String, UnitMetrics> unitMetrics() {
    return unitMetrics;
  }

  public Topic<String, Unit> units() {
    return units;
  }

  public Topic<String, RoutingRule> routingRules() {
    return routingRules;
  }

  public Topic<String, ModelVersion> models() {
    return models;
  }

  /** Categories given by people (triage desk), latest per complaint: examples for retraining the classifier. */
  public Topic<String, LabelledExample> trainingLabels() {
    return trainingLabels;
  }

  /** The topic a unit's team reads its routed complaints from. */
  public Topic<String, ComplaintRouted> unit(String unitId) {
    return new Topic<>(
        unitTopicName(unitId),
        Serdes.String(),
        complaintsRouted.valueSerde(),
        complaintsRouted.valueSchema(),
        partitions,
        CleanupPolicy.DELETE);
  }

  /** The name of a unit's topic, refusing ids that would make an illegal or ambiguous topic name. */
  public String unitTopicName(String unitId) {
    if (unitId == null || unitId.isBlank() || unitId.contains(".")) {
      throw new IllegalArgumentException("unit id \"" + unitId + "\" must be non-empty and without '.'");
    }
    return TopicNames.validate(prefix + UNIT_TOPIC_PREFIX + unitId);
  }

  /** Every fixed topic (unit topics depend on configuration and are not included). */
  public List<Topic<?, ?>> all() {
    return List.of(
        complaintsReceived, reporters, complaintsRouted, complaintsTriage, complaintsDlq, caseUpdates,
        surveyResponses, caseState, caseEscalations, resolutionMetrics, unitMetrics, units, routingRules,
        models, trainingLabels, sinkDlq);
  }

  public String prefix() {
    return prefix;
  }

  /** The registry client every serde of this catalogue shares. */
  public SchemaRegistryClient registry() {
    return registry;
  }

  /** A value serde for any generated event type, sharing this catalogue's registry client. */
  public <T extends SpecificRecordBase & SpecificRecord> Serde<T> valueSerde(Class<T> type) {
    return AvroSerde.of(type, registry, serdeConfig, false);
  }

  private Topic<byte[], byte[]> raw(String name) {
    return new Topic<>(prefix + name, Serdes.ByteArray(), Serdes.ByteArray(), Optional.empty(), partitions,
        CleanupPolicy.DELETE);
  }

  private <V extends SpecificRecordBase & SpecificRecord> Topic<String, V> events(String name, Class<V> type) {
    return avroTopic(name, type, partitions, CleanupPolicy.DELETE);
  }

  private <V extends SpecificRecordBase & SpecificRecord> Topic<String, V> compacted(
      String name, Class<V> type, int partitionCount) {
    return avroTopic(name, type, partitionCount, CleanupPolicy.COMPACT);
  }

  private <V extends SpecificRecordBase & SpecificRecord> Topic<String, V> avroTopic(
      String name, Class<V> type, int partitionCount, CleanupPolicy policy) {
    return new Topic<>(
        prefix + name,
        Serdes.String(),
        valueSerde(type),
        Optional.of(SpecificData.get().getSchema(type)),
        partitionCount,
        policy);
  }
}
