package id.aduan.app.intake;

import id.aduan.intake.config.IntakeConfig;
import id.aduan.ops.config.LayeredConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Intake's settings from the command line, layered over a settings file and the environment (see
 * {@link IntakeConfig}). Options left out do not override the lower layers.
 */
public final class IntakeOptions {
  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Kafka bootstrap servers (default localhost:9092).")
  String bootstrapServers;

  @Option(names = {"--schema-registry-url", "--registry-url"}, paramLabel = "URL",
      description = "Schema registry URL, http(s)://… or mock://scope (default http://localhost:8081).")
  String registryUrl;

  @Option(names = "--prefix", paramLabel = "PREFIX", description = "Topic name prefix (default aduan.).")
  String prefix;

  @Option(names = "--categories", paramLabel = "FILE", description = "Category file, YAML or JSON (default: the transport-agency starter).")
  Path categories;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file of settings: any key below, plus Kafka client settings (security.protocol, sasl.*, ssl.*).")
  Path configFile;

  @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE", description = "Any setting, e.g. -D intake.rate.limit.per.minute=60.")
  Map<String, String> settings = new HashMap<>();

  /** Defaults < --config file < environment < options. */
  public IntakeConfig resolve(Map<String, String> extraCommandLine) {
    Map<String, String> file = LayeredConfig.readFile(configFile, "--config");
    Map<String, String> commandLine = new HashMap<>(settings);
    put(commandLine, IntakeConfig.BOOTSTRAP_SERVERS, bootstrapServers);
    put(commandLine, IntakeConfig.SCHEMA_REGISTRY_URL, registryUrl);
    put(commandLine, IntakeConfig.TOPIC_PREFIX, prefix);
    put(commandLine, IntakeConfig.CATEGORIES_FILE, categories == null ? null : categories.toString());
    commandLine.putAll(extraCommandLine);
    return IntakeConfig.resolve(file, System.getenv(), commandLine);
  }

  static void put(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
