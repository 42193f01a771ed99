package id.aduan.ops.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults &lt; file &lt; environment &lt; command line, over one definition per role. */
class LayeredConfigTest {
  private static final ConfigDef ROLE = new ConfigDef()
      .define("role.threshold", Type.DOUBLE, 0.6, Importance.HIGH, "Below this a thing goes to triage.")
      .define("role.window", Type.STRING, "PT24H", Importance.MEDIUM, "How far back to look.")
      .define("role.name", Type.STRING, "router", Importance.LOW, "A name.")
      .define("role.secret", Type.PASSWORD, null, Importance.HIGH, "Secret of the keyed hash.");

  @Test
  void laterLayersWinAndUnknownKeysGoToTheClients(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("role.properties"),
        "role.threshold=0.7\nrole.window=PT1H\nrole.name=from-file\nsasl.mechanism=PLAIN\n");
    LayeredConfig config = LayeredConfig.resolve(ROLE, file,
        Map.of("ADUAN_ROLE_WINDOW", "PT2H", "ADUAN_ROLE_NAME", "from-env", "HOME", "/root", "ADUAN_ROLE_SECRET", "s3cret-value"),
        Map.of("role.name", "from-command-line", "bootstrap.servers", "broker:9092"));
    assertEquals(0.7, config.getDouble("role.threshold"), "file over default");
    assertEquals("PT2H", config.getString("role.window"), "environment over file");
    assertEquals("from-command-line", config.getString("role.name"), "command line over environment");
    assertEquals("s3cret-value", config.getPassword("role.secret").value());
    assertEquals(Map.of("sasl.mechanism", "PLAIN", "bootstrap.servers", "broker:9092"), config.clientProps());
    assertFalse(config.getPassword("role.secret").toString().contains("s3cret"), "a password prints as hidden");
  }

  @Test
  void aValueOfTheWrongTypeNamesItsKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> LayeredConfig.resolve(ROLE, null, Map.of("ADUAN_ROLE_THRESHOLD", "high"), Map.of()));
    assertTrue(e.getMessage().contains("role.threshold"), e.getMessage());
  }

  @Test
  void helpAndReadmeTableListEveryKeyWithItsEnvironmentVariable() {
    String help = LayeredConfig.describe(ROLE);
    String table = LayeredConfig.markdownTable(ROLE);
    for (String key : ROLE.names()) {
      assertTrue(help.contains(key) && help.contains(LayeredConfig.envName(key)), key + " in\n" + help);
      assertTrue(table.contains("`" + key + "`"), key + " in\n" + table);
    }
    assertEquals("ADUAN_TOPIC_PREFIX", LayeredConfig.envName("aduan.topic.prefix"));
    assertTrue(table.contains("| `role.threshold` | `ADUAN_ROLE_THRESHOLD` | double | 0.6 |"), table);
  }
}
