package id.aduan.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML configuration file read as sections ({@code units:}, {@code rules:}) of entries, each entry
 * remembering the line it starts on so that every error can point a person at the right place.
 */
public final class ConfigFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One entry of a section and where it starts. */
  public record Entry(int line, JsonNode node) {}

  private final Path path;
  private final Map<String, List<Entry>> sections;

  private ConfigFile(Path path, Map<String, List<Entry>> sections) {
    this.path = path;
    this.sections = sections;
  }

  public static ConfigFile read(Path path) throws InvalidConfigException {
    if (!Files.isRegularFile(path)) {
      throw new InvalidConfigException(path, List.of("file not found"));
    }
    Map<String, List<Entry>> sections = new LinkedHashMap<>();
    try (JsonParser parser = YAML.getFactory().createParser(path.toFile())) {
      parser.setCodec(YAML);
      expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "a mapping of sections (units:, rules:)");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String section = parser.currentName();
        expect(parser, parser.nextToken(), JsonToken.START_ARRAY, "a list under " + section + ":");
        List<Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          int line = parser.currentTokenLocation().getLineNr();
          entries.add(new Entry(line, parser.readValueAsTree()));
        }
        expect(parser, parser.currentToken(), JsonToken.END_ARRAY, "each entry of " + section + ": to be a mapping");
        sections.put(section, entries);
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InvalidConfigException(path, List.of("line " + line + ": " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidConfigException(path, List.of("cannot be read: " + e.getMessage()));
    }
    return new ConfigFile(path, sections);
  }

  private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String what)
      throws JsonProcessingException {
    if (actual != expected) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "expected " + what + ", found " + actual);
    }
  }

  public Path path() {
    return path;
  }

  public boolean has(String section) {
    return sections.containsKey(section);
  }

  public List<Entry> section(String name) {
    return sections.getOrDefault(name, List.of());
  }
}
