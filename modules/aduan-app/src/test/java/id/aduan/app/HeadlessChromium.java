package id.aduan.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless and with JavaScript switched off, as a citizen on a basic phone would see the
 * pages; a throw-away profile so that no two runs share cookies.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";
  private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final Path profile;

  private HeadlessChromium(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static boolean installed() {
    return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
  }

  static HeadlessChromium start() throws IOException {
    Path profile = Files.createTempDirectory("aduan-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
    return new HeadlessChromium(driver, profile);
  }

  WebDriver driver() {
    return driver;
  }

  /** Clicks a submit button and waits for the page it leads to, as a person would before reading on. */
  void submitWith(By button) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    driver.findElement(button).click();
    new WebDriverWait(driver, PAGE_LOAD).until(ExpectedConditions.stalenessOf(oldPage));
    new WebDriverWait(driver, PAGE_LOAD).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  /** The text of the element with this id, or null when the page has none. */
  String textOf(String id) {
    return driver.findElements(By.id(id)).stream().findFirst().map(WebElement::getText).orElse(null);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
