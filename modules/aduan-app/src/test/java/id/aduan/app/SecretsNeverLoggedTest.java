package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Intake, router and tracker started with every kind of secret set log none of them, even with every logger
 * (Kafka's clients included) at INFO: settings are shown through one redaction.
 */
@WithKafka
class SecretsNeverLoggedTest {
  private static final String JAAS = "jaas-secret-b7e1";
  private static final String REGISTRY = "registry-secret-42c9";
  private static final String SSL = "ssl-secret-0d3f";
  private static final String CONTACT = "contact-secret-9a8b7c6d5e";
  private static final String REPORTER = "reporter-secret-1f2e3d4c5b";
  private static final String SMS = "sms-secret-77aa";
  private static final String X = "x-consumer-secret-88bb";
  private static final String META = "meta-app-secret-99cc";
  private static final String OPEN311 = "open311-key-secret-66dd";
  private static final List<String> ALL = List.of(JAAS, REGISTRY, SSL, CONTACT, REPORTER, SMS, X, META, OPEN311);

  @Test
  void noRoleLogsASecret(KafkaCluster kafka, SchemaRegistry registry, @TempDir Path state) throws Exception {
    StarterPipeline pipeline = new StarterPipeline(kafka, registry, "secrets");
    pipeline.setUp();
    Map<String, Object> clientProps = new HashMap<>(pipeline.clientProps());
    clientProps.putAll(clientSecrets());
    clientProps.put(ContactKey.SECRET_CONFIG, CONTACT);
    Map<String, String> intakeSettings = new HashMap<>(pipeline.intakeSettings());
    clientSecrets().forEach((k, v) -> intakeSettings.put(k, v.toString()));
    intakeSettings.put(IntakeConfig.REPORTER_KEY_SECRET, REPORTER);
    intakeSettings.put(IntakeConfig.SMS_SECRET, SMS);
    intakeSettings.put(IntakeConfig.X_CONSUMER_SECRET, X);
    intakeSettings.put(IntakeConfig.META_APP_SECRET, META);
    intakeSettings.put(IntakeConfig.OPEN311_API_KEYS, OPEN311);

    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger kafkaLogs = (Logger) LoggerFactory.getLogger("org.apache.kafka");
    Level rootLevel = root.getLevel();
    Level kafkaLevel = kafkaLogs.getLevel();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    // the console keeps its warnings-only view: INFO goes to the capture alone while it runs
    List<Appender<ILoggingEvent>> console = new ArrayList<>();
    root.iteratorForAppenders().forEachRemaining(console::add);
    console.forEach(root::detachAppender);
    root.addAppender(captured);
    root.setLevel(Level.INFO);
    kafkaLogs.setLevel(Level.INFO);
    try (RouterApp router = RouterApp.start(clientProps, RouterSettings.standard(), RouterApp.startupModel(null),
            state.resolve("router"));
        TrackerApp tracker = TrackerApp.start(clientProps, TrackerSettings.standard(), state.resolve("tracker"), e -> { });
        IntakeApplication intake = IntakeApplication.start(IntakeConfig.of(intakeSettings))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (System.nanoTime() < deadline
          && (router.state() != KafkaStreams.State.RUNNING || tracker.state() != KafkaStreams.State.RUNNING)) {
        Thread.sleep(200);
      }
    } finally {
      root.detachAppender(captured);
      console.forEach(root::addAppender);
      root.setLevel(rootLevel);
      kafkaLogs.setLevel(kafkaLevel);
    }

    StringBuilder logs = new StringBuilder();
    for (ILoggingEvent event : List.copyOf(captured.list)) {
      logs.append(event.getFormattedMessage()).append('\n');
      if (event.getThrowableProxy() != null) {
        logs.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
      }
    }
    String text = logs.toString();
    assertTrue(text.contains("Intake listening on port"), "the intake's settings line was captured");
    assertTrue(text.contains("Starting the router job with"), "the router's settings line was captured");
    assertTrue(text.contains("Starting the tracker job with"), "the tracker's settings line was captured");
    assertTrue(text.contains("sasl.jaas.config=[hidden]"), "secrets are shown as hidden");
    for (String secret : ALL) {
      assertFalse(text.contains(secret), "secret " + secret + " is in the log");
    }
  }

  private static Map<String, Object> clientSecrets() {
    return Map.of(
        "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"aduan\" password=\""
            + JAAS + "\";",
        "basic.auth.credentials.source", "USER_INFO",
        "basic.auth.user.info", "aduan:" + REGISTRY,
        "ssl.key.password", SSL);
  }
}
