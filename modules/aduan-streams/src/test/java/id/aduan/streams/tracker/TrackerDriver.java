package id.aduan.streams.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import id.aduan.event.ResolutionMetrics;
import id.aduan.event.Sentiment;
import id.aduan.event.SkmScores;
import id.aduan.event.SurveyResponse;
import id.aduan.event.Unit;
import id.aduan.event.Urgency;
import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.DeadLetterDeserializationHandler;
import id.aduan.streams.dlq.DeadLetterHeaders;
import id.aduan.streams.dlq.DeadLetterProcessingHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The tracker topology in a {@link TopologyTestDriver}, with one complaint's life built step by step. */
final class TrackerDriver implements AutoCloseable {
  /** Monday 30 November 2026, 08:00 in Jakarta. */
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T01:00:00Z");
  /** Monday 16:00 WIB: the end of the first working day. */
  static final Instant FIRST_RESPONSE_DUE = Instant.parse("2026-11-30T09:00:00Z");
  /** Friday 4 December 16:00 WIB: five working days. */
  static final Instant RESOLUTION_DUE = Instant.parse("2026-12-04T09:00:00Z");
  static final String ID = "01JDZ0000000000000000000A1";

  final TopicCatalogue topics;
  final TopologyTestDriver driver;
  final TestOutputTopic<String, CaseState> states;
  final TestOutputTopic<String, CaseEscalated> escalations;
  final TestOutputTopic<String, ResolutionMetrics> metrics;
  final TestOutputTopic<String, ComplaintRouted> routed;
  final TestOutputTopic<byte[], byte[]> deadLetters;
  private final String scope;
  private int updates;

  TrackerDriver() {
    this(TrackerSettings.standard());
  }

  TrackerDriver(TrackerSettings settings) {
    scope = "tracker-" + System.nanoTime();
    topics = TopicCatalogue.from(Map.of("schema.registry.url", "mock://" + scope));
    driver = new TopologyTestDriver(TrackerTopology.build(settings, topics), props(), MONDAY_MORNING);
    states = output(topics.caseState());
    escalations = output(topics.caseEscalations());
    metrics = output(topics.resolutionMetrics());
    routed = output(topics.complaintsRouted());
    deadLetters = driver.createOutputTopic(topics.complaintsDlq().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    unit("lalin", "Bidang Lalu Lintas", null);
    unit("sarpras", "Bidang Sarana dan Prasarana", "dishub");
  }

  static Properties props() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "tracker-test");
    // a directory of its own: test JVMs that run at the same time would otherwise lock each other's stores
    props.put(StreamsConfig.STATE_DIR_CONFIG,
        Path.of(System.getProperty("java.io.tmpdir"), "tracker-test-" + UUID.randomUUID()).toString());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    return props;
  }

  <V> TestOutputTopic<String, V> output(Topic<String, V> topic) {
    return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  <V> void pipe(Topic<String, V> topic, V value, Instant at) {
    driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer())
        .pipeInput(ID, value, at);
  }

  void unit(String id, String name, String parent) {
    driver.createInputTopic(topics.units().name(), topics.units().keySerde().serializer(),
            topics.units().valueSerde().serializer())
        .pipeInput(id, Unit.newBuilder()
            .setUnitId(id)
            .setName(name)
            .setAgency("Dinas Perhubungan Provinsi Sumatera Selatan")
            .setParentId(parent)
            .setUpdatedAt(MONDAY_MORNING)
            .build());
  }

  /** A complaint received at 08:00 and routed to lalin at 08:00:05, due as the rule said. */
  CaseState routedToLalin() {
    receive(MONDAY_MORNING);
    route(MONDAY_MORNING.plusSeconds(5));
    return lastState();
  }

  void receive(Instant at) {
    pipe(topics.complaintsReceived(), ComplaintReceived.newBuilder()
        .setComplaintId(ID)
        .setEventTime(at)
        .setReceivedAt(at)
        .setChannel(Channel.WEB)
        .setChannelMessageId("msg-1")
        .setText("Lampu merah di simpang Polda mati, hubungi saya 0812-3456-7890 NIK 1671012345678901")
        .setReporter(Reporter.newBuilder().setName("Budi").setContact("081234567890").setConfidential(true).build())
        .build(), at);
  }

  void route(Instant at) {
    pipe(topics.complaintsRouted(), ComplaintRouted.newBuilder()
        .setComplaintId(ID)
        .setEventTime(at)
        .setComplaint(classified(at))
        .setUnitId("lalin")
        .setRuleId("lampu-lalu-lintas")
        .setRuleVersion(1)
        .setFirstResponseDue(FIRST_RESPONSE_DUE)
        .setResolutionDue(RESOLUTION_DUE)
        .build(), at);
  }

  void triage(Instant at) {
    pipe(topics.complaintsTriage(), classified(at), at);
  }

  static ComplaintClassified classified(Instant at) {
    return ComplaintClassified.newBuilder()
        .setComplaintId(ID)
        .setEventTime(at)
        .setReceivedAt(MONDAY_MORNING)
        .setChannel(Channel.WEB)
        .setMaskedText("Lampu merah di simpang Polda mati, hubungi saya [TELEPON] NIK [NIK]")
        .setLanguage("id")
        .setCategory("lampu_lalu_lintas")
        .setConfidence(0.93)
        .setUrgency(Urgency.HIGH)
        .setSentiment(Sentiment.NEGATIVE)
        .setModelVersion("test")
        .setLocation(Location.newBuilder().setRegionCode("1671").setAddress("Simpang Polda").build())
        .setConfidential(true)
        .build();
  }

  /** An update by an officer of {@code unit}, with a fresh update id. */
  CaseUpdate.Builder update(String unit, CaseStatus status, Instant at) {
    return CaseUpdate.newBuilder()
        .setComplaintId(ID)
        .setEventTime(at)
        .setUpdateId("upd-" + (++updates))
        .setUnitId(unit)
        .setStatus(status)
        .setActor("officer-7");
  }

  void send(CaseUpdate.Builder update) {
    CaseUpdate built = update.build();
    pipe(topics.caseUpdates(), built, built.getEventTime());
  }

  void survey(String responseId, Instant at, int... scores) {
    pipe(topics.surveyResponses(), SurveyResponse.newBuilder()
        .setComplaintId(ID)
        .setEventTime(at)
        .setResponseId(responseId)
        .setChannel(Channel.WEB)
        .setScores(scores(scores))
        .build(), at);
  }

  static SkmScores scores(int... s) {
    return SkmScores.newBuilder()
        .setPersyaratan(s[0]).setProsedur(s[1]).setWaktu(s[2]).setBiaya(s[3]).setProduk(s[4])
        .setKompetensi(s[5]).setPerilaku(s[6]).setPenangananPengaduan(s[7]).setSarana(s[8])
        .build();
  }

  CaseState lastState() {
    List<CaseState> all = states.readValuesToList();
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  void advanceWallClock(Duration by) {
    driver.advanceWallClockTime(by);
  }

  /** The one dead letter written since the last call, checked for the tracker's stage; its reason. */
  String deadLetterReason() {
    List<TestRecord<byte[], byte[]>> all = deadLetters.readRecordsToList();
    assertEquals(1, all.size(), "dead letters");
    assertEquals(Refusal.STAGE, header(all.get(0), DeadLetterHeaders.STAGE));
    return header(all.get(0), DeadLetterHeaders.REASON);
  }

  static String header(TestRecord<byte[], byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    driver.close();
    MockSchemaRegistry.dropScope(scope);
  }
}
