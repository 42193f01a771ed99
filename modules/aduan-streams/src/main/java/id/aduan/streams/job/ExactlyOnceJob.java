package id.aduan.streams.job;

import id.aduan.streams.dlq.DeadLetterDeserializationHandler;
import id.aduan.streams.dlq.DeadLetterProcessingHandler;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings every Aduan job shares: exactly-once processing, dead letters through the error
 * handlers, acks from all replicas, reading a new group's inputs from the beginning. Connection, security and
 * serde settings come from the caller's client properties; a job adds what is its own.
 */
public final class ExactlyOnceJob {
  /** Milliseconds between commits, unless the settings give {@code commit.interval.ms}. */
  public static final int COMMIT_INTERVAL_MS = 100;

  private ExactlyOnceJob() {}

  public static Properties streamsConfig(Map<String, Object> clientProps, String applicationId, Path stateDir) {
    Properties props = new Properties();
    props.putAll(clientProps);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    // config records that cannot be processed must not stop the global thread either
    props.put("processing.exception.handler.global.enabled", true);
    props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
    // under exactly-once a record is visible downstream only once its transaction commits, so every hop
    // (a repartition topic, the output topic) waits up to one commit interval: Kafka's own exactly-once
    // default of 100 ms, not the 1 s tried earlier for throughput (p50 of 2 s from intake to the unit topic)
    props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
    // records wait for the commit's flush rather than go out as they come: a transaction's first send to a
    // partition is refused (CONCURRENT_TRANSACTIONS, and OUT_OF_ORDER_SEQUENCE_NUMBER for the batches behind it)
    // until the previous transaction's markers are written, and sending right after a commit met that every time
    props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    // a send that meets the previous transaction still closing (CONCURRENT_TRANSACTIONS) is retried at once,
    // not after the default 100 ms: with many output partitions per commit that wait dominated throughput
    props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 5);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    return props;
  }
}
