package id.aduan.app.serve;

import id.aduan.ops.config.LayeredConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * A role's settings file and how its options layer over it: the role's {@link ConfigDef} defaults &lt; {@code
 * --config} &lt; {@code ADUAN_*} environment &lt; options (see {@link LayeredConfig}).
 */
public final class RoleConfigOption {
  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file of this role's settings (keys below) and Kafka client settings (sasl.*, ssl.*, …).")
  Path file;

  /** Options given on the command line, by key; those left out do not override the lower layers. */
  static final class CommandLineValues {
    private final Map<String, String> values = new HashMap<>();

    CommandLineValues put(String key, Object value) {
      if (value != null) {
        values.put(key, value.toString());
      }
      return this;
    }
  }

  LayeredConfig resolve(ConfigDef definition, CommandLineValues commandLine) {
    return LayeredConfig.resolve(definition, file, System.getenv(), commandLine.values);
  }

  /** Lists a role's keys under --help, from the definition the role reads. */
  abstract static class SettingsFooter implements CommandLine.IModelTransformer {
    private final ConfigDef definition;

    SettingsFooter(ConfigDef definition) {
      this.definition = definition;
    }

    @Override
    public CommandSpec transform(CommandSpec command) {
      command.usageMessage().footer("", "Settings (defaults < --config file < environment ADUAN_* < options):",
          LayeredConfig.describe(definition));
      return command;
    }
  }
}
