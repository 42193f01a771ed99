package id.aduan.streams.dlq;

import id.aduan.events.topic.TopicCatalogue;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Where the handlers send dead letters (the catalogue's DLQ topic under the configured prefix) and how large
 * one may be: a dead letter the producer refuses would fail the transaction and bring the same record back
 * for ever, so every dead letter is made to fit the job's own producer limit.
 */
final class DeadLetterConfig {
  /** The broker's default {@code message.max.bytes}: a larger batch is refused even if the producer sends it. */
  static final int BROKER_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

  private DeadLetterConfig() {}

  static String dlqTopic(Map<String, ?> configs) {
    Object prefix = configs.get(TopicCatalogue.PREFIX_CONFIG);
    return (prefix == null ? TopicCatalogue.DEFAULT_PREFIX : prefix.toString()) + "complaints.dlq";
  }

  /** The largest dead letter the job's producer sends: its {@code max.request.size}, at most the broker default. */
  static int maxRecordBytes(Map<String, ?> configs) {
    Object configured = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
    if (configured == null) {
      configured = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    }
    int producerLimit = configured == null ? 1_048_576 : Integer.parseInt(configured.toString().strip());
    return Math.min(producerLimit, BROKER_DEFAULT_MAX_MESSAGE_BYTES);
  }
}
