package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.SkmScores;
import id.aduan.event.UnitMetrics;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.survey.SkmElement;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.streams.tracker.metrics.MetricsKeys;
import id.aduan.streams.tracker.metrics.MetricsKeys.Period;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * One citizen's complaint through every role in one process, on a real broker and registry: filed on the
 * form in a browser without JavaScript, routed by the starter rules, handled by the unit's own system
 * through {@code cases.updates}, rated on the tracking page, and counted in the unit's SKM on
 * {@code metrics.units}.
 */
@WithKafka
class CitizenJourneyBrowserTest {
  private static final Path STARTER = Path.of("../../config/dinas-perhubungan.yaml");
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final String UNIT = "lalin";
  private static final String UNIT_NAME = "Bidang Lalu Lintas";
  private static final String COMPLAINT =
      "Lampu merah di simpang Charitas mati total sejak subuh, kendaraan dari empat arah saling serobot";
  private static final String RESOLVED_NOTE = "Modul lampu APILL simpang Charitas sudah diganti, lampu menyala normal.";
  /** The citizen's answer, in the order of the regulation (U1–U9). */
  private static final int[] SCORES = {4, 3, 3, 4, 4, 3, 4, 2, 4};

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final String prefix = KafkaCluster.uniqueName("journey") + ".";

  CitizenJourneyBrowserTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
  }

  @Test
  void aCitizenFilesAComplaintFollowsItToResolutionAndRatesTheUnit(@TempDir Path state) throws Exception {
    assumeTrue(HeadlessChromium.installed(),
        "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
    assertEquals(0, cli("topics", "sync").exitCode());
    assertEquals(0, cli("units", "load", STARTER.toString()).exitCode());
    assertEquals(0, cli("rules", "load", STARTER.toString()).exitCode());
    TopicCatalogue topics = TopicCatalogue.from(clientProps());
    TrackerSettings trackerSettings = TrackerSettings.standard();
    ZoneId zone = trackerSettings.metrics().zone();
    try (RouterApp router = RouterApp.start(clientProps(), RouterSettings.standard(), RouterApp.startupModel(null), state);
        TrackerApp tracker = TrackerApp.start(clientProps(), trackerSettings, state, e -> { });
        IntakeApplication intake = IntakeApplication.start(intakeConfig());
        HeadlessChromium browser = HeadlessChromium.start();
        TopicFollower<ComplaintRouted> unitInbox = new TopicFollower<>(kafka.consumerProps(), topics.unit(UNIT));
        TopicFollower<CaseState> cases = new TopicFollower<>(kafka.consumerProps(), topics.caseState());
        TopicFollower<UnitMetrics> metrics = new TopicFollower<>(kafka.consumerProps(), topics.unitMetrics())) {
      String base = "http://127.0.0.1:" + intake.port();

      browser.driver().get(base + "/lapor");
      new Select(browser.driver().findElement(By.id("kategori"))).selectByValue("traffic-light");
      browser.driver().findElement(By.id("isi")).sendKeys(COMPLAINT);
      browser.driver().findElement(By.id("lokasi")).sendKeys("Simpang Charitas, Palembang");
      browser.submitWith(By.cssSelector("button[type=submit]"));
      assertTrue(browser.driver().getCurrentUrl().contains("/lacak/"), browser.driver().getCurrentUrl());
      String code = browser.textOf("tracking-code");
      String trackingPage = base + "/lacak/" + code;

      awaitOnPage(browser, trackingPage, "status", "Diteruskan ke unit");
      assertEquals(UNIT_NAME, browser.textOf("unit"));

      // The unit's own system finds the complaint in its inbox topic and answers on cases.updates.
      var inboxEntry = unitInbox.awaitAny((id, routed) -> routed.getComplaint().getMaskedText().startsWith("Lampu merah di simpang Charitas"),
          "the complaint on unit." + UNIT, WAIT);
      String complaintId = inboxEntry.getKey();
      assertEquals("lampu-lalu-lintas", inboxEntry.getValue().getRuleId());
      Instant acknowledgedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      Instant resolvedAt = acknowledgedAt.plusMillis(1);
      try (var producer = new KafkaProducer<>(kafka.producerProps(), topics.caseUpdates().keySerde().serializer(),
          topics.caseUpdates().valueSerde().serializer())) {
        send(producer, topics.caseUpdates(), unitUpdate(complaintId, "lalin-ack-1", CaseStatus.ACKNOWLEDGED, acknowledgedAt,
            "Laporan diterima, petugas menuju lokasi."));
        send(producer, topics.caseUpdates(), unitUpdate(complaintId, "lalin-done-1", CaseStatus.RESOLVED, resolvedAt,
            RESOLVED_NOTE));
      }

      awaitOnPage(browser, trackingPage, "status", "Selesai");
      assertEquals(RESOLVED_NOTE, browser.textOf("note"));
      assertEquals(UNIT_NAME, browser.textOf("unit"));

      // What the unit's figures were before the citizen answered: the resolution counted, no survey yet.
      CaseState resolved = cases.await(complaintId, s -> s.getStatus() == CaseStatus.RESOLVED, WAIT);
      String dimensions = MetricsKeys.dimensions(UNIT, resolved.getCategory(), Channel.WEB);
      metrics.await(MetricsKeys.key(Period.dayOf(resolvedAt.toEpochMilli(), zone), dimensions), m -> m.getResolved() == 1, WAIT);
      Map<String, UnitMetrics> before = metrics.snapshot();

      for (int i = 0; i < SCORES.length; i++) {
        browser.driver().findElement(By.id(SkmElement.values()[i].field() + "-" + SCORES[i])).click();
      }
      browser.submitWith(By.id("survey-submit"));
      assertEquals("Terima kasih, penilaian Anda sudah kami terima.", browser.textOf("message"));

      SkmScores chosen = new SkmScores();
      for (int i = 0; i < SCORES.length; i++) {
        chosen.put(SkmElement.values()[i].field(), SCORES[i]);
      }
      double expectedSkm = 0;
      for (int score : SCORES) {
        expectedSkm += score * 0.11;
      }
      expectedSkm *= 25;

      CaseState rated = cases.await(complaintId, s -> s.getSurveyScores() != null, WAIT);
      assertEquals(chosen, rated.getSurveyScores());
      assertNotNull(rated.getSurveyedAt());
      assertEquals(expectedSkm, rated.getSatisfactionScore(), 1e-9);
      assertEquals(CaseStatus.CLOSED, rated.getStatus(), "the citizen's answer closes the resolved case");

      long surveyedAt = rated.getSurveyedAt().toEpochMilli();
      for (Period period : List.of(Period.dayOf(surveyedAt, zone), Period.monthOf(surveyedAt, zone))) {
        String key = MetricsKeys.key(period, dimensions);
        UnitMetrics earlier = before.get(key);
        long surveysBefore = earlier == null ? 0 : earlier.getSurveys();
        assertEquals(0, surveysBefore, key + ": topics of this test alone, so no earlier survey");
        assertNull(earlier == null ? null : earlier.getSkm(), key);
        UnitMetrics after = metrics.await(key, m -> m.getSurveys() == surveysBefore + 1, WAIT);
        assertEquals(expectedSkm, after.getSkm(), 1e-9, key);
        for (int i = 0; i < SCORES.length; i++) {
          assertEquals(SCORES[i], (Double) after.getNrr().get(i), 1e-9, key + " NRR of " + SkmElement.values()[i].field());
        }
        assertEquals(UNIT, after.getUnitId());
      }
    }
  }

  /** Reloads the page, as a waiting citizen would, until the element shows the text. */
  private static void awaitOnPage(HeadlessChromium browser, String url, String id, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String seen = null;
    while (System.nanoTime() < deadline) {
      browser.driver().get(url);
      seen = browser.textOf(id);
      if (expected.equals(seen)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("waited " + WAIT.toSeconds() + " s for #" + id + " to show \"" + expected
        + "\" on " + url + "; last seen: " + seen);
  }

  /** A change as a unit's own system reports it: the unit, an officer, and a reply the citizen may read. */
  private static CaseUpdate unitUpdate(String complaintId, String updateId, CaseStatus status, Instant at, String note) {
    return CaseUpdate.newBuilder().setComplaintId(complaintId).setEventTime(at).setUpdateId(updateId).setUnitId(UNIT)
        .setStatus(status).setActor("petugas-lalin-07").setChannel(Channel.OTHER).setNote(note).build();
  }

  private static void send(KafkaProducer<String, CaseUpdate> producer, Topic<String, CaseUpdate> topic, CaseUpdate update)
      throws Exception {
    producer.send(new ProducerRecord<>(topic.name(), update.getComplaintId(), update)).get();
  }

  private IntakeConfig intakeConfig() {
    Map<String, String> settings = new HashMap<>();
    settings.put(IntakeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
    settings.put(IntakeConfig.SCHEMA_REGISTRY_URL, registry.url());
    settings.put(IntakeConfig.TOPIC_PREFIX, prefix);
    settings.put(IntakeConfig.HOST, "127.0.0.1");
    settings.put(IntakeConfig.PORT, "0");
    settings.put(IntakeConfig.TRANSACTIONAL_ID, KafkaCluster.uniqueName("journey-intake"));
    settings.put(IntakeConfig.REPORTER_KEY_SECRET, "journey-reporter-key-secret-0123456789");
    return IntakeConfig.of(settings);
  }

  private Map<String, Object> clientProps() {
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("schema.registry.url", registry.url());
    props.put(TopicCatalogue.PREFIX_CONFIG, prefix);
    // commit (and so make results visible to read_committed readers) more often than in production
    props.put("commit.interval.ms", 200);
    return props;
  }

  private CommandRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(), "--prefix", prefix));
    return CommandRun.of(all.toArray(String[]::new));
  }
}
