package id.aduan.console.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Maps method and path to a handler. Patterns are literal segments and {@code {name}} segments matching one
 * segment. Unknown paths get 404, known paths with another method 405 with an Allow header.
 */
public final class Router {
  /** Methods a label may name; any other token a client sends counts as "other", keeping the label set small. */
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private record Route(String method, String pattern, String[] segments, WebHandler handler) {}

  private final List<Route> routes = new ArrayList<>();
  private final MeterRegistry registry;

  /**
   * A router that times every request as {@code aduan.http.server.requests}, labelled by method, route
   * pattern (never the path itself, which names a case) and status, as intake's router does.
   */
  public Router(MeterRegistry registry) {
    this.registry = registry;
  }

  public Router get(String pattern, WebHandler handler) {
    routes.add(new Route("GET", pattern, split(pattern), handler));
    return this;
  }

  public Router post(String pattern, WebHandler handler) {
    routes.add(new Route("POST", pattern, split(pattern), handler));
    return this;
  }

  /** The handler's answer; a handler's fault propagates to the server, which answers 500 (timed as such). */
  public WebResponse route(WebRequest request) {
    long start = System.nanoTime();
    String[] pattern = new String[1];
    int status = 500;
    try {
      WebResponse answer = dispatch(request, pattern);
      status = answer.status();
      return answer;
    } finally {
      Timer.builder("aduan.http.server.requests")
          .tag("method", METHODS.contains(request.method()) ? request.method() : "other")
          .tag("route", pattern[0] == null ? "unmatched" : pattern[0])
          .tag("status", Integer.toString(status))
          .register(registry)
          .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  private WebResponse dispatch(WebRequest request, String[] matched) {
    String[] segments = split(request.path() == null ? "" : request.path());
    for (int i = 0; i < segments.length; i++) {
      segments[i] = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Map<String, String> params = match(route, segments);
      if (params == null) {
        continue;
      }
      matched[0] = route.pattern;
      if (route.method.equals(request.method()) || route.method.equals("GET") && request.method().equals("HEAD")) {
        return route.handler.handle(request, params);
      }
      allowed.add(route.method);
    }
    if (!allowed.isEmpty()) {
      return WebResponse.problem(405, "Method Not Allowed", request.method() + " is not allowed on " + request.path())
          .withHeader("Allow", String.join(", ", allowed));
    }
    return WebResponse.problem(404, "Not Found", "No resource at " + request.path());
  }

  private static Map<String, String> match(Route route, String[] segments) {
    if (segments.length != route.segments.length) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < segments.length; i++) {
      String pattern = route.segments[i];
      if (pattern.startsWith("{") && pattern.endsWith("}")) {
        params.put(pattern.substring(1, pattern.length() - 1), segments[i]);
      } else if (!pattern.equals(segments[i])) {
        return null;
      }
    }
    return params;
  }

  private static String[] split(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }
}
