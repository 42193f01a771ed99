package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String UNIT = "lalin";
  private static final String UNIT_NAME = "Bidang Lalu Lintas";
  private static final String COMPLAINT =
      "Lampu merah di simpang Charitas mati total sejak subuh, kendaraan dari empat arah saling serobot";
  private static final String RESOLVED_NOTE = "Modul lampu APILL simpang Charitas sudah diganti, lampu menyala normal.";
  /** The citizen's answer, in the order of the regulation (U1–U9). */
  private static final int[] SCORES = {4, 3, 3, 4, 4, 3, 4, 2, 4};

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;

  CitizenJourneyBrowserTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
  }

  @Test
  void aCitizenFilesAComplaintFollowsItToResolutionAndRatesTheUnit(@TempDir Path state) throws Exception {
    assumeTrue(HeadlessChromium.installed(),
        "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
    StarterPipeline pipeline = new StarterPipeline(kafka, registry, "journey");
    TopicCatalogue topics = pipeline.setUp();
    TrackerSettings trackerSettings = TrackerSettings.standard();
    ZoneId zone = trackerSettings.metrics().zone();
    try (RouterApp router = RouterApp.start(pipeline.clientProps(), RouterSettings.standard(), RouterApp.startupModel(null), state);
        TrackerApp tracker = TrackerApp.start(pipeline.clientProps(), trackerSettings, state, e -> { });
        IntakeApplication intake = IntakeApplication.start(IntakeConfig.of(pipeline.intakeSettings()));
        HeadlessChromium browser = HeadlessChromium.start();
        TopicFollower<ComplaintRouted> unitInbox = new TopicFollower<>(kafka.consumerProps(), topics.unit(UNIT));
        TopicFollower<CaseState> cases = new TopicFollower<>(kafka.consumerProps(), topics.caseState());
        TopicFollower<UnitMetrics> metrics = new TopicFollower<>(kafka.consumerProps(), topics.unitMetrics())) {
      String trackingPage = fileComplaintOnTheForm(browser, "http://127.0.0.1:" + intake.port());
      awaitOnPage(browser, trackingPage, "status", "Diteruskan ke unit");
      assertEquals(UNIT_NAME, browser.textOf("unit"));

      // The unit's own system finds the complaint in its inbox topic and answers on cases.updates.
      var inboxEntry = unitInbox.awaitAny((id, routed) -> routed.getComplaint().getMaskedText().equals(COMPLAINT),
          "the complaint on unit." + UNIT, WAIT);
      String complaintId = inboxEntry.getKey();
      assertEquals("lampu-lalu-lintas", inboxEntry.getValue().getRuleId());
      Instant resolvedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
      publishAsTheUnit(topics.caseUpdates(), complaintId, resolvedAt);
      awaitOnPage(browser, trackingPage, "status", "Selesai");
      assertEquals(RESOLVED_NOTE, browser.textOf("note"));

      // The unit's figures before the citizen answers: the resolution counted, no survey yet.
      CaseState resolved = cases.await(complaintId, s -> s.getStatus() == CaseStatus.RESOLVED, WAIT);
      String dimensions = MetricsKeys.dimensions(UNIT, resolved.getCategory(), Channel.WEB);
      metrics.await(MetricsKeys.key(Period.dayOf(resolvedAt.toEpochMilli(), zone), dimensions), m -> m.getResolved() == 1, WAIT);
      Map<String, UnitMetrics> before = metrics.snapshot();

      for (int i = 0; i < SCORES.length; i++) {
        browser.driver().findElement(By.id(SkmElement.values()[i].field() + "-" + SCORES[i])).click();
      }
      browser.submitWith(By.id("survey-submit"));
      assertEquals("Terima kasih, penilaian Anda sudah kami terima.", browser.textOf("message"));

      CaseState rated = cases.await(complaintId, s -> s.getSurveyScores() != null, WAIT);
      assertEquals(chosenScores(), rated.getSurveyScores());
      assertEquals(skmOfChosenScores(), rated.getSatisfactionScore(), 1e-9);
      assertEquals(CaseStatus.CLOSED, rated.getStatus(), "the citizen's answer closes the resolved case");

      long surveyedAt = rated.getSurveyedAt().toEpochMilli();
      for (Period period : List.of(Period.dayOf(surveyedAt, zone), Period.monthOf(surveyedAt, zone))) {
        String key = MetricsKeys.key(period, dimensions);
        UnitMetrics earlier = before.get(key);
        assertTrue(earlier == null || earlier.getSurveys() == 0 && earlier.getSkm() == null,
            key + ": these topics are the test's own, so no survey before this one; was " + earlier);
        UnitMetrics after = metrics.await(key, m -> m.getSurveys() == 1, WAIT);
        assertEquals(skmOfChosenScores(), after.getSkm(), 1e-9, key);
        for (int i = 0; i < SCORES.length; i++) {
          assertEquals(SCORES[i], (Double) after.getNrr().get(i), 1e-9, key + " NRR of " + SkmElement.values()[i].field());
        }
      }
    }
  }

  /** Fills and sends the citizen form; returns the tracking page it leads to. */
  private static String fileComplaintOnTheForm(HeadlessChromium browser, String base) {
    browser.driver().get(base + "/lapor");
    new Select(browser.driver().findElement(By.id("kategori"))).selectByValue("traffic-light");
    browser.driver().findElement(By.id("isi")).sendKeys(COMPLAINT);
    browser.driver().findElement(By.id("lokasi")).sendKeys("Simpang Charitas, Palembang");
    browser.submitWith(By.cssSelector("button[type=submit]"));
    assertEquals("Pengaduan Anda sudah kami terima.", browser.driver().findElement(By.tagName("h1")).getText(),
        browser.driver().getCurrentUrl());
    return base + "/lacak/" + browser.textOf("tracking-code");
  }

  /** Acknowledges and resolves the case as the unit's own system does: its unit id, an officer, a public reply. */
  private void publishAsTheUnit(Topic<String, CaseUpdate> updates, String complaintId, Instant resolvedAt) throws Exception {
    try (var producer = new KafkaProducer<>(kafka.producerProps(), updates.keySerde().serializer(),
        updates.valueSerde().serializer())) {
      for (CaseUpdate update : List.of(
          unitUpdate(complaintId, "lalin-1", CaseStatus.ACKNOWLEDGED, resolvedAt.minusMillis(1), "Laporan diterima, petugas menuju lokasi."),
          unitUpdate(complaintId, "lalin-2", CaseStatus.RESOLVED, resolvedAt, RESOLVED_NOTE))) {
        producer.send(new ProducerRecord<>(updates.name(), complaintId, update)).get();
      }
    }
  }

  private static CaseUpdate unitUpdate(String complaintId, String updateId, CaseStatus status, Instant at, String note) {
    return CaseUpdate.newBuilder().setComplaintId(complaintId).setEventTime(at).setUpdateId(updateId).setUnitId(UNIT)
        .setStatus(status).setActor("petugas-lalin-07").setChannel(Channel.OTHER).setNote(note).build();
  }

  private static SkmScores chosenScores() {
    SkmScores scores = new SkmScores();
    for (int i = 0; i < SCORES.length; i++) {
      scores.put(SkmElement.values()[i].field(), SCORES[i]);
    }
    return scores;
  }

  /** SKM of the one answer, by PermenPANRB 14/2017: Σ(score × 0.11) × 25. */
  private static double skmOfChosenScores() {
    double weighted = 0;
    for (int score : SCORES) {
      weighted += score * 0.11;
    }
    return weighted * 25;
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
}
