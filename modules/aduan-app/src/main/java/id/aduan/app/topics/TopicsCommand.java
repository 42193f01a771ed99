package id.aduan.app.topics;

import id.aduan.app.CommandGroup;
import id.aduan.app.ConnectionOptions;
import id.aduan.app.config.ConfigTopic;
import id.aduan.events.topic.TopicCatalogue;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Topic administration. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Create and align Aduan's topics.",
    subcommands = {TopicsCommand.Sync.class})
public final class TopicsCommand extends CommandGroup {

  @Command(
      name = "sync",
      mixinStandardHelpOptions = true,
      description = {
        "Create every catalogue topic and one topic per unit (published units and --unit), raise partition",
        "counts and set topic configs.",
        "Idempotent: a second run reports every topic unchanged. Never deletes topics or partitions."
      })
  static final class Sync implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec CommandSpec spec;

    @Option(
        names = "--replication-factor",
        description = "Replicas per partition (default: 3, or fewer when the cluster has fewer brokers).")
    Short replicationFactor;

    @Option(names = "--unit", paramLabel = "UNIT_ID", description = "Also create the topic of this unit (repeatable).")
    List<String> units = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      TopicCatalogue catalogue = connection.catalogue();
      try (Admin admin = Admin.create(connection.clientProps())) {
        short replication = replicationFactor != null ? replicationFactor : TopicPlans.defaultReplication(admin);
        TopicSynchronizer synchronizer = new TopicSynchronizer(admin);
        List<TopicSynchronizer.Change> changes = new ArrayList<>(synchronizer.sync(TopicPlans.catalogue(catalogue, replication)));
        Set<String> unitIds = new LinkedHashSet<>(units);
        unitIds.addAll(new ConfigTopic<>(catalogue.units(), connection.clientProps()).read().keySet());
        changes.addAll(synchronizer.sync(TopicPlans.units(catalogue, unitIds, replication)));
        changes.forEach(out::println);
        long attention = count(changes, TopicSynchronizer.Change.Kind.NEEDS_ATTENTION);
        out.printf("%d topics: %d created, %d altered, %d unchanged, %d need attention%n", changes.size(),
            count(changes, TopicSynchronizer.Change.Kind.CREATED), count(changes, TopicSynchronizer.Change.Kind.ALTERED),
            count(changes, TopicSynchronizer.Change.Kind.UNCHANGED), attention);
        out.flush();
        return attention == 0 ? 0 : 1;
      }
    }

    private static long count(List<TopicSynchronizer.Change> changes, TopicSynchronizer.Change.Kind kind) {
      return changes.stream().filter(c -> c.kind() == kind).count();
    }
  }
}
