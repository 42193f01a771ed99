package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
class ConfigCommandsTest {
  private static final Path STARTER = Path.of(System.getProperty("aduan.project.root", "../..")).resolve("config/dinas-perhubungan.yaml");
  private final KafkaCluster kafka;
  private final SchemaRegistry registry;
  private final String prefix = KafkaCluster.uniqueName("config") + ".";

  ConfigCommandsTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
    CommandRun sync = run("topics", "sync");
    assertEquals(0, sync.exitCode(), sync.out() + sync.err());
  }

  @Test
  void starterConfigurationLoadsAndReloadingChangesNothing() throws Exception {
    CommandRun units = run("units", "load", STARTER.toString());
    assertEquals(0, units.exitCode(), units.err());
    assertTrue(units.out().contains("units: 10 added"), units.out());
    assertTrue(units.out().contains("created          " + prefix + "unit.lalin"), units.out());
    assertTrue(units.out().contains("created          " + prefix + "unit.pupr"), units.out());

    CommandRun rules = run("rules", "load", STARTER.toString());
    assertEquals(0, rules.exitCode(), rules.err());
    assertTrue(rules.out().contains("rules: 15 added"), rules.out());

    CommandRun again = run("rules", "load", STARTER.toString());
    assertTrue(again.out().contains("0 added [], 0 changed [], 0 removed [], 15 unchanged"), again.out());

    CommandRun list = run("rules", "list");
    assertTrue(list.out().lines().anyMatch(l -> l.matches("parkir-palembang\\s+1\\s+50\\s+parkir\\s+1671.*dishub-palembang.*")), list.out());
    assertTrue(list.out().contains("15 rule(s)"), list.out());
    assertTrue(run("units", "list").out().contains("10 unit(s)"));
  }

  @Test
  void aChangedRuleGetsTheNextVersionAndAMissingOneIsRemoved(@TempDir Path dir) throws Exception {
    assertEquals(0, run("units", "load", STARTER.toString()).exitCode());
    assertEquals(0, run("rules", "load", STARTER.toString()).exitCode());
    String edited = Files.readString(STARTER)
        .replace("  - id: kemacetan\n    priority: 10", "  - id: kemacetan\n    priority: 11")
        .replace("  - id: odol\n    priority: 10\n    category: odol\n    unit: bptd\n", "");
    Path file = Files.writeString(dir.resolve("edited.yaml"), edited);
    CommandRun run = run("rules", "load", file.toString());
    assertTrue(run.out().contains("0 added [], 1 changed [kemacetan], 1 removed [odol], 13 unchanged"), run.out() + run.err());
    String list = run("rules", "list").out();
    assertTrue(list.lines().anyMatch(l -> l.matches("kemacetan\\s+2\\s+11 .*")), list);
    assertTrue(list.contains("14 rule(s)") && !list.contains("odol "), list);
  }

  @Test
  void anInvalidFileIsRefusedWithLineNumbersAndNothingIsPublished(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), String.join("\n",
        "units:",
        "  - id: lalin",
        "    name: Bidang Lalu Lintas",
        "    agency: Dishub",
        "rules:",
        "  - id: a",
        "    unit: lalin",
        "    channel: FAX",
        "  - id: a",
        "    unit: nobody",
        "    priority: high",
        "    colour: red",
        ""));
    CommandRun run = run("rules", "load", file.toString());
    assertEquals(1, run.exitCode());
    List<String> expected = List.of(
        "line 6: rule a: channel must be one of",
        "line 9: rule a: id is defined twice",
        "line 9: rule a: unit 'nobody' is not defined",
        "line 9: rule a: priority must be a whole number, not 'high'",
        "line 9: rule a: unknown field 'colour'");
    for (String problem : expected) {
      assertTrue(run.err().contains(problem), "missing \"" + problem + "\" in:\n" + run.err());
    }
    assertTrue(run("rules", "list").out().contains("0 rule(s)"));

    Path broken = Files.writeString(dir.resolve("broken.yaml"), "rules:\n  - id: x\n    unit: [oops\n");
    CommandRun syntax = run("rules", "load", broken.toString());
    assertEquals(1, syntax.exitCode());
    assertTrue(syntax.err().contains("line 4"), syntax.err());
  }

  private CommandRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(), "--prefix", prefix));
    return CommandRun.of(all.toArray(String[]::new));
  }
}
