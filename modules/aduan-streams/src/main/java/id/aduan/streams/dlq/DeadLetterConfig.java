package id.aduan.streams.dlq;

import id.aduan.events.topic.TopicCatalogue;
import java.util.Map;

/** Where the handlers send dead letters: the catalogue's DLQ topic under the configured prefix. */
final class DeadLetterConfig {
  private DeadLetterConfig() {}

  static String dlqTopic(Map<String, ?> configs) {
    Object prefix = configs.get(TopicCatalogue.PREFIX_CONFIG);
    return (prefix == null ? TopicCatalogue.DEFAULT_PREFIX : prefix.toString()) + "complaints.dlq";
  }
}
