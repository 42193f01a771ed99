package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.console.ConsoleApplication;
import id.aduan.console.ConsoleSettings;
import id.aduan.console.auth.Passwords;
import id.aduan.console.auth.UserDirectory;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit works a complaint in the console with the router and the tracker running: the complaint routed by
 * the starter rules shows in the unit's inbox, is acknowledged and resolved through the pages' forms, and
 * the case page shows each new status once the tracker has applied it; another unit cannot open it. A
 * complaint the router could not route is routed by hand at the triage desk and shows in the chosen unit's
 * inbox.
 */
@WithKafka
class UnitInboxJourneyTest {
  private static final String PASSWORD = "kata-sandi-uji-1";
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final KafkaCluster kafka;
  private final StarterPipeline pipeline;

  UnitInboxJourneyTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.pipeline = new StarterPipeline(kafka, registry, "inbox");
  }

  @Test
  void aUnitAcknowledgesAndResolvesItsCaseAndTheTriageDeskRoutesOne(@TempDir Path state) throws Exception {
    TopicCatalogue topics = pipeline.setUp();
    Map<String, Object> props = pipeline.clientProps();
    String hash = Passwords.hash(PASSWORD, 4);
    UserDirectory users = UserDirectory.parse("users:\n"
        + "  - {username: siti, role: unit, unit: lalin, passwordHash: \"" + hash + "\"}\n"
        + "  - {username: budi, role: unit, unit: angkutan, passwordHash: \"" + hash + "\"}\n"
        + "  - {username: admin, role: admin, passwordHash: \"" + hash + "\"}\n", "journey users");
    try (RouterApp router = RouterApp.start(props, RouterSettings.standard(), RouterApp.startupModel(null), state);
        TrackerApp tracker = TrackerApp.start(props, TrackerSettings.standard(), state, e -> { });
        ConsoleApplication console = ConsoleApplication.start(
            ConsoleSettings.of("127.0.0.1", 0, null, props), users, Clock.systemUTC())) {
      String base = "http://127.0.0.1:" + console.port();
      String id = "01KJOURNEY" + Long.toString(System.nanoTime(), 36).toUpperCase();
      submit(topics, id, "lampu merah di simpang polda mati total sejak tadi pagi, hubungi 0812-3456-7890");

      Connection siti = signIn(base, "siti");
      Document inbox = await(siti, base + "/kotak-masuk", d -> d.text().contains(id), "the routed case in lalin's inbox");
      assertFalse(inbox.text().contains("0812"), "the inbox shows masked text only");

      String casePage = base + "/kasus/" + id;
      Document acknowledged = post(siti, casePage, "/kasus/" + id + "/tindakan", Map.of("action", "acknowledge"));
      assertTrue(acknowledged.location().contains("?pending="), acknowledged.location());
      acknowledged = await(siti, acknowledged.location(), d -> d.text().contains("sudah diterapkan"), "the acknowledgement applied");
      assertTrue(acknowledged.select("dd").first().text().contains("Diverifikasi"), acknowledged.text());

      Document resolved = post(siti, casePage, "/kasus/" + id + "/tindakan",
          Map.of("action", "resolve", "note", "Lampu sudah diperbaiki petugas"));
      resolved = await(siti, resolved.location(), d -> d.text().contains("sudah diterapkan"), "the resolution applied");
      assertTrue(resolved.select("dd").first().text().contains("Selesai"), resolved.text());
      assertTrue(resolved.text().contains("Lampu sudah diperbaiki petugas"), "the public note is in the history");

      Connection budi = signIn(base, "budi");
      assertEquals(404, budi.newRequest().url(casePage).execute().statusCode());

      String waiting = "01KJOURNEYT" + Long.toString(System.nanoTime(), 36).toUpperCase();
      submit(topics, waiting, "halo selamat pagi, saya mau tanya saja, terima kasih banyak");
      Connection admin = signIn(base, "admin");
      await(admin, base + "/triase", d -> d.text().contains(waiting), "the unroutable complaint on the triage desk");
      post(admin, base + "/triase", "/triase/" + waiting, Map.of("category", "lampu_lalu_lintas", "targetUnitId", "lalin"));
      await(siti, base + "/kotak-masuk", d -> d.text().contains(waiting), "the hand-routed case in lalin's inbox");
      Document routed = siti.newRequest().url(base + "/kasus/" + waiting).get();
      assertTrue(routed.text().contains("admin"), "the history names who routed it: " + routed.text());
    }
  }

  private Connection signIn(String base, String user) throws IOException {
    Connection session = Jsoup.newSession().followRedirects(true).ignoreHttpErrors(true);
    Document done = post(session, base + "/masuk", "/masuk", Map.of("username", user, "password", PASSWORD));
    assertTrue(done.location().endsWith("/kotak-masuk"), "signed in as " + user + ": " + done.location() + " " + done.text());
    return session;
  }

  /** Submits a form of the page the way a browser would: with the page's CSRF token. */
  private static Document post(Connection session, String pageUrl, String action, Map<String, String> fields) throws IOException {
    Document page = session.newRequest().url(pageUrl).get();
    String csrf = page.select("form[action=" + action + "] input[name=csrf]").attr("value");
    assertFalse(csrf.isEmpty(), "no form " + action + " on " + pageUrl + ": " + page.text());
    Connection.Response answer = session.newRequest().url(pageUrl.substring(0, pageUrl.indexOf('/', 8)) + action)
        .method(Connection.Method.POST).data(fields).data("csrf", csrf).execute();
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.parse();
  }

  private static Document await(Connection session, String url, Predicate<Document> wanted, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Document last = null;
    while (System.nanoTime() < deadline) {
      try {
        last = session.newRequest().url(url).get();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (wanted.test(last)) {
        return last;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("never saw " + what + "; last page: " + (last == null ? "none" : last.text()));
  }

  private void submit(TopicCatalogue topics, String id, String text) throws Exception {
    Instant now = Instant.now();
    Topic<String, ComplaintReceived> received = topics.complaintsReceived();
    try (var producer = new KafkaProducer<>(kafka.producerProps(), received.keySerde().serializer(), received.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(received.name(), id, ComplaintReceived.newBuilder()
          .setComplaintId(id).setEventTime(now).setReceivedAt(now).setChannel(Channel.WEB).setChannelMessageId("m-" + id)
          .setText(text)
          .setReporter(Reporter.newBuilder().setContact("0812" + Math.abs(id.hashCode())).setAnonymous(false).setConfidential(false).build())
          .setLocation(Location.newBuilder().setRegionCode("1671").build())
          .build())).get();
    }
  }
}
