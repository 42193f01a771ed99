package id.aduan.intake.http;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Answers one route; asynchronous so that waiting for the broker holds no server thread. */
@FunctionalInterface
public interface WebHandler {
  CompletionStage<WebResponse> handle(WebRequest request, Map<String, String> pathParams);
}
