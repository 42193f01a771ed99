package id.aduan.streams.job;

import id.aduan.ops.Health;
import id.aduan.ops.Secrets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams job so that a supervisor can trust its process. Bad records never get here (the
 * error handlers send them to the DLQ); anything that escapes a stream thread is a fault in the job or its
 * surroundings (a fenced producer, a deleted topic, a broken store), so the client is shut down rather than the
 * thread replaced, and the client's ERROR state becomes the process's exit code {@value #EXIT_FAILED}.
 * Replacing threads would keep a job alive that fails the same way on every record, with nobody told.
 */
public final class StreamsRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
  public static final int EXIT_STOPPED = 0;
  public static final int EXIT_FAILED = 1;

  private final String job;
  private final KafkaStreams streams;
  private final Duration closeTimeout;
  private final KafkaStreamsMetrics metrics;
  private final CountDownLatch ended = new CountDownLatch(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean everRunning;

  private StreamsRunner(String job, Topology topology, Properties config, Duration closeTimeout, MeterRegistry registry,
      Consumer<Throwable> onFailure) {
    this.job = job;
    this.closeTimeout = closeTimeout;
    this.streams = new KafkaStreams(topology, config);
    streams.setUncaughtExceptionHandler(e -> {
      failure.compareAndSet(null, e);
      LOG.error("The {} job failed and stops: {}", job, e.toString(), e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.setStateListener((now, before) -> {
      if (now == State.RUNNING) {
        everRunning = true;
      }
      if (now == State.ERROR) {
        failure.compareAndSet(null, new IllegalStateException("Kafka Streams client of the " + job + " job reached ERROR"));
        LOG.error("The {} job reached state ERROR (from {}); its process should end and be restarted", job, before);
        onFailure.accept(failure.get());
        ended.countDown();
      } else if (now == State.NOT_RUNNING) {
        ended.countDown();
      }
    });
    metrics = new KafkaStreamsMetrics(streams);
    metrics.bindTo(registry);
  }

  /**
   * Starts a job. {@code onFailure} is told once if the client reaches ERROR, from a Kafka Streams thread: it
   * must not block or close the job.
   */
  public static StreamsRunner start(String job, Topology topology, Properties config, Duration closeTimeout,
      MeterRegistry registry, Consumer<Throwable> onFailure) {
    Map<String, Object> shown = new TreeMap<>();
    // settings only: objects handed to the clients (the counters) say nothing to a reader
    config.forEach((k, v) -> {
      if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Class<?>) {
        shown.put(k.toString(), v instanceof Class<?> c ? c.getName() : v);
      }
    });
    LOG.info("Starting the {} job with {}", job, Secrets.redacted(shown));
    StreamsRunner runner = new StreamsRunner(job, topology, config, closeTimeout, registry, onFailure);
    runner.streams.start();
    return runner;
  }

  /**
   * Waits until the job ends: {@value #EXIT_STOPPED} when it was closed, {@value #EXIT_FAILED} when it failed
   * (the reason is in {@link #failure()} and in the log).
   */
  public int awaitEnd() throws InterruptedException {
    ended.await();
    return failure.get() == null ? EXIT_STOPPED : EXIT_FAILED;
  }

  /** What made the job fail, or null while it has not. */
  public Throwable failure() {
    return failure.get();
  }

  public State state() {
    return streams.state();
  }

  /**
   * Ready only while RUNNING: while rebalancing or restoring state a job's tasks are not processing, and a
   * job that is starting has not yet caught up with its stores.
   */
  public Health.Status readiness() {
    State state = streams.state();
    String detail = state == State.REBALANCING && everRunning ? "REBALANCING (tasks moving or restoring)" : state.name();
    return state == State.RUNNING ? Health.Status.up(detail) : Health.Status.down(detail);
  }

  /** The client itself, for queries and tests. */
  public KafkaStreams streams() {
    return streams;
  }

  /** Closes within the configured timeout; what is left of a transaction then is aborted by the broker. */
  @Override
  public void close() {
    boolean closed = streams.close(closeTimeout);
    metrics.close();
    if (!closed) {
      LOG.warn("The {} job did not close within {}", job, closeTimeout);
    }
    ended.countDown();
  }
}
