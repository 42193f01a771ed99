package id.aduan.intake.http;

import id.aduan.intake.problem.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Maps method and path to a handler. Patterns are literal segments and {@code {name}} segments matching one
 * segment; a pattern ending in {@code /**} matches everything below it. Unknown paths get 404, known paths
 * with another method 405 with an Allow header.
 */
public final class Router {
  private record Route(String method, String pattern, String[] segments, boolean prefix, WebHandler handler) {}

  /** Methods a label may name; any other token a client sends counts as "other", keeping the label set small. */
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final List<Route> routes = new ArrayList<>();
  private final MeterRegistry registry;

  /** A router that records no meters. */
  public Router() {
    this(null);
  }

  /**
   * A router that times every request as {@code aduan.http.server.requests}, labelled by method, route
   * pattern (never the path itself, which may carry a tracking code) and status.
   */
  public Router(MeterRegistry registry) {
    this.registry = registry;
  }

  public Router add(String method, String pattern, WebHandler handler) {
    boolean prefix = pattern.endsWith("/**");
    String path = prefix ? pattern.substring(0, pattern.length() - 3) : pattern;
    routes.add(new Route(method, pattern, split(path), prefix, handler));
    return this;
  }

  public Router get(String pattern, WebHandler handler) {
    return add("GET", pattern, handler);
  }

  public Router post(String pattern, WebHandler handler) {
    return add("POST", pattern, handler);
  }

  /** The handler's answer; a failed handler is answered as {@link IntakeHttpServer} answers failures. */
  public CompletionStage<WebResponse> route(WebRequest request) {
    long start = System.nanoTime();
    String[] pattern = new String[1];
    CompletionStage<WebResponse> answer;
    try {
      answer = dispatch(request, pattern);
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    answer = answer.exceptionally(IntakeHttpServer::toResponse);
    if (registry == null) {
      return answer;
    }
    return answer.whenComplete((response, failure) -> Timer.builder("aduan.http.server.requests")
        .tag("method", METHODS.contains(request.method()) ? request.method() : "other")
        .tag("route", pattern[0] == null ? "unmatched" : pattern[0])
        .tag("status", Integer.toString(response.status()))
        .register(registry)
        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
  }

  private CompletionStage<WebResponse> dispatch(WebRequest request, String[] matched) {
    String[] segments = decodedSegments(request.path());
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Map<String, String> params = match(route, segments);
      if (params == null) {
        continue;
      }
      matched[0] = route.pattern;
      if (route.method.equals(request.method()) || (route.method.equals("GET") && request.method().equals("HEAD"))) {
        return route.handler.handle(request, params);
      }
      allowed.add(route.method);
    }
    if (!allowed.isEmpty()) {
      return CompletableFuture.completedFuture(
          WebResponse.problem(Problem.of(405, "Method Not Allowed", request.method() + " is not allowed on " + request.path()))
              .withHeader("Allow", String.join(", ", allowed)));
    }
    return CompletableFuture.completedFuture(WebResponse.problem(Problem.notFound("No resource at " + request.path())));
  }

  private static Map<String, String> match(Route route, String[] segments) {
    if (route.prefix ? segments.length < route.segments.length : segments.length != route.segments.length) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < route.segments.length; i++) {
      String pattern = route.segments[i];
      if (pattern.startsWith("{") && pattern.endsWith("}")) {
        params.put(pattern.substring(1, pattern.length() - 1), segments[i]);
      } else if (!pattern.equals(segments[i])) {
        return null;
      }
    }
    if (route.prefix) {
      params.put("**", String.join("/", java.util.Arrays.copyOfRange(segments, route.segments.length, segments.length)));
    }
    return params;
  }

  private static String[] split(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }

  private static String[] decodedSegments(String rawPath) {
    String[] raw = split(rawPath == null ? "" : rawPath);
    for (int i = 0; i < raw.length; i++) {
      raw[i] = FormDecoder.component(raw[i], StandardCharsets.UTF_8, false);
    }
    return raw;
  }
}
