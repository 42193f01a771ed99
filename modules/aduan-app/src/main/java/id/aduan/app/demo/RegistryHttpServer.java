package id.aduan.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.aduan.events.registry.CompatibilityLevel;
import id.aduan.events.registry.CompatibilityResult;
import id.aduan.events.registry.RegisteredSchema;
import id.aduan.events.registry.SchemaRegistryClient;
import id.aduan.events.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Serves an in-process registry over the Confluent REST API on localhost, so that other processes
 * (`aduan tail`, any Confluent-compatible tool) can read the demo's topics. It covers the calls Aduan's own
 * client makes: register, look up by id, subject and version, compatibility and per-subject config.
 */
public final class RegistryHttpServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private final HttpServer server;
  private final SchemaRegistryClient registry;

  private RegistryHttpServer(HttpServer server, SchemaRegistryClient registry) {
    this.server = server;
    this.registry = registry;
  }

  /** Starts serving the registry on a free port of the loopback interface. */
  public static RegistryHttpServer start(SchemaRegistryClient registry) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    RegistryHttpServer facade = new RegistryHttpServer(server, registry);
    server.createContext("/", facade::handle);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    return facade;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String[] path = exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/");
      String method = exchange.getRequestMethod();
      try {
        reply(exchange, 200, route(method, path, exchange));
      } catch (SchemaRegistryException e) {
        reply(exchange, e.httpStatus() == 0 ? 500 : e.httpStatus(), error(e.errorCode(), e.getMessage()));
      } catch (SchemaParseException | IllegalArgumentException e) {
        reply(exchange, 422, error(SchemaRegistryException.INVALID_SCHEMA, "Invalid schema or request: " + e.getMessage()));
      }
    }
  }

  private JsonNode route(String method, String[] path, HttpExchange exchange) throws IOException {
    String first = path[0];
    if (first.equals("subjects") && path.length == 1 && method.equals("GET")) {
      ArrayNode subjects = JSON.createArrayNode();
      registry.subjects().forEach(subjects::add);
      return subjects;
    }
    if (first.equals("subjects") && path.length >= 2) {
      String subject = decode(path[1]);
      if (path.length == 2 && method.equals("POST")) {
        return registered(subject, registry.idOf(subject, schemaOf(exchange)));
      }
      if (path.length == 2 && method.equals("DELETE")) {
        ArrayNode versions = JSON.createArrayNode();
        registry.deleteSubject(subject).forEach(versions::add);
        return versions;
      }
      if (path.length == 3 && method.equals("POST")) {
        return JSON.createObjectNode().put("id", registry.register(subject, schemaOf(exchange)));
      }
      if (path.length == 3 && method.equals("GET")) {
        ArrayNode versions = JSON.createArrayNode();
        registry.versions(subject).forEach(versions::add);
        return versions;
      }
      if (path.length == 4 && method.equals("GET")) {
        RegisteredSchema found = path[3].equals("latest") ? registry.latest(subject) : registry.version(subject, Integer.parseInt(path[3]));
        return registered(found);
      }
    }
    if (first.equals("schemas") && path.length == 3 && path[1].equals("ids") && method.equals("GET")) {
      return JSON.createObjectNode().put("schema", registry.schemaById(Integer.parseInt(path[2])).toString());
    }
    if (first.equals("compatibility") && path.length >= 4 && method.equals("POST")) {
      CompatibilityResult result = registry.checkCompatibility(decode(path[2]), schemaOf(exchange));
      ObjectNode answer = JSON.createObjectNode().put("is_compatible", result.compatible());
      ArrayNode messages = answer.putArray("messages");
      result.messages().forEach(messages::add);
      return answer;
    }
    if (first.equals("config") && path.length == 2 && method.equals("GET")) {
      return JSON.createObjectNode().put("compatibilityLevel", registry.compatibility(decode(path[1])).name());
    }
    if (first.equals("config") && path.length == 2 && method.equals("PUT")) {
      String level = JSON.readTree(exchange.getRequestBody()).path("compatibility").asText();
      registry.setCompatibility(decode(path[1]), CompatibilityLevel.valueOf(level));
      return JSON.createObjectNode().put("compatibility", level);
    }
    throw new SchemaRegistryException(404, 404, "No such endpoint: " + method + " /" + String.join("/", path));
  }

  private JsonNode registered(String subject, int id) {
    for (int version : registry.versions(subject)) {
      RegisteredSchema candidate = registry.version(subject, version);
      if (candidate.id() == id) {
        return registered(candidate);
      }
    }
    throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found");
  }

  private static JsonNode registered(RegisteredSchema schema) {
    return JSON.createObjectNode()
        .put("subject", schema.subject())
        .put("version", schema.version())
        .put("id", schema.id())
        .put("schema", schema.schema().toString());
  }

  private static Schema schemaOf(HttpExchange exchange) throws IOException {
    return new Schema.Parser().parse(JSON.readTree(exchange.getRequestBody()).path("schema").asText());
  }

  private static ObjectNode error(int code, String message) {
    return JSON.createObjectNode().put("error_code", code).put("message", message);
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment, StandardCharsets.UTF_8);
  }

  private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
