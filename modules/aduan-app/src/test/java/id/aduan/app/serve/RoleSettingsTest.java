package id.aduan.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.app.Aduan;
import id.aduan.ops.config.LayeredConfig;
import id.aduan.streams.tracker.TrackerSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The stream roles' settings through the one mechanism: a --config file under the options, every key in --help
 * with its environment variable, a bad value refused naming its key, and the README's tables generated from the
 * same definitions.
 */
class RoleSettingsTest {

  @Test
  void optionsWinOverTheConfigFileWhichWinsOverTheDefaults(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tracker.properties"),
        TrackerKeys.PUNCTUATE_INTERVAL + "=PT10S\n" + TrackerKeys.REOPEN_WINDOW + "=P5D\n");
    ServeTrackerCommand command = new ServeTrackerCommand();
    new CommandLine(command).parseArgs("--config", file.toString(), "--punctuate-interval", "PT5S");
    TrackerSettings settings = command.settings();
    assertEquals(Duration.ofSeconds(5), settings.punctuateInterval(), "the option wins");
    assertEquals(Duration.ofDays(5), settings.reopenWindow(), "the file wins over the default");
    assertEquals(TrackerSettings.DEFAULT_MANUAL_RESOLUTION, settings.manualResolution(), "the default stays");
  }

  @Test
  void aBadValueInTheFileIsRefusedNamingItsKey(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("router.properties"), RouterKeys.CONFIDENCE_THRESHOLD + "=1.5\n");
    StringWriter err = new StringWriter();
    CommandLine command = Aduan.commandLine();
    command.setErr(new PrintWriter(err, true));
    assertEquals(1, command.execute("serve", "router", "--config", file.toString(), "--metrics-port", "-1"));
    assertTrue(err.toString().contains("Cannot start the router") && err.toString().contains(RouterKeys.CONFIDENCE_THRESHOLD),
        err.toString());
  }

  @Test
  void helpListsEveryKeyWithItsEnvironmentVariable() {
    assertHelpLists("router", RouterKeys.DEFINITION);
    assertHelpLists("tracker", TrackerKeys.DEFINITION);
  }

  @Test
  void theReadmeCarriesTheGeneratedTables() throws Exception {
    String readme = Files.readString(Path.of("../../README.md"));
    for (ConfigDef definition : new ConfigDef[] {RouterKeys.DEFINITION, TrackerKeys.DEFINITION}) {
      String table = LayeredConfig.markdownTable(definition);
      assertTrue(readme.contains(table), "README.md lacks, or has an old version of, the table\n" + table);
    }
  }

  private static void assertHelpLists(String role, ConfigDef definition) {
    StringWriter out = new StringWriter();
    CommandLine command = Aduan.commandLine();
    command.setOut(new PrintWriter(out, true));
    assertEquals(0, command.execute("serve", role, "--help"));
    assertTrue(out.toString().contains("--config") && out.toString().contains("--metrics-port"), out.toString());
    for (String key : definition.names()) {
      assertTrue(out.toString().contains(key) && out.toString().contains(LayeredConfig.envName(key)),
          key + " missing from\n" + out);
    }
  }
}
