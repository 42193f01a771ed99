package id.aduan.console.web;

import java.util.Map;

/** Answers one route. Handlers run on the server's threads; publishing waits for the broker there. */
@FunctionalInterface
public interface WebHandler {
  WebResponse handle(WebRequest request, Map<String, String> pathParams);
}
