package id.aduan.console.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps method and path to a handler. Patterns are literal segments and {@code {name}} segments matching one
 * segment. Unknown paths get 404, known paths with another method 405 with an Allow header.
 */
public final class Router {
  private record Route(String method, String[] segments, WebHandler handler) {}

  private final List<Route> routes = new ArrayList<>();

  public Router get(String pattern, WebHandler handler) {
    routes.add(new Route("GET", split(pattern), handler));
    return this;
  }

  public Router post(String pattern, WebHandler handler) {
    routes.add(new Route("POST", split(pattern), handler));
    return this;
  }

  public WebResponse route(WebRequest request) {
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
