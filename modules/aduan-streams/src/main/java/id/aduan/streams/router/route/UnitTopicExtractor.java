package id.aduan.streams.router.route;

import id.aduan.event.ComplaintRouted;
import id.aduan.events.topic.TopicCatalogue;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/** Sends each routed complaint to its unit's own topic. */
public final class UnitTopicExtractor implements TopicNameExtractor<String, ComplaintRouted> {
  private final TopicCatalogue topics;

  public UnitTopicExtractor(TopicCatalogue topics) {
    this.topics = topics;
  }

  @Override
  public String extract(String key, ComplaintRouted complaint, RecordContext context) {
    return topics.unitTopicName(complaint.getUnitId());
  }

  @Override
  public String toString() {
    return "unit topics " + topics.prefix() + TopicCatalogue.UNIT_TOPIC_PREFIX + "<unitId>";
  }
}
