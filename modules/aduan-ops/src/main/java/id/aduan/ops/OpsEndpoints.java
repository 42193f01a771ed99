package id.aduan.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three operations endpoints every role answers, whichever HTTP server it runs: {@value #METRICS}
 * (Prometheus text), {@value #LIVE} and {@value #READY} (JSON, 200 or 503).
 */
public final class OpsEndpoints {
  public static final String METRICS = "/metrics";
  public static final String LIVE = "/health/live";
  public static final String READY = "/health/ready";
  public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response body with its status and media type. */
  public record Answer(int status, String contentType, String body) {}

  private final PrometheusMeterRegistry registry;
  private final Health health;

  public OpsEndpoints(PrometheusMeterRegistry registry, Health health) {
    this.registry = registry;
    this.health = health;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public Health health() {
    return health;
  }

  public Answer metrics() {
    return new Answer(200, PROMETHEUS_TEXT, registry.scrape());
  }

  public Answer live() {
    return json(200, Map.of("status", "live"));
  }

  public Answer ready() {
    Map<String, Health.Status> answers = health.ready();
    boolean up = Health.allUp(answers);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "ready" : "not ready");
    Map<String, Object> checks = new LinkedHashMap<>();
    answers.forEach((name, s) -> checks.put(name, Map.of("ok", s.ok(), "detail", s.detail())));
    body.put("checks", checks);
    return json(up ? 200 : 503, body);
  }

  /** The answer for a path, or null when it is none of the three. */
  public Answer answer(String path) {
    return switch (path) {
      case METRICS -> metrics();
      case LIVE -> live();
      case READY -> ready();
      default -> null;
    };
  }

  private static Answer json(int status, Map<String, Object> body) {
    try {
      return new Answer(status, "application/json", JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
