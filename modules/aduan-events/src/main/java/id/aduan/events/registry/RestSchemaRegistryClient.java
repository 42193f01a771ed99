package id.aduan.events.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for the Confluent Schema Registry REST API (also served by Apicurio's ccompat API, Karapace and
 * Redpanda). Each call is bounded by the connect and read timeouts; connection failures, timeouts, 429 and
 * 5xx answers are retried with doubling backoff across the configured URLs; client errors fail at once.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {
  private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistryClientConfig config;
  private final HttpClient http;
  private final Optional<String> authorization;

  public RestSchemaRegistryClient(RegistryClientConfig config) {
    this.config = config;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL);
    config.tls().ifPresent(tls -> builder.sslContext(tls.sslContext()));
    this.http = builder.build();
    this.authorization =
        config
            .bearerToken()
            .map(token -> "Bearer " + token)
            .or(
                () ->
                    config
                        .basicAuthUserInfo()
                        .map(
                            info ->
                                "Basic "
                                    + Base64.getEncoder()
                                        .encodeToString(info.getBytes(StandardCharsets.UTF_8))));
  }

  @Override
  public int register(String subject, Schema schema) {
    return send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema)).path("id").asInt();
  }

  @Override
  public int idOf(String subject, Schema schema) {
    return send("POST", "/subjects/" + encode(subject), schemaBody(schema)).path("id").asInt();
  }

  @Override
  public Schema schemaById(int id) {
    return parse(send("GET", "/schemas/ids/" + id, null).path("schema").asText());
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return registered(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null), subject);
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    return registered(send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null), subject);
  }

  @Override
  public List<Integer> versions(String subject) {
    List<Integer> versions = new ArrayList<>();
    send("GET", "/subjects/" + encode(subject) + "/versions", null).forEach(v -> versions.add(v.asInt()));
    return versions;
  }

  @Override
  public List<String> subjects() {
    List<String> subjects = new ArrayList<>();
    send("GET", "/subjects", null).forEach(s -> subjects.add(s.asText()));
    return subjects;
  }

  @Override
  public CompatibilityResult checkCompatibility(String subject, Schema schema) {
    try {
      JsonNode answer =
          send(
              "POST",
              "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
              schemaBody(schema));
      List<String> messages = new ArrayList<>();
      answer.path("messages").forEach(m -> messages.add(m.asText()));
      return new CompatibilityResult(answer.path("is_compatible").asBoolean(false), messages);
    } catch (SchemaRegistryException e) {
      if (e.isNotFound()) {
        // nothing registered yet: any schema may be the first
        return CompatibilityResult.ok();
      }
      throw e;
    }
  }

  @Override
  public CompatibilityLevel compatibility(String subject) {
    try {
      return level(send("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null));
    } catch (SchemaRegistryException e) {
      if (e.isNotFound()) {
        return level(send("GET", "/config", null));
      }
      throw e;
    }
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    ObjectNode body = JSON.createObjectNode().put("compatibility", level.name());
    send("PUT", "/config/" + encode(subject), body);
  }

  @Override
  public List<Integer> deleteSubject(String subject) {
    List<Integer> versions = new ArrayList<>();
    send("DELETE", "/subjects/" + encode(subject), null).forEach(v -> versions.add(v.asInt()));
    return versions;
  }

  private JsonNode send(String method, String path, JsonNode body) {
    SchemaRegistryException last = null;
    Duration backoff = config.retryBackoff();
    int attempts = config.maxRetries() + 1;
    for (int attempt = 0; attempt < attempts; attempt++) {
      URI base = config.urls().get(attempt % config.urls().size());
      try {
        return sendOnce(base, method, path, body);
      } catch (RetriableFailure failure) {
        last = failure.exception;
        if (attempt + 1 < attempts) {
          LOG.debug("Registry call {} {} failed ({}), retrying in {}", method, path, last.getMessage(), backoff);
          sleep(backoff);
          backoff = min(backoff.multipliedBy(2), config.maxRetryBackoff());
        }
      }
    }
    throw new SchemaRegistryException(
        last.httpStatus(),
        last.errorCode(),
        last.getMessage() + " [gave up after " + attempts + " attempts]",
        last.getCause());
  }

  private JsonNode sendOnce(URI base, String method, String path, JsonNode body) throws RetriableFailure {
    URI uri = URI.create(base + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(config.readTimeout())
            .header("Accept", CONTENT_TYPE + ", application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", CONTENT_TYPE);
    }
    authorization.ifPresent(value -> request.header("Authorization", value));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RetriableFailure(
          new SchemaRegistryException(
              0,
              SchemaRegistryException.UNREACHABLE,
              "Schema registry at " + base + " did not answer " + method + " " + path + ": " + describe(e),
              e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException(
          0, SchemaRegistryException.UNREACHABLE, "Interrupted while calling the schema registry", e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return readJson(response.body(), uri);
    }
    SchemaRegistryException error = errorFrom(status, response.body(), method, uri);
    if (status == 429 || status >= 500) {
      throw new RetriableFailure(error);
    }
    throw error;
  }

  private static SchemaRegistryException errorFrom(int status, String body, String method, URI uri) {
    int code = status;
    String message = body == null ? "" : body.strip();
    try {
      JsonNode json = JSON.readTree(body);
      if (json != null && json.has("error_code")) {
        code = json.path("error_code").asInt(status);
        message = json.path("message").asText(message);
      }
    } catch (JsonProcessingException notJson) {
      // the body is shown as text below
    }
    if (message.length() > 500) {
      message = message.substring(0, 500) + "…";
    }
    return new SchemaRegistryException(status, code, "Schema registry refused " + method + " " + uri + ": " + message);
  }

  private static JsonNode readJson(String body, URI uri) {
    try {
      return JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
    } catch (JsonProcessingException e) {
      throw new SchemaRegistryException(
          200, 0, "Schema registry at " + uri + " answered with something that is not JSON: " + abbreviate(body));
    }
  }

  private static RegisteredSchema registered(JsonNode node, String subject) {
    return new RegisteredSchema(
        node.path("subject").asText(subject),
        node.path("version").asInt(),
        node.path("id").asInt(),
        parse(node.path("schema").asText()));
  }

  private static CompatibilityLevel level(JsonNode node) {
    String level = node.path("compatibilityLevel").asText(node.path("compatibility").asText("BACKWARD"));
    return CompatibilityLevel.valueOf(level);
  }

  private static Schema parse(String schema) {
    try {
      return new Schema.Parser().parse(schema);
    } catch (SchemaParseException e) {
      throw new SchemaRegistryException(
          200, SchemaRegistryException.INVALID_SCHEMA, "Registry returned a schema Avro cannot parse: " + e.getMessage());
    }
  }

  private static ObjectNode schemaBody(Schema schema) {
    return JSON.createObjectNode().put("schema", schema.toString());
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 200 ? String.valueOf(text) : text.substring(0, 200) + "…";
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException(
          0, SchemaRegistryException.UNREACHABLE, "Interrupted while waiting to retry the schema registry", e);
    }
  }

  /** Marks a failure worth another attempt; never leaves this class. */
  private static final class RetriableFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SchemaRegistryException exception;

    RetriableFailure(SchemaRegistryException exception) {
      super(exception.getMessage(), null, false, false);
      this.exception = exception;
    }
  }
}
