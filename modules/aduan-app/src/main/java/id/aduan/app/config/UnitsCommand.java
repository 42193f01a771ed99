package id.aduan.app.config;

import id.aduan.app.CommandGroup;
import id.aduan.app.ConnectionOptions;
import id.aduan.app.topics.TopicPlans;
import id.aduan.app.topics.TopicSynchronizer;
import id.aduan.event.Unit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Units: publish a file of them (and create their topics), or list them. */
@Command(
    name = "units",
    mixinStandardHelpOptions = true,
    description = "Publish or list the units (the compacted config.units topic).",
    subcommands = {UnitsCommand.Load.class, UnitsCommand.ListUnits.class})
public final class UnitsCommand extends CommandGroup {

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description = {
        "Make the published units exactly those of FILE (YAML, see the README) and create each unit's topic.",
        "An invalid file is refused with the line of each problem and nothing is published."
      })
  static final class Load implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "YAML file with a units: section.")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and print what would change; publish nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
      ConfigTopic<Unit> topic = new ConfigTopic<>(connection.catalogue().units(), connection.clientProps());
      PrintWriter out = spec.commandLine().getOut();
      return ConfigPublisher.publish(file, "units", dryRun, topic, config -> UnitDefinitions.read(config, Instant.now()),
          ConfigChanges::forUnits, out, spec.commandLine().getErr(),
          units -> UnitTopics.sync(connection, units.stream().map(Unit::getUnitId).toList()).forEach(out::println));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the published units.")
  static final class ListUnits implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      var units = new ConfigTopic<>(connection.catalogue().units(), connection.clientProps()).read().values();
      out.printf("%-18s %-40s %-10s %s%n", "UNIT", "NAME", "EXTERNAL", "AGENCY");
      for (Unit u : units) {
        out.printf("%-18s %-40s %-10s %s%n", u.getUnitId(), u.getName(), u.getExternal() ? "yes" : "", u.getAgency());
      }
      out.println(units.size() + " unit(s)");
      out.flush();
      return 0;
    }
  }

  /** Unit topics follow the units: creating them here saves a separate `topics sync` after each change. */
  static final class UnitTopics {
    private UnitTopics() {}

    static List<TopicSynchronizer.Change> sync(ConnectionOptions connection, List<String> unitIds) {
      try (Admin admin = Admin.create(connection.clientProps())) {
        short replication = TopicPlans.defaultReplication(admin);
        return new TopicSynchronizer(admin).sync(TopicPlans.units(connection.catalogue(), unitIds, replication));
      }
    }
  }
}
