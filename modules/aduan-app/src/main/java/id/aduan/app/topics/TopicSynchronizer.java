package id.aduan.app.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Brings the cluster's topics in line with a plan: creates missing topics, raises partition counts and
 * sets differing topic configs. It never deletes a topic or lowers a partition count (both lose data or
 * break key placement); it reports those differences instead. Running it twice changes nothing.
 */
public final class TopicSynchronizer {
  private static final long TIMEOUT_SECONDS = 60;

  /** What happened to one topic, in words for the operator. */
  public record Change(String topic, Kind kind, String detail) {
    public enum Kind { CREATED, ALTERED, UNCHANGED, NEEDS_ATTENTION }

    @Override
    public String toString() {
      return String.format("%-16s %s%s", kind.name().toLowerCase().replace('_', ' '), topic, detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  private final Admin admin;

  public TopicSynchronizer(Admin admin) {
    this.admin = admin;
  }

  public List<Change> sync(Collection<TopicPlan> plans) {
    try {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<Change> changes = new ArrayList<>();
      List<TopicPlan> missing = plans.stream().filter(p -> !existing.contains(p.name())).toList();
      List<TopicPlan> present = new ArrayList<>(plans.stream().filter(p -> existing.contains(p.name())).toList());
      if (!missing.isEmpty()) {
        Map<String, KafkaFuture<Void>> created =
            admin
                .createTopics(
                    missing.stream()
                        .map(p -> new NewTopic(p.name(), p.partitions(), p.replicationFactor()).configs(p.configs()))
                        .toList())
                .values();
        for (TopicPlan plan : missing) {
          try {
            created.get(plan.name()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            changes.add(
                new Change(plan.name(), Change.Kind.CREATED,
                    plan.partitions() + " partitions, replication " + plan.replicationFactor() + ", " + plan.configs()));
          } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
              throw e;
            }
            // created meanwhile, or not yet in the listing we read: align it like any existing topic
            present.add(plan);
          }
        }
      }
      if (!present.isEmpty()) {
        changes.addAll(reconcile(present));
      }
      awaitLeaders(plans.stream().map(TopicPlan::name).toList());
      return changes;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka refused the topic changes: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** Waits until every partition has a leader, so that clients started next can use the topics. */
  private void awaitLeaders(List<String> names) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      try {
        Map<String, TopicDescription> described =
            admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (described.values().stream().flatMap(d -> d.partitions().stream())
            .allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
          return;
        }
      } catch (ExecutionException stillPropagating) {
        // new topics reach every broker's metadata a moment after creation
      }
      Thread.sleep(100);
    }
    throw new TimeoutException("topics " + names + " have no leader after " + TIMEOUT_SECONDS + " s");
  }

  private List<Change> reconcile(List<TopicPlan> plans)
      throws InterruptedException, ExecutionException, TimeoutException {
    Set<String> names = plans.stream().map(TopicPlan::name).collect(Collectors.toSet());
    Map<String, TopicDescription> descriptions =
        admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<ConfigResource, Config> configs =
        admin
            .describeConfigs(names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList())
            .all()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    List<Change> changes = new ArrayList<>();
    Map<String, NewPartitions> partitionIncreases = new HashMap<>();
    Map<ConfigResource, Collection<AlterConfigOp>> configChanges = new HashMap<>();
    for (TopicPlan plan : plans) {
      List<String> done = new ArrayList<>();
      List<String> attention = new ArrayList<>();
      int current = descriptions.get(plan.name()).partitions().size();
      if (current < plan.partitions()) {
        partitionIncreases.put(plan.name(), NewPartitions.increaseTo(plan.partitions()));
        done.add("partitions " + current + " → " + plan.partitions());
      } else if (current > plan.partitions()) {
        attention.add("has " + current + " partitions, plan says " + plan.partitions() + "; partitions are never removed");
      }
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, plan.name());
      List<AlterConfigOp> ops = new ArrayList<>();
      for (Map.Entry<String, String> wanted : plan.configs().entrySet()) {
        ConfigEntry actual = configs.get(resource).get(wanted.getKey());
        String actualValue = actual == null ? null : actual.value();
        if (!wanted.getValue().equals(actualValue)) {
          ops.add(new AlterConfigOp(new ConfigEntry(wanted.getKey(), wanted.getValue()), AlterConfigOp.OpType.SET));
          done.add(wanted.getKey() + " " + actualValue + " → " + wanted.getValue());
        }
      }
      if (!ops.isEmpty()) {
        configChanges.put(resource, ops);
      }
      if (!attention.isEmpty()) {
        changes.add(new Change(plan.name(), Change.Kind.NEEDS_ATTENTION, String.join("; ", attention)));
      } else if (!done.isEmpty()) {
        changes.add(new Change(plan.name(), Change.Kind.ALTERED, String.join("; ", done)));
      } else {
        changes.add(new Change(plan.name(), Change.Kind.UNCHANGED, ""));
      }
    }
    if (!partitionIncreases.isEmpty()) {
      admin.createPartitions(partitionIncreases).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    if (!configChanges.isEmpty()) {
      admin.incrementalAlterConfigs(configChanges).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    return changes;
  }
}
