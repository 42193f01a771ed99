package id.aduan.events.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy in front of the real registry that demands an Authorization header and can be told to
 * answer 503 a number of times first, as a gateway in front of a production registry would. The real
 * registry answers everything the proxy lets through.
 */
final class GuardedRegistryProxy implements AutoCloseable {
  private final HttpServer server;
  private final String target;
  private final String requiredAuthorization;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger unavailableAnswersLeft = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();

  GuardedRegistryProxy(String target, String requiredAuthorization) throws IOException {
    this.target = target;
    this.requiredAuthorization = requiredAuthorization;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The proxy's URL, with the same path layout as the registry behind it. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + URI.create(target).getPath();
  }

  void answerUnavailable(int times) {
    unavailableAnswersLeft.set(times);
  }

  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      if (!requiredAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        reply(exchange, 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
        return;
      }
      if (unavailableAnswersLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        reply(exchange, 503, "{\"error_code\":50301,\"message\":\"Service unavailable\"}");
        return;
      }
      URI base = URI.create(target);
      URI forward = base.resolve(exchange.getRequestURI().toString());
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(forward).method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      reply(exchange, response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
