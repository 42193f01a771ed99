package id.aduan.console;

import static id.aduan.console.ConsoleFixture.PASSWORD;
import static id.aduan.console.ConsoleFixture.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.console.web.SignIn;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.Channel;
import id.aduan.event.LabelledExample;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.PrometheusText;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console over HTTP on a real broker and registry, with cases and triage complaints written as the
 * tracker and the router write them: sign-in, CSRF, lock-out, what each unit may see and do, the updates and
 * labels it publishes, and labels on every form control.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleOnBrokerTest {
  private static final String LALIN_CASE = "01KCONSOLELALIN00000000001";
  private static final String ANGKUTAN_CASE = "01KCONSOLEANGKUTAN00000001";
  private static final String SECRET_CASE = "01KCONSOLESECRET0000000001";
  private static final String TRIAGE_CASE = "01KCONSOLETRIAGE0000000001";
  private static final String OLD_TRIAGE_CASE = "01KCONSOLETRIAGE0000000002";

  private final ConsoleFixture fixture;

  ConsoleOnBrokerTest(KafkaCluster kafka, SchemaRegistry registry) {
    fixture = new ConsoleFixture(kafka, registry, "console", "kunci");
    fixture.send(fixture.topics.caseState(), LALIN_CASE,
        ConsoleFixture.routedCase(LALIN_CASE, "lalin", "lampu merah simpang polda mati").build());
    fixture.send(fixture.topics.caseState(), ANGKUTAN_CASE,
        ConsoleFixture.routedCase(ANGKUTAN_CASE, "angkutan", "bus trans musi tidak berhenti di halte").build());
    fixture.send(fixture.topics.caseState(), SECRET_CASE,
        ConsoleFixture.routedCase(SECRET_CASE, "lalin", "petugas minta uang damai di pos").setConfidential(true).build());
    fixture.triage(TRIAGE_CASE, "jalan berlubang dekat terminal, mohon diperbaiki", "lainnya");
    fixture.triageCase(OLD_TRIAGE_CASE, "antrean uji kendaraan sangat panjang", "lainnya");
    eventually("the console read every record", () -> fixture.console.loaded()
        && signedIn("admin").get("/triase").body().contains(TRIAGE_CASE)
        && signedIn("admin").get("/kotak-masuk").body().contains(SECRET_CASE));
  }

  @AfterAll
  void stop() {
    fixture.close();
  }

  private Browser signedIn(String user) {
    Browser browser = fixture.browser();
    HttpResponse<String> answer = browser.signIn(user, PASSWORD);
    assertEquals(303, answer.statusCode(), answer.body());
    return browser;
  }

  @Test
  void pagesNeedASignInAndTheSessionCookieIsHttpOnlyAndSameSiteStrict() {
    Browser browser = fixture.browser();
    HttpResponse<String> inbox = browser.get("/kotak-masuk");
    assertEquals(303, inbox.statusCode());
    assertEquals("/masuk", inbox.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> signIn = browser.signIn("siti", PASSWORD);
    assertEquals(303, signIn.statusCode());
    String cookie = signIn.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(SignIn.SESSION_COOKIE + "=")).findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Max-Age="), cookie);
    assertEquals(200, browser.get("/kotak-masuk").statusCode());

    assertEquals(303, browser.submit("/kotak-masuk", "/keluar", Map.of()).statusCode());
    assertEquals(303, browser.get("/kotak-masuk").statusCode(), "signed out: back to the sign-in page");
  }

  @Test
  void aWrongPasswordIs401AndRepeatedFailuresLockTheNameOutEvenForTheRightPassword() {
    Browser browser = fixture.browser();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> wrong = browser.signIn("kunci", "salah-sandi-" + i);
      assertEquals(401, wrong.statusCode());
      assertTrue(wrong.body().contains("Nama pengguna atau kata sandi salah"), wrong.body());
    }
    HttpResponse<String> locked = browser.signIn("kunci", PASSWORD);
    assertEquals(429, locked.statusCode());
    assertTrue(locked.headers().firstValue("Retry-After").isPresent());
    assertEquals(303, fixture.browser().signIn("siti", PASSWORD).statusCode(), "other names are not locked");
    assertEquals(401, fixture.browser().signIn("nobody", PASSWORD).statusCode());
  }

  @Test
  void operatorEndpointsAnswerWithoutSignInAndShowCountsButNoCase() {
    Browser ops = new Browser("http://127.0.0.1:" + fixture.console.opsPort());
    HttpResponse<String> ready = ops.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"cases\"") && ready.body().contains("\"kafka\""), ready.body());
    assertEquals(200, ops.get("/health/live").statusCode());

    String signInsOk = "outcome=\"ok\"";
    double before = PrometheusText.sample(ops.get("/metrics").body(), "aduan_console_sign_ins_total", signInsOk);
    signedIn("siti").get("/kasus/" + LALIN_CASE);
    String metrics = ops.get("/metrics").body();
    assertEquals(before + 1, PrometheusText.sample(metrics, "aduan_console_sign_ins_total", signInsOk));
    assertTrue(PrometheusText.sample(metrics, "aduan_http_server_requests_seconds_count",
        "route=\"/kasus/{id}\"", "status=\"200\"", "role=\"console\"") >= 1, "timed by route pattern");
    for (String caseData : List.of(LALIN_CASE, ANGKUTAN_CASE, SECRET_CASE, TRIAGE_CASE, "lampu merah", "trans musi")) {
      assertFalse(metrics.contains(caseData) || ready.body().contains(caseData), caseData + " on an operator endpoint");
    }
    assertEquals(404, fixture.browser().get("/metrics").statusCode(), "the console's own port serves no metrics");
  }

  @Test
  void postsWithoutTheCsrfTokenAreRefused() {
    Browser browser = fixture.browser();
    browser.get("/masuk");
    assertEquals(403, browser.post("/masuk", Map.of("username", "siti", "password", PASSWORD)).statusCode());

    Browser siti = signedIn("siti");
    assertEquals(403, siti.post("/kasus/" + LALIN_CASE + "/tindakan", Map.of("action", "acknowledge")).statusCode());
    assertEquals(403, siti.post("/kasus/" + LALIN_CASE + "/tindakan",
        Map.of("action", "acknowledge", "csrf", "not-the-token")).statusCode());
    assertEquals(403, siti.post("/keluar", Map.of()).statusCode());
  }

  @Test
  void aUnitSeesAndChangesOnlyItsOwnCasesWhateverTheRoute() {
    Browser siti = signedIn("siti");
    String inbox = siti.get("/kotak-masuk").body();
    assertTrue(inbox.contains(LALIN_CASE) && inbox.contains(SECRET_CASE), inbox);
    assertFalse(inbox.contains(ANGKUTAN_CASE), "another unit's case is not listed");
    assertFalse(siti.get("/kotak-masuk?status=all&q=trans").body().contains(ANGKUTAN_CASE));

    assertEquals(404, siti.get("/kasus/" + ANGKUTAN_CASE).statusCode());
    HttpResponse<String> act = siti.submit("/kotak-masuk", "/kasus/" + ANGKUTAN_CASE + "/tindakan",
        Map.of("action", "acknowledge"));
    assertEquals(404, act.statusCode());
    assertEquals(403, siti.get("/triase").statusCode());
    assertEquals(403, siti.submit("/kotak-masuk", "/triase/" + TRIAGE_CASE,
        Map.of("category", "jalan_rusak", "targetUnitId", "lalin")).statusCode());
    assertEquals(403, siti.submit("/kotak-masuk", "/kasus/" + LALIN_CASE + "/kategori",
        Map.of("category", "jalan_rusak")).statusCode());

    assertTrue(siti.get("/kasus/" + SECRET_CASE).body().contains("uang damai"), "the assigned unit reads a confidential text");
    Browser admin = signedIn("admin");
    String secret = admin.get("/kasus/" + SECRET_CASE).body();
    assertFalse(secret.contains("uang damai"), "nobody else does");
    assertTrue(secret.contains("Aduan rahasia"), secret);
    assertTrue(admin.get("/kasus/" + ANGKUTAN_CASE).body().contains("trans musi"));
  }

  @Test
  void theJsonApiAnswersOnlyForTheKeysUnit() {
    Browser api = fixture.browser();
    HttpResponse<String> none = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/cases")).GET());
    assertEquals(401, none.statusCode());
    HttpResponse<String> list = api.send(authorized(api, "/api/v1/cases").GET());
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains(LALIN_CASE) && !list.body().contains(ANGKUTAN_CASE), list.body());
    assertEquals(404, api.send(authorized(api, "/api/v1/cases/" + ANGKUTAN_CASE).GET()).statusCode());
    assertEquals(404, api.send(authorized(api, "/api/v1/cases/" + ANGKUTAN_CASE + "/updates")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"acknowledge\"}"))).statusCode());
    HttpResponse<String> noReason = api.send(authorized(api, "/api/v1/cases/" + LALIN_CASE + "/updates")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"reject\"}")));
    assertEquals(400, noReason.statusCode());
    assertTrue(noReason.body().contains("needs a reason"), noReason.body());
    HttpResponse<String> secret = api.send(authorized(api, "/api/v1/cases/" + SECRET_CASE).GET());
    assertTrue(secret.body().contains("uang damai"), "the key's unit is the assigned unit");
  }

  private static HttpRequest.Builder authorized(Browser api, String path) {
    return HttpRequest.newBuilder(URI.create(api.base() + path)).header("Authorization", "Bearer " + ConsoleFixture.API_KEY);
  }

  @Test
  void anActionPublishesACaseUpdateAndThePageWaitsUntilTheTrackerAppliedIt() {
    Browser siti = signedIn("siti");
    String page = "/kasus/" + LALIN_CASE;
    HttpResponse<String> sent = siti.submit(page, page + "/tindakan",
        Map.of("action", "in-progress", "note", "Petugas menuju lokasi", "internalNote", "tim 2"));
    assertEquals(303, sent.statusCode(), sent.body());
    String location = sent.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith(page + "?pending="), location);
    String updateId = location.substring(location.indexOf('=') + 1);

    CaseUpdate update = fixture.await(fixture.topics.caseUpdates(), u -> u.getUpdateId().equals(updateId), "the update");
    assertEquals(LALIN_CASE, update.getComplaintId());
    assertEquals("lalin", update.getUnitId());
    assertEquals(CaseStatus.IN_PROGRESS, update.getStatus());
    assertEquals("siti", update.getActor());
    assertEquals(Channel.WEB, update.getChannel());
    assertEquals("Petugas menuju lokasi", update.getNote());
    assertEquals("tim 2", update.getInternalNote());
    assertEquals(26, updateId.length());

    Document waiting = siti.page(location);
    assertTrue(waiting.select("meta[http-equiv=refresh]").size() == 1, "the page refreshes itself while pending");
    assertTrue(waiting.text().contains("sedang diproses"), waiting.text());

    // the tracker applies it: the next case state carries the update id in its history
    CaseState before = ConsoleFixture.routedCase(LALIN_CASE, "lalin", "lampu merah simpang polda mati").build();
    List<id.aduan.event.StatusChange> history = new ArrayList<>(before.getHistory());
    history.add(ConsoleFixture.change(CaseStatus.IN_PROGRESS, Instant.now(), "lalin", updateId));
    fixture.send(fixture.topics.caseState(), LALIN_CASE,
        CaseState.newBuilder(before).setStatus(CaseStatus.IN_PROGRESS).setHistory(history).build());
    eventually("the page shows the applied change", () -> siti.get(location).body().contains("sudah diterapkan"));
    Document applied = siti.page(location + "&lang=en");
    assertTrue(applied.select("meta[http-equiv=refresh]").isEmpty());
    assertTrue(applied.text().contains("In progress"), applied.text());

    HttpResponse<String> impossible = siti.submit(page, page + "/tindakan", Map.of("action", "acknowledge"));
    assertEquals(409, impossible.statusCode(), "IN_PROGRESS cannot go back to ACKNOWLEDGED");
  }

  @Test
  void theTriageDeskRoutesAComplaintAndRecordsTheLabel() {
    Browser admin = signedIn("admin");
    String desk = admin.get("/triase").body();
    assertTrue(desk.contains("lainnya 0.41"), "the classifier's candidates: " + desk);
    assertTrue(desk.contains(OLD_TRIAGE_CASE) && desk.contains("antrean uji kendaraan"),
        "a triage case whose record left complaints.triage is listed too");
    HttpResponse<String> sent = admin.submit("/triase", "/triase/" + TRIAGE_CASE,
        Map.of("category", "jalan_rusak", "targetUnitId", "angkutan"));
    assertEquals(303, sent.statusCode(), sent.body());

    CaseUpdate update = fixture.await(fixture.topics.caseUpdates(), u -> u.getComplaintId().equals(TRIAGE_CASE), "the routing");
    assertEquals(CaseStatus.ROUTED, update.getStatus());
    assertEquals("triage", update.getUnitId());
    assertEquals("angkutan", update.getTargetUnitId());
    assertEquals("jalan_rusak", update.getCorrectedCategory());
    assertEquals("admin", update.getActor());

    LabelledExample label = fixture.await(fixture.topics.trainingLabels(), l -> l.getComplaintId().equals(TRIAGE_CASE), "the label");
    assertEquals("jalan_rusak", label.getCategory());
    assertEquals("lainnya", label.getPreviousCategory());
    assertEquals("jalan berlubang dekat terminal, mohon diperbaiki", label.getMaskedText());
    assertEquals("admin", label.getLabelledBy());

    HttpResponse<String> unknownUnit = admin.submit("/triase", "/triase/" + TRIAGE_CASE,
        Map.of("category", "jalan_rusak", "targetUnitId", "tidak-ada"));
    assertEquals(400, unknownUnit.statusCode());
  }

  @Test
  void everyFormControlOnEveryPageHasALabel() {
    Browser siti = signedIn("siti");
    Browser admin = signedIn("admin");
    List<Document> pages = List.of(
        Jsoup.parse(fixture.browser().get("/masuk").body()),
        siti.page("/kotak-masuk"),
        siti.page("/kasus/" + SECRET_CASE),
        admin.page("/kotak-masuk?lang=en"),
        admin.page("/kasus/" + ANGKUTAN_CASE),
        admin.page("/triase"));
    int controls = 0;
    for (Document page : pages) {
      assertFalse(page.select("html[lang]").isEmpty());
      assertTrue(page.select("script").isEmpty(), "no script");
      for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
        String id = control.id();
        assertFalse(id.isEmpty(), "a control without an id: " + control);
        assertEquals(1, page.select("label[for=" + id + "]").size(), "one label for #" + id + " on " + page.title());
        controls++;
      }
      assertEquals(page.select("[id]").size(), page.select("[id]").stream().map(Element::id).distinct().count(),
          "ids are unique on " + page.title());
    }
    assertTrue(controls >= 15, "the pages have forms: " + controls);
    assertNull(siti.page("/kasus/" + SECRET_CASE).selectFirst("form[action$=/kategori]"), "units do not correct categories");
  }
}
