package id.aduan.events.serde;

import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/** How a topic and a record schema map to a registry subject, as in Confluent's serdes. */
public enum SubjectNameStrategy {
  /** {@code <topic>-key} or {@code <topic>-value}: one record type per topic (the default). */
  TOPIC("TopicNameStrategy"),
  /** The record's full name: the same type in many topics shares one history. */
  RECORD("RecordNameStrategy"),
  /** {@code <topic>-<record full name>}: several record types in one topic, each with its own history. */
  TOPIC_RECORD("TopicRecordNameStrategy");

  private final String confluentName;

  SubjectNameStrategy(String confluentName) {
    this.confluentName = confluentName;
  }

  public String subject(String topic, boolean isKey, Schema schema) {
    return switch (this) {
      case TOPIC -> topic + (isKey ? "-key" : "-value");
      case RECORD -> schema.getFullName();
      case TOPIC_RECORD -> topic + "-" + schema.getFullName();
    };
  }

  /**
   * Accepts our names ({@code topic}, {@code record}, {@code topic_record}) as well as Confluent's class
   * names, so that configuration written for Confluent's serdes works unchanged.
   */
  public static SubjectNameStrategy parse(String key, String value) {
    String simple = value.substring(value.lastIndexOf('.') + 1).trim();
    for (SubjectNameStrategy strategy : values()) {
      if (strategy.confluentName.equals(simple) || strategy.name().equals(simple.toUpperCase(Locale.ROOT).replace('-', '_'))) {
        return strategy;
      }
    }
    throw new ConfigException(key, value, "must be TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy");
  }
}
