package id.aduan.streams.router;

import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.job.ExactlyOnceJob;
import id.aduan.streams.job.PipelineCounters;
import id.aduan.streams.job.StreamsRunner;
import id.aduan.streams.router.classify.ComplaintAnalyzer;
import id.aduan.streams.router.classify.LoadedModel;
import id.aduan.streams.router.classify.ModelLoader;
import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.text.starter.TransportStarterModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the router topology: exactly-once processing, dead letters through the error handlers, a bounded
 * close, and a failure that stops the job (see {@link StreamsRunner}). The application id is derived from the
 * topic prefix so two deployments on one cluster never share state.
 */
public final class RouterApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RouterApp.class);
  public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final StreamsRunner runner;

  private RouterApp(StreamsRunner runner) {
    this.runner = runner;
  }

  /** Builds and starts the router, its meters kept to itself. */
  public static RouterApp start(Map<String, Object> clientProps, RouterSettings settings, LoadedModel startupModel, Path stateDir) {
    return start(clientProps, settings, startupModel, stateDir, new SimpleMeterRegistry());
  }

  /** Builds and starts the router. {@code clientProps} holds the connection and serde settings. */
  public static RouterApp start(Map<String, Object> clientProps, RouterSettings settings, LoadedModel startupModel,
      Path stateDir, MeterRegistry registry) {
    TopicCatalogue topics = TopicCatalogue.from(clientProps);
    Topology topology = RouterTopology.build(settings, topics, ComplaintAnalyzer.standard(), startupModel, Clock.systemUTC());
    Properties config = streamsConfig(clientProps, topics.prefix(), stateDir);
    new PipelineCounters(registry, topics).install(config);
    if (settings.contactKey().isGenerated()) {
      LOG.warn("No {} (or {} in the settings file): contacts are keyed under a secret generated now, so after a"
          + " restart complaints sent with a contact are no longer linked to earlier ones", ContactKey.SECRET_ENV,
          ContactKey.SECRET_CONFIG);
    }
    StreamsRunner runner = StreamsRunner.start("router", topology, config, CLOSE_TIMEOUT, registry, e -> { });
    LOG.info("Router started as {} with model {}", applicationId(topics.prefix()), startupModel.version());
    return new RouterApp(runner);
  }

  public static String applicationId(String prefix) {
    return prefix + "router";
  }

  static Properties streamsConfig(Map<String, Object> clientProps, String prefix, Path stateDir) {
    Properties props = ExactlyOnceJob.streamsConfig(clientProps, applicationId(prefix), stateDir);
    // the router's own secret is no client setting: keep it out of every client's configuration
    props.remove(ContactKey.SECRET_CONFIG);
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
    return runner.state();
  }

  /** The running job: its end, its failure and its readiness. */
  public StreamsRunner runner() {
    return runner;
  }

  @Override
  public void close() {
    runner.close();
  }
}
