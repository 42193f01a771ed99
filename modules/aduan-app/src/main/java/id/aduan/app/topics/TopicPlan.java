package id.aduan.app.topics;

import java.util.Map;

/** One topic as it should exist: name, partitions, replication and topic-level configs. */
public record TopicPlan(String name, int partitions, short replicationFactor, Map<String, String> configs) {
  public TopicPlan {
    configs = Map.copyOf(configs);
  }
}
