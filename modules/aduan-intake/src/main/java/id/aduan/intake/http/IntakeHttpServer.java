package id.aduan.intake.http;

import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.submit.IntakeUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
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
 * Jetty in front of a {@link Router}: reads each body up to the size limit (413 beyond), applies the
 * per-client rate limit (429), and turns every failure a client can cause into a 4xx; only a fault of ours
 * gives a 5xx, and 503 means the broker did not acknowledge.
 */
public final class IntakeHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeHttpServer.class);

  private final Server server;
  private final ServerConnector connector;

  public IntakeHttpServer(
      String host, int port, Router router, long maxBodyBytes, RateLimiter limiter, Predicate<String> rateLimited) {
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("intake-http");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Bridge(router, maxBodyBytes, limiter, rateLimited));
    server.setErrorHandler(new ProblemErrorHandler());
  }

  /**
   * Requests Jetty itself refuses (a malformed request line, bad headers) get a problem body too. Jetty
   * answers a request line it reads as HTTP/0.9 or an unknown version with 505 and an unknown transfer
   * coding with 501; both are the client's malformed request, answered 400 with Jetty's reason.
   */
  private static final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int given = response.getStatus();
      int status = given < 400 || given == HttpStatus.NOT_IMPLEMENTED_501 || given == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505
          ? 400 : given;
      Object message = request.getAttribute(ERROR_MESSAGE);
      String detail = message == null ? HttpStatus.getMessage(status) : message.toString();
      Bridge.write(response, WebResponse.problem(Problem.of(status, HttpStatus.getMessage(status), detail)), callback);
      return true;
    }
  }

  public IntakeHttpServer start() {
    try {
      server.start();
      return this;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the intake HTTP server on port " + connector.getPort(), e);
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
      LOG.warn("Stopping the HTTP server failed", e);
    }
  }

  private static final class Bridge extends Handler.Abstract {
    private final Router router;
    private final long maxBodyBytes;
    private final RateLimiter limiter;
    private final Predicate<String> rateLimited;

    Bridge(Router router, long maxBodyBytes, RateLimiter limiter, Predicate<String> rateLimited) {
      this.router = router;
      this.maxBodyBytes = maxBodyBytes;
      this.limiter = limiter;
      this.rateLimited = rateLimited;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      CompletionStage<WebResponse> answer;
      try {
        String path = request.getHttpURI().getPath();
        if (path != null && rateLimited.test(path)) {
          int wait = limiter.acquire(Request.getRemoteAddr(request));
          if (wait > 0) {
            write(response, WebResponse.problem(Problem.tooManyRequests(wait)), callback);
            return true;
          }
        }
        answer = router.route(read(request));
      } catch (Throwable t) {
        answer = CompletableFuture.failedFuture(t);
      }
      answer.whenComplete((ok, failure) -> write(response, ok != null ? ok : toResponse(failure), callback));
      return true;
    }

    private WebRequest read(Request request) throws IOException {
      long declared = request.getLength();
      if (declared > maxBodyBytes) {
        throw new ProblemException(Problem.tooLarge(maxBodyBytes));
      }
      byte[] body;
      try (InputStream in = Request.asInputStream(request)) {
        // a declared length is exact (Jetty enforces it); a chunked body is read up to one byte past the limit
        body = declared >= 0 ? in.readNBytes((int) declared) : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      } catch (RuntimeException e) {
        throw new ProblemException(Problem.badRequest("The body could not be read: " + e.getMessage()));
      }
      if (body.length > maxBodyBytes) {
        throw new ProblemException(Problem.tooLarge(maxBodyBytes));
      }
      var headers = WebRequest.headerMap();
      for (HttpField field : request.getHeaders()) {
        headers.putIfAbsent(field.getName(), field.getValue());
      }
      String rawQuery = request.getHttpURI().getQuery();
      Map<String, List<String>> query = FormDecoder.decode(rawQuery, StandardCharsets.UTF_8);
      return new WebRequest(
          request.getMethod(), request.getHttpURI().getPath(), query, headers, body, Request.getRemoteAddr(request));
    }

    private static void write(Response response, WebResponse answer, Callback callback) {
      try {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
      } catch (Throwable t) {
        callback.failed(t);
      }
    }
  }

  /** The answer to a request whose handling failed: the problem it names, else 503 or 500. */
  static WebResponse toResponse(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof ProblemException problem) {
      return WebResponse.problem(problem.problem());
    }
    if (cause instanceof IntakeUnavailableException unavailable) {
      return WebResponse.problem(Problem.unavailable(unavailable.getMessage()));
    }
    if (cause instanceof IOException) {
      return WebResponse.problem(Problem.badRequest("The request could not be read"));
    }
    LOG.error("Unexpected failure answering a request", cause);
    return WebResponse.problem(Problem.of(500, "Internal Server Error", "An unexpected error occurred"));
  }

  /** Paths that count against the rate limit: everything but health checks and static assets. */
  public static Predicate<String> defaultRateLimitedPaths() {
    List<String> exempt = new ArrayList<>(List.of("/health", "/static/", "/openapi"));
    return path -> exempt.stream().noneMatch(path::startsWith);
  }
}
