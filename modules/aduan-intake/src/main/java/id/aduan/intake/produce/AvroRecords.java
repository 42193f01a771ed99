package id.aduan.intake.produce;

import id.aduan.events.topic.Topic;
import id.aduan.intake.submit.IntakeUnavailableException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One event as the committer takes it: serialised on the request's thread, so that a registry outage fails
 * that request with 503 instead of a transaction.
 */
public final class AvroRecords {
  private AvroRecords() {}

  public static <V> ProducerRecord<byte[], byte[]> record(Topic<String, V> topic, String key, V value) {
    try {
      byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
      return new ProducerRecord<>(topic.name(), key.getBytes(StandardCharsets.UTF_8), bytes);
    } catch (RuntimeException e) {
      throw new IntakeUnavailableException("The schema registry is unavailable; nothing was stored", e);
    }
  }
}
