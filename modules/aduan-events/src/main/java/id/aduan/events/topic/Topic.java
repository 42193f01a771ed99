package id.aduan.events.topic;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with everything needed to use it correctly: its full name, the serdes of its keys and
 * values, the Avro contract of its values (none for raw topics such as the DLQ), and the partitions and
 * cleanup policy it should be created with.
 */
public record Topic<K, V>(
    String name,
    Serde<K> keySerde,
    Serde<V> valueSerde,
    Optional<Schema> valueSchema,
    int partitions,
    CleanupPolicy cleanupPolicy) {

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySerde, "keySerde");
    Objects.requireNonNull(valueSerde, "valueSerde");
    Objects.requireNonNull(valueSchema, "valueSchema");
    Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
    TopicNames.validate(name);
    if (partitions < 1) {
      throw new IllegalArgumentException("topic " + name + " needs at least one partition, not " + partitions);
    }
  }

  /** The registry subject of the values under the default topic name strategy. */
  public String valueSubject() {
    return name + "-value";
  }

  /** The topic-level configs to create it with. */
  public Map<String, String> configs() {
    return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy.configValue());
  }

  /** Whether each key keeps only its latest value (config and state topics). */
  public boolean compacted() {
    return cleanupPolicy == CleanupPolicy.COMPACT;
  }

  @Override
  public String toString() {
    return name;
  }

  /** How the broker cleans old records of a topic. */
  public enum CleanupPolicy {
    /** Events: kept for the retention period. */
    DELETE("delete"),
    /** Latest state per key: kept until a newer value or a tombstone replaces it. */
    COMPACT("compact");

    private final String configValue;

    CleanupPolicy(String configValue) {
      this.configValue = configValue;
    }

    public String configValue() {
      return configValue;
    }
  }
}
