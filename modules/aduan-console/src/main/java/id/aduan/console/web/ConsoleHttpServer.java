package id.aduan.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty in front of a {@link Router}: reads each body up to {@value #MAX_BODY} bytes (413 beyond), decodes
 * query, form and cookies, adds the security headers every page carries, and turns a fault of ours into a
 * 500 without details.
 */
public final class ConsoleHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleHttpServer.class);
  static final int MAX_BODY = 64 * 1024;

  /** No script may run, no other origin may frame a page or receive a form. */
  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "Cache-Control", "no-store");

  private final Server server;
  private final ServerConnector connector;

  public ConsoleHttpServer(String host, int port, Router router) {
    QueuedThreadPool threads = new QueuedThreadPool(50, 4);
    threads.setName("console-http");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Bridge(router));
  }

  public ConsoleHttpServer start() {
    try {
      server.start();
      return this;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the console web server on port " + connector.getPort(), e);
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("Stopping the console web server failed", e);
    }
  }

  private static final class Bridge extends Handler.Abstract {
    private final Router router;

    Bridge(Router router) {
      this.router = router;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      WebResponse answer;
      try {
        WebRequest read = read(request);
        answer = read == null ? WebResponse.problem(413, "Content Too Large", "The body is over " + MAX_BODY + " bytes")
            : router.route(read);
      } catch (IOException | IllegalArgumentException e) {
        answer = WebResponse.problem(400, "Bad Request", "The request could not be read");
      } catch (RuntimeException e) {
        LOG.error("Unexpected failure answering a request", e);
        answer = WebResponse.problem(500, "Internal Server Error", "An unexpected error occurred");
      }
      write(response, answer, callback);
      return true;
    }

    /** The request, or null when its body is too large. */
    private static WebRequest read(Request request) throws IOException {
      long declared = request.getLength();
      if (declared > MAX_BODY) {
        return null;
      }
      byte[] body;
      try (InputStream in = Request.asInputStream(request)) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        return null;
      }
      TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (HttpField field : request.getHeaders()) {
        headers.putIfAbsent(field.getName(), field.getValue());
      }
      String contentType = headers.getOrDefault("Content-Type", "");
      Map<String, List<String>> form = contentType.startsWith("application/x-www-form-urlencoded")
          ? decode(new String(body, StandardCharsets.US_ASCII)) : Map.of();
      return new WebRequest(request.getMethod(), request.getHttpURI().getPath(),
          decode(request.getHttpURI().getQuery()), form, headers, cookies(request), body,
          Request.getRemoteAddr(request), request.isSecure());
    }

    /**
     * Cookies by name. Lenient on purpose: values may come in double quotes and with RFC 2965 attributes
     * ({@code $Version}, {@code $Path}), as Java's own cookie handler sends them; the console's own values
     * are URL-safe base64, which holds neither quotes, commas nor semicolons.
     */
    private static Map<String, String> cookies(Request request) {
      Map<String, String> cookies = new HashMap<>();
      for (HttpField field : request.getHeaders().getFields(HttpHeader.COOKIE)) {
        for (String pair : field.getValue().split("[;,]")) {
          int eq = pair.indexOf('=');
          String name = eq > 0 ? pair.substring(0, eq).trim() : "";
          if (!name.isEmpty() && !name.startsWith("$")) {
            String value = pair.substring(eq + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
              value = value.substring(1, value.length() - 1);
            }
            cookies.putIfAbsent(name, value);
          }
        }
      }
      return cookies;
    }

    private static void write(Response response, WebResponse answer, Callback callback) {
      try {
        response.setStatus(answer.status());
        SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        for (String cookie : answer.setCookies()) {
          response.getHeaders().add(HttpHeader.SET_COOKIE, cookie);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
      } catch (Throwable t) {
        callback.failed(t);
      }
    }
  }

  /** Decodes {@code a=1&b=2} (a query or a form body) into values by name, in order. */
  static Map<String, List<String>> decode(String encoded) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return values;
  }
}
