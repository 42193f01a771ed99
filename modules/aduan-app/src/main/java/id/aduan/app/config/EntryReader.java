package id.aduan.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one configuration entry, collecting every problem (with the entry's line) instead
 * of stopping at the first, so one run of the command lists everything to fix.
 */
final class EntryReader {
  private final ConfigFile.Entry entry;
  private final String what;
  private final List<String> problems;

  EntryReader(ConfigFile.Entry entry, String what, List<String> problems, Set<String> knownFields) {
    this.entry = entry;
    this.what = what;
    this.problems = problems;
    entry.node().fieldNames().forEachRemaining(name -> {
      if (!knownFields.contains(name)) {
        problem("unknown field '" + name + "' (known: " + String.join(", ", knownFields.stream().sorted().toList()) + ")");
      }
    });
  }

  void problem(String message) {
    problems.add("line " + entry.line() + ": " + what + ": " + message);
  }

  String required(String field) {
    String value = optional(field);
    if (value == null) {
      problem(field + " is required");
    }
    return value;
  }

  String optional(String field) {
    JsonNode node = entry.node().get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      problem(field + " must be a single value");
      return null;
    }
    String text = node.asText().strip();
    return text.isEmpty() ? null : text;
  }

  int integer(String field, int fallback, int min, int max) {
    JsonNode node = entry.node().get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      problem(field + " must be a whole number, not '" + node.asText() + "'");
      return fallback;
    }
    int value = node.asInt();
    if (value < min || value > max) {
      problem(field + " must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }

  boolean bool(String field, boolean fallback) {
    JsonNode node = entry.node().get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem(field + " must be true or false, not '" + node.asText() + "'");
      return fallback;
    }
    return node.asBoolean();
  }

  List<String> strings(String field) {
    JsonNode node = entry.node().get(field);
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      problem(field + " must be a list");
      return values;
    }
    node.forEach(item -> {
      if (item.isValueNode() && !item.asText().isBlank()) {
        values.add(item.asText().strip());
      } else {
        problem(field + " must list non-empty words");
      }
    });
    return values;
  }

  JsonNode node(String field) {
    return entry.node().get(field);
  }
}
