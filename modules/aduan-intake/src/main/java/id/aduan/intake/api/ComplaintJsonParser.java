package id.aduan.intake.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.aduan.event.Attachment;
import id.aduan.event.Channel;
import id.aduan.event.Location;
import id.aduan.intake.category.CategoryCatalog;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.submit.Checks;
import id.aduan.intake.submit.ReporterInput;
import id.aduan.intake.submit.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON API's complaint body, naming every bad field by its JSON path. */
public final class ComplaintJsonParser {
  /** Strict JSON reading (no duplicate keys, no trailing tokens, bounded nesting), shared by every JSON endpoint. */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
  }

  private final CategoryCatalog categories;

  public ComplaintJsonParser(CategoryCatalog categories) {
    this.categories = categories;
  }

  public Submission parse(String body, String idempotencyKey, String adapterId) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProblemException(Problem.badRequest("The body is not valid JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ProblemException(Problem.badRequest("The body must be a JSON object"));
    }
    Checks checks = new Checks();
    String text = checks.requiredText("text", string(checks, root, "text"), Checks.MAX_TEXT);
    String title = checks.optionalText("title", string(checks, root, "title"), Checks.MAX_SHORT);
    String language = checks.language("language", string(checks, root, "language"));
    String serviceCode = checks.serviceCode("serviceCode", string(checks, root, "serviceCode"), categories);
    ReporterInput reporter = reporter(checks, root.get("reporter"));
    Location location = location(checks, root.get("location"));
    List<Attachment> attachments = attachments(checks, root.get("attachments"));
    Map<String, String> attributes = attributes(checks, root.get("attributes"));
    checks.throwIfAny();
    return new Submission(
        Channel.WEB, idempotencyKey, adapterId, null, title, text, language, serviceCode, attributes, reporter,
        location, attachments, null);
  }

  private static ReporterInput reporter(Checks checks, JsonNode node) {
    if (node == null || node.isNull()) {
      return ReporterInput.NONE;
    }
    if (!node.isObject()) {
      checks.error("reporter", "must be an object");
      return ReporterInput.NONE;
    }
    String name = checks.optionalText("reporter.name", string(checks, node, "reporter.name", "name"), Checks.MAX_SHORT);
    String contact =
        checks.optionalText("reporter.contact", string(checks, node, "reporter.contact", "contact"), Checks.MAX_SHORT);
    boolean anonymous = bool(checks, node, "reporter.anonymous", "anonymous");
    boolean confidential = bool(checks, node, "reporter.confidential", "confidential");
    return new ReporterInput(name, contact, null, anonymous, confidential);
  }

  private Location location(Checks checks, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      checks.error("location", "must be an object");
      return null;
    }
    Double lat = checks.latitude("location.lat", number(checks, node, "location.lat", "lat"));
    Double lon = checks.longitude("location.lon", number(checks, node, "location.lon", "lon"));
    if ((lat == null) != (lon == null) && !checks.errors().stream().anyMatch(e -> e.field().startsWith("location.l"))) {
      checks.error(lat == null ? "location.lat" : "location.lon", "lat and lon must be given together");
    }
    String address =
        checks.optionalText("location.address", string(checks, node, "location.address", "address"), Checks.MAX_ADDRESS);
    String region = checks.regionCode("location.regionCode", string(checks, node, "location.regionCode", "regionCode"));
    if (lat == null && lon == null && address == null && region == null) {
      return null;
    }
    return Location.newBuilder().setLat(lat).setLon(lon).setAddress(address).setRegionCode(region).build();
  }

  private static List<Attachment> attachments(Checks checks, JsonNode node) {
    List<Attachment> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      checks.error("attachments", "must be an array");
      return out;
    }
    if (node.size() > Checks.MAX_ATTACHMENTS) {
      checks.error("attachments", "must have at most " + Checks.MAX_ATTACHMENTS + " items");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      String path = "attachments[" + i + "]";
      JsonNode item = node.get(i);
      if (!item.isObject()) {
        checks.error(path, "must be an object with a url");
        continue;
      }
      String url = string(checks, item, path + ".url", "url");
      if (url == null) {
        checks.error(path + ".url", "is required");
        continue;
      }
      url = checks.url(path + ".url", url);
      String mediaType = checks.optionalText(path + ".mediaType", string(checks, item, path + ".mediaType", "mediaType"), 100);
      String description =
          checks.optionalText(path + ".description", string(checks, item, path + ".description", "description"), Checks.MAX_SHORT);
      if (url != null) {
        out.add(Attachment.newBuilder().setUrl(url).setMediaType(mediaType).setDescription(description).build());
      }
    }
    return out;
  }

  private static Map<String, String> attributes(Checks checks, JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject() || node.size() > 50) {
      checks.error("attributes", "must be an object of at most 50 string values");
      return out;
    }
    node.properties().forEach(
        e -> {
          String path = "attributes." + Checks.abbreviate(e.getKey());
          if (e.getKey().length() > 100 || !e.getValue().isTextual()) {
            checks.error(path, "must be a string under a key of at most 100 characters");
          } else {
            String value = checks.optionalText(path, e.getValue().asText(), 1000);
            if (value != null) {
              out.put(e.getKey(), value);
            }
          }
        });
    return out;
  }

  private static String string(Checks checks, JsonNode parent, String field) {
    return string(checks, parent, field, field);
  }

  private static String string(Checks checks, JsonNode parent, String path, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      checks.error(path, "must be a string");
      return null;
    }
    return node.asText();
  }

  private static Double number(Checks checks, JsonNode parent, String path, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      checks.error(path, "must be a number");
      return null;
    }
    return node.asDouble();
  }

  private static boolean bool(Checks checks, JsonNode parent, String path, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      checks.error(path, "must be true or false");
      return false;
    }
    return node.asBoolean();
  }
}
