package id.aduan.streams.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.events.topic.TopicCatalogue;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.WithKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job that meets a fault its error handlers cannot turn into a dead letter (here a class missing at run time)
 * stops with an exit code that tells its supervisor; a job that is closed ends with 0.
 */
@WithKafka
class StreamsRunnerOnBrokerTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void aFaultThatEscapesTheHandlersEndsTheJobWithExitCodeOne(KafkaCluster kafka, @TempDir Path state) throws Exception {
    String prefix = KafkaCluster.uniqueName("runner") + ".";
    String input = prefix + "input";
    kafka.createTopic(input, 1);
    kafka.createTopic(prefix + "complaints.dlq", 1);
    AtomicReference<Throwable> told = new AtomicReference<>();
    try (StreamsRunner runner = StreamsRunner.start("test", failingOn("poison", input), config(kafka, prefix, state),
        Duration.ofSeconds(10), new SimpleMeterRegistry(), told::set)) {
      send(kafka, input, "fine");
      send(kafka, input, "poison");
      int exit = CompletableFuture.supplyAsync(() -> awaitEnd(runner)).get(WAIT.toSeconds(), TimeUnit.SECONDS);

      assertEquals(StreamsRunner.EXIT_FAILED, exit);
      assertEquals(State.ERROR, runner.state());
      assertInstanceOf(NoClassDefFoundError.class, rootOf(runner.failure()), String.valueOf(runner.failure()));
      assertTrue(told.get() != null, "the failure callback is told");
      assertFalse(runner.readiness().ok(), "a failed job is not ready");
    }
  }

  @Test
  void aClosedJobEndsWithExitCodeZeroAndIsReadyWhileRunning(KafkaCluster kafka, @TempDir Path state) throws Exception {
    String prefix = KafkaCluster.uniqueName("runner") + ".";
    String input = prefix + "input";
    kafka.createTopic(input, 1);
    StreamsRunner runner = StreamsRunner.start("test", failingOn("never sent", input), config(kafka, prefix, state),
        Duration.ofSeconds(10), new SimpleMeterRegistry(), e -> { });
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (runner.state() != State.RUNNING && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(runner.readiness().ok(), "ready while RUNNING: " + runner.readiness());
    CompletableFuture<Integer> end = CompletableFuture.supplyAsync(() -> awaitEnd(runner));
    runner.close();
    assertEquals(StreamsRunner.EXIT_STOPPED, end.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    assertEquals(State.NOT_RUNNING, runner.state());
  }

  private static Topology failingOn(String poison, String input) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()).withName("input"))
        .peek((k, v) -> {
          if (v.equals(poison)) {
            throw new NoClassDefFoundError("id/aduan/Missing");
          }
        }, Named.as("fail-on-poison"));
    return builder.build();
  }

  private static Properties config(KafkaCluster kafka, String prefix, Path state) {
    Map<String, Object> client = new HashMap<>();
    client.put("bootstrap.servers", kafka.bootstrapServers());
    client.put(TopicCatalogue.PREFIX_CONFIG, prefix);
    return ExactlyOnceJob.streamsConfig(client, prefix + "job", state);
  }

  private static void send(KafkaCluster kafka, String topic, String value) throws Exception {
    try (var producer = new KafkaProducer<>(kafka.producerProps(), new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "k", value)).get();
    }
  }

  private static int awaitEnd(StreamsRunner runner) {
    try {
      return runner.awaitEnd();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Throwable rootOf(Throwable t) {
    while (t != null && t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
