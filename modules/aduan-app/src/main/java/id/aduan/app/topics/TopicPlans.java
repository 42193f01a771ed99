package id.aduan.app.topics;

import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/** The topics a deployment should have: the catalogue's, and one per unit. */
public final class TopicPlans {
  private TopicPlans() {}

  public static List<TopicPlan> catalogue(TopicCatalogue catalogue, short replication) {
    return catalogue.all().stream().map(t -> plan(t, replication)).toList();
  }

  public static List<TopicPlan> units(TopicCatalogue catalogue, Collection<String> unitIds, short replication) {
    return unitIds.stream().distinct().map(id -> plan(catalogue.unit(id), replication)).toList();
  }

  /** Three replicas, or as many as there are brokers when there are fewer. */
  public static short defaultReplication(Admin admin) {
    try {
      int brokers = admin.describeCluster().nodes().get(60, TimeUnit.SECONDS).size();
      return (short) Math.max(1, Math.min(3, brokers));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot reach Kafka to count its brokers: " + e.getMessage(), e);
    }
  }

  private static TopicPlan plan(Topic<?, ?> topic, short replication) {
    return new TopicPlan(topic.name(), topic.partitions(), replication, topic.configs());
  }
}
