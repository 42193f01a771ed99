package id.aduan.streams.job;

import id.aduan.event.CaseEscalated;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintRouted;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.DeadLetterHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The pipeline's counters, taken from what a job writes and reads rather than from inside its topology, so
 * topologies stay pure functions of their settings and need no change to be measured. A producer interceptor
 * sees every record a job sends (routed per unit, triage, duplicates, PII types found, model version, dead
 * letters per stage and exception, SLA breaches per level); a consumer interceptor counts surveys read.
 * Under exactly-once a record sent in a transaction that is then aborted is sent again: the counters count
 * sends, so after a failure they may run slightly ahead of what read_committed consumers see.
 *
 * <p>Labels are unit ids, stages, exception class names, PII type names, model versions and escalation
 * levels: configuration and code, never anything a citizen wrote.
 */
public final class PipelineCounters {
  /** The Streams config key under which the counters reach the interceptors Kafka instantiates. */
  static final String CONFIG = "aduan.pipeline.counters";

  private final MeterRegistry registry;
  private final TopicCatalogue topics;
  private final String unitTopicStart;
  private final Deserializer<ComplaintRouted> routed;
  private final Deserializer<ComplaintClassified> classified;
  private final Deserializer<CaseEscalated> escalated;

  public PipelineCounters(MeterRegistry registry, TopicCatalogue topics) {
    this.registry = registry;
    this.topics = topics;
    String sample = topics.unitTopicName("x");
    this.unitTopicStart = sample.substring(0, sample.length() - 1);
    this.routed = topics.complaintsRouted().valueSerde().deserializer();
    this.classified = topics.complaintsTriage().valueSerde().deserializer();
    this.escalated = topics.caseEscalations().valueSerde().deserializer();
  }

  /** Adds the interceptors to a job's Streams configuration. */
  public void install(Properties streamsConfig) {
    streamsConfig.put(StreamsConfig.producerPrefix(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG), OnSend.class.getName());
    streamsConfig.put(StreamsConfig.producerPrefix(CONFIG), this);
    streamsConfig.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.INTERCEPTOR_CLASSES_CONFIG), OnRead.class.getName());
    streamsConfig.put(StreamsConfig.mainConsumerPrefix(CONFIG), this);
  }

  void sent(String topic, Headers headers, byte[] value) {
    if (topic.equals(topics.complaintsDlq().name())) {
      registry.counter("aduan.dlq.records", "stage", header(headers, DeadLetterHeaders.STAGE),
          "exception", simpleName(header(headers, DeadLetterHeaders.EXCEPTION))).increment();
    } else if (topic.startsWith(unitTopicStart)) {
      registry.counter("aduan.router.routed", "unit", topic.substring(unitTopicStart.length())).increment();
    } else if (topic.equals(topics.complaintsRouted().name())) {
      classified(routed.deserialize(topic, value).getComplaint());
    } else if (topic.equals(topics.complaintsTriage().name())) {
      registry.counter("aduan.router.triage").increment();
      classified(classified.deserialize(topic, value));
    } else if (topic.equals(topics.caseEscalations().name())) {
      registry.counter("aduan.tracker.sla.breaches", "level", String.valueOf(escalated.deserialize(topic, value).getLevel()))
          .increment();
    }
  }

  void read(String topic, int records) {
    if (topic.equals(topics.surveyResponses().name())) {
      registry.counter("aduan.tracker.surveys").increment(records);
    }
  }

  private void classified(ComplaintClassified complaint) {
    registry.counter("aduan.router.classified", "model_version", String.valueOf(complaint.getModelVersion())).increment();
    if (complaint.getDuplicateOf() != null) {
      registry.counter("aduan.router.duplicates").increment();
    }
    complaint.getPiiTypes().forEach(type -> registry.counter("aduan.router.pii.findings", "type", type.toString()).increment());
  }

  private static String header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null ? "none" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static PipelineCounters from(Map<String, ?> configs) {
    Object counters = configs.get(CONFIG);
    if (!(counters instanceof PipelineCounters found)) {
      throw new IllegalStateException(CONFIG + " must hold the job's " + PipelineCounters.class.getSimpleName());
    }
    return found;
  }

  /** Counts what a job's producer sends; never changes a record and never fails a send. */
  public static final class OnSend implements ProducerInterceptor<byte[], byte[]> {
    private PipelineCounters counters;

    @Override
    public void configure(Map<String, ?> configs) {
      counters = from(configs);
    }

    @Override
    public ProducerRecord<byte[], byte[]> onSend(ProducerRecord<byte[], byte[]> record) {
      counters.sent(record.topic(), record.headers(), record.value());
      return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {}

    @Override
    public void close() {}
  }

  /** Counts what a job's main consumer reads. */
  public static final class OnRead implements ConsumerInterceptor<byte[], byte[]> {
    private PipelineCounters counters;

    @Override
    public void configure(Map<String, ?> configs) {
      counters = from(configs);
    }

    @Override
    public ConsumerRecords<byte[], byte[]> onConsume(ConsumerRecords<byte[], byte[]> records) {
      for (TopicPartition partition : records.partitions()) {
        counters.read(partition.topic(), records.records(partition).size());
      }
      return records;
    }

    @Override
    public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {}

    @Override
    public void close() {}
  }
}
