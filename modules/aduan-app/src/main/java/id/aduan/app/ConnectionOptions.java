package id.aduan.app;

import id.aduan.events.topic.TopicCatalogue;
import id.aduan.ops.config.LayeredConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * Where the cluster and the schema registry are, shared by every command that talks to them. Each option
 * falls back to an environment variable, then to a local default; {@code --command-config} adds client
 * properties (SASL, TLS, registry credentials) as Kafka's own tools do.
 */
public final class ConnectionOptions {
  @Option(
      names = "--bootstrap-servers",
      defaultValue = "${env:ADUAN_BOOTSTRAP_SERVERS:-localhost:9092}",
      description = "Kafka bootstrap servers (default: $ADUAN_BOOTSTRAP_SERVERS, else ${DEFAULT-VALUE}).")
  String bootstrapServers;

  @Option(
      names = "--registry-url",
      defaultValue = "${env:ADUAN_SCHEMA_REGISTRY_URL:-http://localhost:8081}",
      description = "Schema registry URL, http(s)://… or mock://scope (default: $ADUAN_SCHEMA_REGISTRY_URL, else ${DEFAULT-VALUE}).")
  String registryUrl;

  @Option(
      names = "--prefix",
      defaultValue = "${env:ADUAN_TOPIC_PREFIX:-" + TopicCatalogue.DEFAULT_PREFIX + "}",
      description = "Topic name prefix (default: $ADUAN_TOPIC_PREFIX, else ${DEFAULT-VALUE}).")
  String prefix;

  @Option(
      names = "--command-config",
      description = "A properties file of extra client settings (security.protocol, sasl.*, ssl.*, basic.auth.*, …).")
  Path commandConfig;

  /** Client properties: the command-config file first, then the options, which win. */
  public Map<String, Object> clientProps() {
    Map<String, Object> props = new HashMap<>(LayeredConfig.readFile(commandConfig, "--command-config"));
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put("schema.registry.url", registryUrl);
    props.put(TopicCatalogue.PREFIX_CONFIG, prefix);
    return props;
  }

  public TopicCatalogue catalogue() {
    return TopicCatalogue.from(clientProps());
  }

  /** A topic given with or without the deployment prefix. */
  public String topicName(String name) {
    return name.startsWith(prefix) ? name : prefix + name;
  }
}
