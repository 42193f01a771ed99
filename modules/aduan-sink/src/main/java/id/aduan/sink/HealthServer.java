package id.aduan.sink;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health/live} (200 while the sink's loop runs) and {@code GET /health/ready} (200 while it
 * stores records; 503 with the reason while the database is unavailable or positions are not read yet), for
 * a supervisor's probes.
 */
public final class HealthServer implements AutoCloseable {
  private final HttpServer server;

  private HealthServer(HttpServer server) {
    this.server = server;
  }

  public static HealthServer start(int port, SinkHealth health) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
      server.createContext("/health/live", exchange -> answer(exchange, health::live, "live", "stopped"));
      server.createContext("/health/ready", exchange -> answer(exchange, health::ready, "ready",
          String.valueOf(health.problem())));
      server.start();
      return new HealthServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve the health endpoint on port " + port, e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange, BooleanSupplier check, String good, String bad) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      boolean ok = check.getAsBoolean();
      byte[] body = ((ok ? good : "not ready: " + bad) + "\n").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
