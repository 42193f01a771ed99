package id.aduan.streams.tracker;

import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.job.ExactlyOnceJob;
import id.aduan.streams.job.PipelineCounters;
import id.aduan.streams.job.StreamsRunner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the tracker topology: exactly-once processing, dead letters through the error handlers, a bounded
 * close. A stream thread that fails on something other than a bad record stops the job (see
 * {@link StreamsRunner}), and the {@code onFailure} callback lets the process end with an error so that a
 * supervisor restarts it.
 */
public final class TrackerApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrackerApp.class);
  public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
  /**
   * How long a task waits for an input partition that has records on the broker but none handed to it yet
   * before it processes the others: a routed complaint and the unit's first update on it are then read in
   * time order, not in arrival order. Streams waits only while such records exist (a partition it knows to
   * be read to its end holds nothing up), and the clock runs while the thread is busy with other tasks, so
   * on a loaded machine a wait of a second or two can lapse before the records are handed over.
   */
  public static final Duration MAX_TASK_IDLE = Duration.ofSeconds(10);

  private final StreamsRunner runner;

  private TrackerApp(StreamsRunner runner) {
    this.runner = runner;
  }

  /** Builds and starts the tracker, its meters kept to itself. */
  public static TrackerApp start(Map<String, Object> clientProps, TrackerSettings settings, Path stateDir,
      Consumer<Throwable> onFailure) {
    return start(clientProps, settings, stateDir, onFailure, new SimpleMeterRegistry());
  }

  /**
   * Builds and starts the tracker. {@code clientProps} holds the connection and serde settings; {@code onFailure}
   * is told, from a Kafka Streams thread, when the job has failed.
   */
  public static TrackerApp start(Map<String, Object> clientProps, TrackerSettings settings, Path stateDir,
      Consumer<Throwable> onFailure, MeterRegistry registry) {
    TopicCatalogue topics = TopicCatalogue.from(clientProps);
    Properties config = streamsConfig(clientProps, topics.prefix(), stateDir);
    new PipelineCounters(registry, topics).install(config);
    StreamsRunner runner = StreamsRunner.start("tracker", TrackerTopology.build(settings, topics), config,
        CLOSE_TIMEOUT, registry, onFailure);
    LOG.info("Tracker started as {}", applicationId(topics.prefix()));
    return new TrackerApp(runner);
  }

  public static String applicationId(String prefix) {
    return prefix + "tracker";
  }

  static Properties streamsConfig(Map<String, Object> clientProps, String prefix, Path stateDir) {
    Properties props = ExactlyOnceJob.streamsConfig(clientProps, applicationId(prefix), stateDir);
    props.putIfAbsent(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, MAX_TASK_IDLE.toMillis());
    return props;
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
