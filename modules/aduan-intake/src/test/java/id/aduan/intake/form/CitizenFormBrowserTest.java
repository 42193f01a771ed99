package id.aduan.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.SurveyResponse;
import id.aduan.intake.support.Eventually;
import id.aduan.intake.support.TrackerStandIn;
import id.aduan.intake.survey.SkmElement;
import id.aduan.intake.support.IntakeFixture;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The citizen form and tracking page in a real headless Chromium with JavaScript switched off, as a
 * citizen on a basic phone would use them.
 */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenFormBrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private IntakeFixture intake;
  private WebDriver browser;
  private Path profile;

  CitizenFormBrowserTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
  }

  @BeforeAll
  void start() throws Exception {
    assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
    intake = new IntakeFixture(kafka, registry);
    profile = Files.createTempDirectory("aduan-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (intake != null) {
      intake.close();
    }
  }

  @Test
  void citizenFilesAComplaintInIndonesianAndSeesTheTrackingCode() {
    browser.get(url("/lapor"));
    assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
    everyFieldHasALabel();

    submit();
    WebElement summary = browser.findElement(By.id("errors"));
    assertEquals("alert", summary.getAttribute("role"));
    assertEquals("true", browser.findElement(By.id("isi")).getAttribute("aria-invalid"));

    new Select(browser.findElement(By.id("kategori"))).selectByValue("parking");
    browser.findElement(By.id("isi")).sendKeys("Juru parkir liar minta Rp10.000 di depan Pasar 16 Ilir");
    browser.findElement(By.id("lokasi")).sendKeys("Pasar 16 Ilir, Palembang");
    browser.findElement(By.id("nama")).sendKeys("Rahmat");
    browser.findElement(By.id("kontak")).sendKeys("0811 7000 1234");
    browser.findElement(By.id("rahasia")).click();
    submit();

    assertTrue(browser.getCurrentUrl().contains("/lacak/"), browser.getCurrentUrl());
    assertEquals("Pengaduan Anda sudah kami terima.", browser.findElement(By.tagName("h1")).getText());
    String code = browser.findElement(By.id("tracking-code")).getText();
    assertTrue(code.matches("[0-9A-Z]{5}-[0-9A-Z]{5}"), code);
    assertEquals("Diterima", browser.findElement(By.id("status")).getText());
    assertFalse(browser.getPageSource().contains("7000"), "the tracking page never shows the contact");

    ComplaintReceived event = intake.received().stream()
        .filter(e -> e.getText().startsWith("Juru parkir liar")).findFirst().orElseThrow();
    assertEquals("parking", event.getServiceCode());
    assertEquals("Pasar 16 Ilir, Palembang", event.getLocation().getAddress());
    assertTrue(event.getReporter().getConfidential());
    assertTrue(intake.reporters().stream().anyMatch(r -> "+6281170001234".equals(r.getContact())));

    browser.get(url("/lacak"));
    browser.findElement(By.id("kode")).sendKeys(code.toLowerCase().replace("-", " "));
    submit();
    assertEquals(code, browser.findElement(By.id("tracking-code")).getText());
  }

  @Test
  void englishFormWorksTooAndUnknownCodesAreExplained() {
    browser.get(url("/lapor?lang=en"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Submit a complaint", browser.findElement(By.tagName("h1")).getText());
    browser.findElement(By.id("isi")).sendKeys("The bus to the airport skipped the Km 5 stop");
    submit();
    assertEquals("We have received your complaint.", browser.findElement(By.tagName("h1")).getText());

    browser.get(url("/lacak?kode=ZZZZZ-ZZZZZ&lang=en"));
    assertTrue(browser.getPageSource().contains("No complaint has this tracking code"));
  }

  @Test
  void citizenRatesTheServiceOnceTheCaseIsResolved() {
    browser.get(url("/lapor"));
    browser.findElement(By.id("isi")).sendKeys("Lampu jalan di Jalan Demang Lebar Daun padam");
    submit();
    String code = browser.findElement(By.id("tracking-code")).getText();
    String complaintId = intake.received().stream()
        .filter(e -> e.getText().startsWith("Lampu jalan di Jalan Demang")).findFirst().orElseThrow().getComplaintId();
    assertTrue(browser.findElements(By.id("survey-submit")).isEmpty(), "no survey before the case is resolved");

    try (TrackerStandIn tracker = new TrackerStandIn(kafka, intake.catalogue().caseState())) {
      tracker.publish(TrackerStandIn.move(TrackerStandIn.routed(complaintId, "sarpras", "Bidang Sarana Prasarana", Instant.now()),
          CaseStatus.RESOLVED, "Lampu sudah diganti.", Instant.now()).build());
    }
    Eventually.await("the survey form on the tracking page", Duration.ofSeconds(30), () -> {
      browser.get(url("/lacak/" + code));
      return browser.findElements(By.id("survey-submit")).size();
    }, n -> n == 1);
    assertEquals("Selesai", browser.findElement(By.id("status")).getText());
    assertEquals("Bidang Sarana Prasarana", browser.findElement(By.id("unit")).getText());
    everyFieldHasALabel();

    for (SkmElement element : SkmElement.values()) {
      browser.findElement(By.id(element.field() + "-" + (element == SkmElement.WAKTU ? 2 : 4))).click();
    }
    browser.findElement(By.id("komentar")).sendKeys("Terima kasih, cepat ditangani");
    click(By.id("survey-submit"));
    assertEquals("Terima kasih, penilaian Anda sudah kami terima.", browser.findElement(By.id("message")).getText());
    assertTrue(browser.findElements(By.id("survey-submit")).isEmpty(), "the form is gone once answered");

    var topic = intake.catalogue().surveyResponses();
    SurveyResponse response = intake.read(topic.name(), topic.valueSerde().deserializer()).stream()
        .filter(r -> r.getComplaintId().equals(complaintId)).findFirst().orElseThrow();
    assertEquals(Channel.WEB, response.getChannel());
    assertEquals("sarpras", response.getUnitId());
    assertEquals(2, response.getScores().getWaktu());
    assertEquals(4, response.getScores().getSarana());
    assertEquals("Terima kasih, cepat ditangani", response.getComment());
  }

  /** Sends the page's first form. */
  private void submit() {
    click(By.cssSelector("button[type=submit]"));
  }

  /** Clicks a form's button and waits for the next page, as a person would before reading it. */
  private void click(By button) {
    WebElement oldPage = browser.findElement(By.tagName("html"));
    browser.findElement(button).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> gone(oldPage));
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  /** Whether the page an element belongs to was replaced; Chromium reports it either way. */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException replaced) {
      return true;
    } catch (WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private void everyFieldHasALabel() {
    for (WebElement field : browser.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"))) {
      String id = field.getAttribute("id");
      assertFalse(browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty(), "label for " + id);
    }
  }

  private String url(String path) {
    return intake.http.uri(path).toString();
  }
}
