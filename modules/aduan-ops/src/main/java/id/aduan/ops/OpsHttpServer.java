package id.aduan.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP server for roles that have no web server of their own (the Streams jobs, the sink): it answers
 * {@link OpsEndpoints}' paths and nothing else, on one thread, so a scrape can never compete with the work.
 */
public final class OpsHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private OpsHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Listens on {@code host:port} (port 0 picks a free one). */
  public static OpsHttpServer start(String host, int port, OpsEndpoints endpoints) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen for metrics and health on " + host + ":" + port, e);
    }
    server.createContext("/", exchange -> respond(exchange, endpoints));
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "aduan-ops-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    return new OpsHttpServer(server, executor);
  }

  private static void respond(HttpExchange exchange, OpsEndpoints endpoints) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      OpsEndpoints.Answer answer = endpoints.answer(exchange.getRequestURI().getPath());
      if (answer == null) {
        answer = new OpsEndpoints.Answer(404, "text/plain; charset=utf-8",
            "Only " + OpsEndpoints.METRICS + ", " + OpsEndpoints.LIVE + " and " + OpsEndpoints.READY + " are served here\n");
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        answer = new OpsEndpoints.Answer(405, "text/plain; charset=utf-8", method + " is not allowed\n");
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      boolean head = method.equals("HEAD");
      exchange.sendResponseHeaders(answer.status(), head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
