package id.aduan.console.act;

import id.aduan.event.CaseUpdate;
import id.aduan.event.LabelledExample;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what people decide: a {@link CaseUpdate} on {@code cases.updates}, with the {@link
 * LabelledExample} it makes on {@code training.labels} in the same Kafka transaction, so that a label never
 * exists without its update nor the other way round. An action is answered only after its commit; after a
 * failure the producer is replaced (the new one, with the same transactional id, fences the old one and
 * aborts what it left open), so an action answered with an error never appears later. Each commit counts as
 * {@code aduan.console.updates.published} by {@code action}: the status the update asks for, or
 * {@code label_only} for a label without an update.
 */
public final class CasePublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CasePublisher.class);

  private final Topic<String, CaseUpdate> updates;
  private final Topic<String, LabelledExample> labels;
  private final Map<String, Object> producerProps;
  private final MeterRegistry registry;
  private KafkaProducer<byte[], byte[]> producer;

  public CasePublisher(TopicCatalogue topics, Map<String, Object> clientProps, String transactionalId, Duration timeout,
      MeterRegistry registry) {
    this.registry = registry;
    this.updates = topics.caseUpdates();
    this.labels = topics.trainingLabels();
    producerProps = new HashMap<>(clientProps);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
    producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    producerProps.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout.toMillis() / 2));
  }

  /** Publishes the update; throws {@link PublishException} when the broker did not take it. */
  public void publish(CaseUpdate update) {
    publish(update, null);
  }

  /** Publishes the update and the label, either of which may be null, atomically. */
  public synchronized void publish(CaseUpdate update, LabelledExample label) {
    try {
      KafkaProducer<byte[], byte[]> p = producer();
      p.beginTransaction();
      if (update != null) {
        p.send(record(updates, update.getComplaintId(), update));
      }
      if (label != null) {
        p.send(record(labels, label.getComplaintId(), label));
      }
      p.commitTransaction();
    } catch (KafkaException e) {
      LOG.warn("Publishing a decision on {} failed: {}",
          update != null ? update.getComplaintId() : label.getComplaintId(), e.toString());
      discard();
      throw new PublishException("the broker did not take the update: " + e.getMessage(), e);
    }
    Counter.builder("aduan.console.updates.published").description("Decisions published, by the status they ask for")
        .tag("action", update != null ? update.getStatus().name().toLowerCase(Locale.ROOT) : "label_only")
        .register(registry).increment();
  }

  private static <V> ProducerRecord<byte[], byte[]> record(Topic<String, V> topic, String key, V value) {
    return new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
        topic.valueSerde().serializer().serialize(topic.name(), value));
  }

  private KafkaProducer<byte[], byte[]> producer() {
    if (producer == null) {
      producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
      producer.initTransactions();
    }
    return producer;
  }

  private void discard() {
    if (producer != null) {
      try {
        producer.close(Duration.ZERO);
      } catch (RuntimeException ignored) {
        // replaced anyway
      }
      producer = null;
    }
  }

  @Override
  public synchronized void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }

  /** The update was not published; the person may try again. */
  public static final class PublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PublishException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
