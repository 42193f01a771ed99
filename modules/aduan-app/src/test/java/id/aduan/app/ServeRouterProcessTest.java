package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.ops.OpsEndpoints;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aduan serve router} as a supervisor runs it, in a process of its own: it refuses to start without its
 * topics, becomes ready, serves its metrics, keeps its secrets out of its log, stops within its close
 * timeout on SIGTERM, and ends with exit code 1 when its job fails.
 */
@WithKafka
class ServeRouterProcessTest {
  private static final Pattern PORT = Pattern.compile("metrics and health on port (\\d+)");
  private static final Duration START = Duration.ofSeconds(120);
  private static final String JAAS_SECRET = "jaas-password-7f3a91";
  private static final String REGISTRY_SECRET = "registry-password-c41d08";
  private static final String CONTACT_SECRET = "contact-key-secret-5be2e7aa90";
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void refusesToStartWithoutItsTopics(KafkaCluster kafka, SchemaRegistry registry) {
    CommandRun run = CommandRun.of("serve", "router", "--bootstrap-servers", kafka.bootstrapServers(),
        "--registry-url", registry.url(), "--prefix", KafkaCluster.uniqueName("absent") + ".", "--metrics-port", "-1");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("Cannot start the router: topics ["), run.err());
  }

  @Test
  void becomesReadyServesMetricsAndStopsOnSigterm(KafkaCluster kafka, SchemaRegistry registry, @TempDir Path dir)
      throws Exception {
    StarterPipeline pipeline = new StarterPipeline(kafka, registry, "serve-router");
    pipeline.setUp();
    Path settings = Files.writeString(dir.resolve("client.properties"), String.join("\n",
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"aduan\" password=\""
            + JAAS_SECRET + "\";",
        "basic.auth.credentials.source=USER_INFO",
        "basic.auth.user.info=aduan:" + REGISTRY_SECRET, ""));
    Path log = dir.resolve("router.log");
    Process router = start(kafka, registry, pipeline, dir, log, Map.of(ContactKey.SECRET_ENV, CONTACT_SECRET, "ADUAN_LOG_LEVEL", "DEBUG"),
        "--command-config", settings.toString());
    try {
      int port = awaitPort(router, log);
      String base = "http://127.0.0.1:" + port;
      awaitReady(base, log);
      assertEquals(200, get(base + OpsEndpoints.LIVE).statusCode());
      HttpResponse<String> metrics = get(base + OpsEndpoints.METRICS);
      assertEquals(200, metrics.statusCode());
      assertTrue(metrics.body().contains("kafka_stream_alive_stream_threads{"), "Kafka Streams client meters are exported:\n"
          + metrics.body().lines().filter(l -> l.startsWith("kafka_")).map(l -> l.replaceAll("\\{.*", "")).distinct().toList());
      assertTrue(metrics.body().contains("role=\"router\""), "meters carry the role");
      assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM meters are exported");

      router.destroy(); // SIGTERM
      assertTrue(router.waitFor(RouterApp.CLOSE_TIMEOUT.toSeconds() + 15, TimeUnit.SECONDS),
          "the router stops within its close timeout");
      String output = Files.readString(log);
      assertFalse(output.contains("did not close within"), output);
      for (String secret : List.of(JAAS_SECRET, REGISTRY_SECRET, CONTACT_SECRET)) {
        assertFalse(output.contains(secret), "a secret reached the log:\n" + output);
      }
    } finally {
      router.destroyForcibly();
    }
  }

  @Test
  void exitsWithOneWhenItsInputTopicIsDeleted(KafkaCluster kafka, SchemaRegistry registry, @TempDir Path dir)
      throws Exception {
    StarterPipeline pipeline = new StarterPipeline(kafka, registry, "serve-router-fails");
    var topics = pipeline.setUp();
    // client metadata refreshed often, so the deleted topic is seen at once rather than within five minutes
    Path settings = Files.writeString(dir.resolve("router.properties"), "metadata.max.age.ms=500\n");
    Path log = dir.resolve("router.log");
    Process router = start(kafka, registry, pipeline, dir, log, Map.of(), "--config", settings.toString());
    try {
      awaitReady("http://127.0.0.1:" + awaitPort(router, log), log);
      kafka.admin().deleteTopics(List.of(topics.complaintsReceived().name())).all().get(30, TimeUnit.SECONDS);
      assertTrue(router.waitFor(START.toSeconds(), TimeUnit.SECONDS), "the failed router ends:\n" + Files.readString(log));
      String output = Files.readString(log);
      assertEquals(1, router.exitValue(), output);
      assertTrue(output.contains("The router failed and stops"), output);
    } finally {
      router.destroyForcibly();
    }
  }

  /** {@code aduan serve router} in a JVM of its own, on the pipeline's topics, its output in {@code log}. */
  private static Process start(KafkaCluster kafka, SchemaRegistry registry, StarterPipeline pipeline, Path dir, Path log,
      Map<String, String> environment, String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "id.aduan.app.Aduan", "serve", "router",
        "--state-dir", dir.resolve("state").toString(), "--metrics-port", "0", "--metrics-host", "127.0.0.1",
        "--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(),
        "--prefix", pipeline.clientProps().get("aduan.topic.prefix").toString()));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return builder.start();
  }

  private static int awaitPort(Process router, Path log) throws Exception {
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline && router.isAlive()) {
      Matcher m = PORT.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the router never said where its metrics are:\n" + Files.readString(log));
  }

  private void awaitReady(String base, Path log) throws Exception {
    long deadline = System.nanoTime() + START.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = get(base + OpsEndpoints.READY);
      if (last.statusCode() == 200) {
        assertTrue(last.body().contains("RUNNING"), last.body());
        return;
      }
      assertEquals(503, last.statusCode(), last.body());
      Thread.sleep(300);
    }
    throw new AssertionError("never ready: " + last.body() + "\n" + Files.readString(log));
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
