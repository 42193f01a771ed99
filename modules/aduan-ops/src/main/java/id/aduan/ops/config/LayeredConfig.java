package id.aduan.ops.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * How every role resolves its settings: the defaults of its {@link ConfigDef} &lt; a {@code --config} properties
 * file &lt; {@code ADUAN_*} environment variables &lt; command-line options. A role defines each key once, with type,
 * default, importance and doc, in a {@code ConfigDef} (secrets as {@link ConfigDef.Type#PASSWORD}, which Kafka
 * prints as {@code [hidden]}); the same definition gives its {@code --help} text and its README table. Keys the
 * definition does not know (bootstrap.servers, sasl.*, ssl.*, basic.auth.*) are kept for the Kafka and registry
 * clients, from the file and the command line; from the environment only defined keys are read, since the
 * environment holds much else.
 */
public final class LayeredConfig extends AbstractConfig {
  private static final String ENV_PREFIX = "ADUAN_";

  private LayeredConfig(ConfigDef definition, Map<String, ?> values) {
    super(definition, values, false);
  }

  /** Layers the sources; a value of the wrong type fails naming its key (Kafka's {@code ConfigException}). */
  public static LayeredConfig resolve(ConfigDef definition, Path configFile, Map<String, String> environment,
      Map<String, String> commandLine) {
    Map<String, Object> values = new HashMap<>(readFile(configFile, "--config"));
    for (String key : definition.names()) {
      String fromEnvironment = environment.get(envName(key));
      if (fromEnvironment != null) {
        values.put(key, fromEnvironment);
      }
    }
    values.putAll(commandLine);
    return new LayeredConfig(definition, values);
  }

  /** Accepts ISO-8601 durations (PT30S, P7D, PT16H) given as strings; null passes for keys without a default. */
  public static ConfigDef.Validator isoDuration() {
    return (name, value) -> {
      if (value != null) {
        try {
          Duration.parse(value.toString());
        } catch (DateTimeParseException e) {
          throw new ConfigException(name, value, "not an ISO-8601 duration such as PT30S, P7D or PT16H");
        }
      }
    };
  }

  /** A key defined as a string with {@link #isoDuration()}. */
  public Duration getDuration(String key) {
    String value = getString(key);
    return value == null ? null : Duration.parse(value);
  }

  /** {@code router.dedupe.window} → {@code ADUAN_ROUTER_DEDUPE_WINDOW}; {@code aduan.topic.prefix} → {@code ADUAN_TOPIC_PREFIX}. */
  public static String envName(String key) {
    String name = key.startsWith("aduan.") ? key.substring("aduan.".length()) : key;
    return ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * Settings for the Kafka and registry clients: every key the definition does not know, plus the defined keys
   * {@code clientKeys} names (such as bootstrap.servers when a role defines it), as the clients expect them.
   */
  public Map<String, Object> clientProps(String... clientKeys) {
    Map<String, Object> props = new HashMap<>(originals());
    values().keySet().forEach(props::remove);
    for (String key : clientKeys) {
      Object value = values().get(key);
      if (value != null) {
        props.put(key, value instanceof Password p ? p.value() : value);
      }
    }
    return props;
  }

  /** Every key of a definition for {@code --help}: name, meaning, environment variable and default. */
  public static String describe(ConfigDef definition) {
    StringBuilder out = new StringBuilder();
    for (ConfigDef.ConfigKey key : new TreeMap<>(definition.configKeys()).values()) {
      out.append(String.format("  %-34s %s%n      (env %s; default: %s)%n", key.name, key.documentation,
          envName(key.name), shownDefault(key)));
    }
    return out.toString();
  }

  /** Every key of a definition as a Markdown table, for the README. */
  public static String markdownTable(ConfigDef definition) {
    StringBuilder out = new StringBuilder("| key | environment | type | default | meaning |\n|---|---|---|---|---|\n");
    for (ConfigDef.ConfigKey key : new TreeMap<>(definition.configKeys()).values()) {
      out.append("| `").append(key.name).append("` | `").append(envName(key.name)).append("` | ")
          .append(key.type.name().toLowerCase(Locale.ROOT)).append(" | ").append(shownDefault(key)).append(" | ")
          .append(key.documentation.replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }

  private static String shownDefault(ConfigDef.ConfigKey key) {
    if (!key.hasDefault() || key.defaultValue == null) {
      return "none";
    }
    if (key.type == ConfigDef.Type.PASSWORD) {
      return "[hidden]";
    }
    String shown = ConfigDef.convertToString(key.defaultValue, key.type);
    return shown == null || shown.isEmpty() ? "empty" : shown;
  }

  /** The settings of a properties file (none when {@code file} is null); an unreadable one names its option. */
  public static Map<String, String> readFile(Path file, String option) {
    Map<String, String> values = new HashMap<>();
    if (file == null) {
      return values;
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + option + " " + file, e);
    }
    properties.forEach((k, v) -> values.put(k.toString(), v.toString()));
    return values;
  }
}
