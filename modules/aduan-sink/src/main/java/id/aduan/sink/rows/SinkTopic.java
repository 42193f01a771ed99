package id.aduan.sink.rows;

import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.sink.db.SqlBatch;
import java.sql.SQLException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/** A topic the sink reads, with the deserializers of its records and the rows they become. */
public final class SinkTopic<V> {
  private final Topic<String, V> topic;
  private final TopicRows<V> rows;
  private final Deserializer<String> keys;
  private final Deserializer<V> values;

  SinkTopic(Topic<String, V> topic, TopicRows<V> rows) {
    this.topic = topic;
    this.rows = rows;
    this.keys = topic.keySerde().deserializer();
    this.values = topic.valueSerde().deserializer();
  }

  /** Every topic the sink stores, in the catalogue's names. */
  public static List<SinkTopic<?>> all(TopicCatalogue topics) {
    return List.of(
        new SinkTopic<>(topics.caseState(), new CaseRows()),
        new SinkTopic<>(topics.caseEscalations(), new EscalationRows()),
        new SinkTopic<>(topics.surveyResponses(), new SurveyRows()),
        new SinkTopic<>(topics.resolutionMetrics(), new ResolutionRows()),
        new SinkTopic<>(topics.unitMetrics(), new UnitMetricsRows()));
  }

  public String name() {
    return topic.name();
  }

  /**
   * Decodes a record into what it adds to a batch. Throws a {@code SerializationException} for bytes that are
   * not a record of this topic's contract.
   */
  public Rows decode(ConsumerRecord<byte[], byte[]> record) {
    String key = record.key() == null ? null : keys.deserialize(record.topic(), record.headers(), record.key());
    V value = record.value() == null ? null : values.deserialize(record.topic(), record.headers(), record.value());
    return batch -> rows.add(batch, key, value, record.partition(), record.offset());
  }

  /** The rows of one decoded record. */
  @FunctionalInterface
  public interface Rows {
    void addTo(SqlBatch batch) throws SQLException;
  }
}
