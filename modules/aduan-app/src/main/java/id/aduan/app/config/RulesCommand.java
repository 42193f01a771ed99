package id.aduan.app.config;

import id.aduan.app.CommandGroup;
import id.aduan.app.ConnectionOptions;
import id.aduan.event.RoutingRule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Routing rules: publish a file of them, or list what the router uses now. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Publish or list the routing rules (the compacted config.routing-rules topic).",
    subcommands = {RulesCommand.Load.class, RulesCommand.ListRules.class})
public final class RulesCommand extends CommandGroup {

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description = {
        "Make the published rules exactly those of FILE (YAML, see the README): new rules are added, changed",
        "ones get the next version, rules not in the file are removed. An invalid file is refused with the",
        "line of each problem and nothing is published. Units are checked against the published units and",
        "the file's own units: section."
      })
  static final class Load implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "YAML file with a rules: section.")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and print what would change; publish nothing.")
    boolean dryRun;

    @Option(names = "--author", defaultValue = "${sys:user.name}", description = "Recorded as updatedBy (default: ${DEFAULT-VALUE}).")
    String author;

    @Override
    public Integer call() {
      var catalogue = connection.catalogue();
      ConfigTopic<RoutingRule> topic = new ConfigTopic<>(catalogue.routingRules(), connection.clientProps());
      Set<String> published = new ConfigTopic<>(catalogue.units(), connection.clientProps()).read().keySet();
      return ConfigPublisher.publish(file, "rules", dryRun, topic,
          config -> {
            Set<String> units = new HashSet<>(published);
            UnitDefinitions.read(config, Instant.now()).forEach(u -> units.add(u.getUnitId()));
            return RuleDefinitions.read(config, units, Instant.now(), author);
          },
          ConfigChanges::forRules, spec.commandLine().getOut(), spec.commandLine().getErr(), rules -> {});
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the published rules, highest priority first.")
  static final class ListRules implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      var rules = new ConfigTopic<>(connection.catalogue().routingRules(), connection.clientProps()).read().values()
          .stream()
          .sorted(java.util.Comparator.comparingInt(RoutingRule::getPriority).reversed().thenComparing(RoutingRule::getRuleId))
          .toList();
      out.printf("%-24s %4s %8s %-22s %-8s %-14s %-16s %s%n", "RULE", "VER", "PRIORITY", "CATEGORY", "REGION", "CHANNEL",
          "UNIT", "HOURS (FIRST/RESOLVE)");
      for (RoutingRule r : rules) {
        out.printf("%-24s %4d %8d %-22s %-8s %-14s %-16s %d/%d%s%n", r.getRuleId(), r.getVersion(), r.getPriority(),
            orAny(r.getCategory()), orAny(r.getRegionPrefix()), r.getChannel() == null ? "*" : r.getChannel(),
            r.getUnitId(), r.getFirstResponseHours(), r.getResolutionHours(), r.getEnabled() ? "" : " (disabled)");
      }
      out.println(rules.size() + " rule(s)");
      out.flush();
      return 0;
    }

    private static String orAny(String value) {
      return value == null ? "*" : value;
    }
  }
}
