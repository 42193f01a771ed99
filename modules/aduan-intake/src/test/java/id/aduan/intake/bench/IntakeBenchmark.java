package id.aduan.intake.bench;

import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.testkit.KafkaCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accepted complaints per second on the JSON API (each durably in Kafka: transactional, acks=all) next to
 * the same server's empty endpoint, same body, same clients, one run. Not a test: run from the root with
 * {@code ./mvnw -B -ntp -Pbench -pl modules/aduan-intake -am test -DskipTests}. Broker, server and load
 * generator share the machine, as they would in the embedded demo.
 */
public final class IntakeBenchmark {
  private static final String BODY =
      "{\"text\":\"Lampu lalu lintas di Simpang Charitas mati sejak pagi\",\"serviceCode\":\"traffic-light\","
          + "\"reporter\":{\"name\":\"Siti\",\"contact\":\"081234567890\"},"
          + "\"location\":{\"lat\":-2.9761,\"lon\":104.7754,\"regionCode\":\"1671\"}}";

  private IntakeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = Integer.parseInt(System.getProperty("bench.clients", "64"));
    Duration warmup = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.warmup.seconds", "10")));
    Duration measure = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.seconds", "20")));
    try (KafkaCluster kafka = KafkaCluster.start(1);
        IntakeApplication app = IntakeApplication.start(IntakeConfig.of(Map.of(
            IntakeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
            IntakeConfig.SCHEMA_REGISTRY_URL, "mock://intake-bench",
            IntakeConfig.PORT, "0",
            IntakeConfig.HOST, "127.0.0.1",
            IntakeConfig.RATE_PER_MINUTE, "0",
            IntakeConfig.TRANSACTIONAL_ID, "intake-bench",
            IntakeConfig.REPORTER_KEY_SECRET, "benchmark-secret-0123456789")))) {
      String base = "http://127.0.0.1:" + app.port();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      run(http, base + IntakeApplication.EMPTY_ENDPOINT, clients, warmup);
      run(http, base + "/api/v1/complaints", clients, warmup);
      double empty = run(http, base + IntakeApplication.EMPTY_ENDPOINT, clients, measure);
      double accepted = run(http, base + "/api/v1/complaints", clients, measure);
      System.out.printf("%n%d clients, %d s each, 2 cores shared by broker, server and clients%n", clients, measure.toSeconds());
      System.out.printf("empty endpoint:      %,10.0f requests/s%n", empty);
      System.out.printf("accepted complaints: %,10.0f complaints/s (202 after the transaction committed)%n", accepted);
      System.out.printf("ratio:               %10.1f %%%n", 100 * accepted / empty);
    }
  }

  private static double run(HttpClient http, String url, int clients, Duration duration) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(BODY)).timeout(Duration.ofSeconds(30)).build();
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < clients; i++) {
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            (response.statusCode() == 202 ? ok : failed).incrementAndGet();
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (failed.get() > 0) {
      System.out.printf("%s: %d requests failed%n", url, failed.get());
    }
    return ok.get() / seconds;
  }
}
