package id.aduan.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The endpoints of a role without a web server of its own. */
class OpsHttpServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void readinessFollowsItsChecksAndMetricsAreServedAsPrometheusText() throws Exception {
    AtomicBoolean running = new AtomicBoolean(false);
    var registry = RoleMetrics.registry("test");
    registry.counter("aduan.test.things", "kind", "a").increment(3);
    Health health = new Health()
        .readyWhen("job", () -> running.get() ? Health.Status.up("RUNNING") : Health.Status.down("REBALANCING"))
        .readyWhen("broken", () -> Health.Status.up("fine"));
    try (OpsHttpServer server = OpsHttpServer.start("127.0.0.1", 0, new OpsEndpoints(registry, health))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> notReady = get(base + OpsEndpoints.READY);
      assertEquals(503, notReady.statusCode());
      assertTrue(notReady.body().contains("REBALANCING"), notReady.body());
      running.set(true);
      assertEquals(200, get(base + OpsEndpoints.READY).statusCode());
      health.readyWhen("broken", () -> {
        throw new IllegalStateException("cannot tell");
      });
      HttpResponse<String> failedCheck = get(base + OpsEndpoints.READY);
      assertEquals(503, failedCheck.statusCode());
      assertTrue(failedCheck.body().contains("cannot tell"), failedCheck.body());

      assertEquals(200, get(base + OpsEndpoints.LIVE).statusCode());
      HttpResponse<String> metrics = get(base + OpsEndpoints.METRICS);
      assertEquals(200, metrics.statusCode());
      assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
      assertTrue(metrics.body().contains("aduan_test_things_total{kind=\"a\",role=\"test\"} 3.0"), metrics.body());
      assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM meters are bound");

      assertEquals(404, get(base + "/other").statusCode());
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + OpsEndpoints.METRICS))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(405, post.statusCode());
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
