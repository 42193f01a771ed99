package id.aduan.streams.router;

import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.dlq.DeadLetterDeserializationHandler;
import id.aduan.streams.dlq.DeadLetterProcessingHandler;
import id.aduan.streams.router.classify.ComplaintAnalyzer;
import id.aduan.streams.router.classify.LoadedModel;
import id.aduan.streams.router.classify.ModelLoader;
import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.text.starter.TransportStarterModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the router topology: exactly-once processing, dead letters through the error handlers, a bounded
 * close. The application id is derived from the topic prefix so two deployments on one cluster never
 * share state.
 */
public final class RouterApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RouterApp.class);
  public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams streams;

  private RouterApp(KafkaStreams streams) {
    this.streams = streams;
  }

  /** Builds and starts the router. {@code clientProps} holds the connection and serde settings. */
  public static RouterApp start(Map<String, Object> clientProps, RouterSettings settings, LoadedModel startupModel, Path stateDir) {
    TopicCatalogue topics = TopicCatalogue.from(clientProps);
    Topology topology = RouterTopology.build(settings, topics, ComplaintAnalyzer.standard(), startupModel, Clock.systemUTC());
    KafkaStreams streams = new KafkaStreams(topology, streamsConfig(clientProps, topics.prefix(), stateDir));
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("Router stream thread failed; replacing it", e);
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    if (settings.contactKey().isGenerated()) {
      LOG.warn("No {} (or {} in the settings file): contacts are keyed under a secret generated now, so after a"
          + " restart complaints sent with a contact are no longer linked to earlier ones", ContactKey.SECRET_ENV,
          ContactKey.SECRET_CONFIG);
    }
    streams.start();
    LOG.info("Router started as {} with model {}", applicationId(topics.prefix()), startupModel.version());
    return new RouterApp(streams);
  }

  public static String applicationId(String prefix) {
    return prefix + "router";
  }

  static Properties streamsConfig(Map<String, Object> clientProps, String prefix, Path stateDir) {
    Properties props = new Properties();
    props.putAll(clientProps);
    // the router's own secret is no client setting: keep it out of every client's configuration
    props.remove(ContactKey.SECRET_CONFIG);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId(prefix));
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    // config records that cannot be processed must not stop the global thread either
    props.put("processing.exception.handler.global.enabled", true);
    props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
    // each commit is a transaction over every output partition; fewer, larger ones keep throughput up
    props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
    // a send that meets the previous transaction still closing (CONCURRENT_TRANSACTIONS) is retried at once,
    // not after the default 100 ms: with many output partitions per commit that wait dominated throughput
    props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 5);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    return props;
  }

  /** The model given as a file, or the transport starter model shipped with the text engine. */
  public static LoadedModel startupModel(Path modelFile) {
    try {
      if (modelFile != null) {
        return ModelLoader.fromFile(modelFile);
      }
      try (InputStream in = TransportStarterModel.class.getResourceAsStream(TransportStarterModel.MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the starter model is missing from the text engine's jar");
        }
        return ModelLoader.fromBytes(in.readAllBytes(), TransportStarterModel.MODEL_RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the classifier model " + modelFile, e);
    }
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    streams.close(CLOSE_TIMEOUT);
  }
}
