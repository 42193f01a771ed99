package id.aduan.app.bench;

import id.aduan.app.Aduan;
import id.aduan.app.demo.SampleTraffic;
import id.aduan.app.demo.StarterConfig;
import id.aduan.event.ComplaintReceived;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.job.ExactlyOnceJob;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.testkit.KafkaCluster;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Router throughput against two baselines measured in the same run, on the same embedded broker and the
 * same Avro records: a plain consume→produce loop, and a pass-through Kafka Streams topology with the
 * router's exactly-once settings.
 */
@Command(
    name = "router",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the router job's throughput against a pass-through Streams topology and a plain",
      "consume→produce loop, on one embedded broker and the same complaints, and print the ratios.",
      "Rates are measured from the first output record to the last, so start-up time is left out."
    })
public final class RouterBenchmark implements Callable<Integer> {
  private static final String PREFIX = "bench.";
  private static final String REGISTRY = "mock://aduan-bench";

  @Spec CommandSpec spec;

  @Option(names = "--complaints", defaultValue = "20000", description = "Complaints per run (default: ${DEFAULT-VALUE}).")
  int complaints;

  @Override
  public Integer call() throws Exception {
    BenchLogging.warnOnly();
    PrintWriter out = spec.commandLine().getOut();
    try (KafkaCluster kafka = KafkaCluster.start(1)) {
      Map<String, Object> props = setUp(kafka, REGISTRY, PREFIX);
      TopicCatalogue topics = TopicCatalogue.from(props);

      out.printf("Producing %d Avro complaints…%n", complaints);
      out.flush();
      produce(kafka, topics);
      String input = topics.complaintsReceived().name();

      kafka.createTopic("bench.loop-out", 6);
      double loop = plainLoop(kafka, input, "bench.loop-out");
      out.printf(Locale.ROOT, "plain consume→produce loop   %,10.0f records/s%n", loop);
      out.flush();

      kafka.createTopic("bench.passthrough-out", 6);
      double passThrough = passThrough(kafka, input, "bench.passthrough-out");
      out.printf(Locale.ROOT, "pass-through Streams (EOS)   %,10.0f records/s%n", passThrough);
      out.flush();

      Path state = Files.createTempDirectory("bench-router");
      try (RouterApp router = RouterApp.start(props, RouterSettings.standard(), RouterApp.startupModel(null), state)) {
        double routerRate = OutputCounter.awaitRecords(kafka.bootstrapServers(),
            List.of(topics.complaintsRouted().name(), topics.complaintsTriage().name()), complaints, Duration.ofMinutes(10))
            .perSecond();
        out.printf(Locale.ROOT, "router (classify + route)    %,10.0f records/s%n", routerRate);
        out.printf(Locale.ROOT, "router / pass-through        %10.2f%n", routerRate / passThrough);
        out.printf(Locale.ROOT, "pass-through / plain loop    %10.2f%n", passThrough / loop);
      }
      out.flush();
    }
    return 0;
  }

  /** Topics, the starter units and rules on the broker; returns the client properties of the jobs. */
  static Map<String, Object> setUp(KafkaCluster kafka, String registry, String prefix) throws Exception {
    List<String> connection = List.of("--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry, "--prefix", prefix);
    Path config = StarterConfig.extract();
    for (List<String> step : List.of(List.of("topics", "sync"), List.of("units", "load", config.toString()),
        List.of("rules", "load", config.toString()))) {
      if (Aduan.commandLine().execute(concat(step, connection)) != 0) {
        throw new IllegalStateException("benchmark set-up failed at " + String.join(" ", step));
      }
    }
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("schema.registry.url", registry);
    props.put(TopicCatalogue.PREFIX_CONFIG, prefix);
    return props;
  }

  private void produce(KafkaCluster kafka, TopicCatalogue topics) {
    Topic<String, ComplaintReceived> received = topics.complaintsReceived();
    Map<String, Object> props = new HashMap<>(kafka.producerProps());
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    try (var producer = new KafkaProducer<>(props, received.keySerde().serializer(), received.valueSerde().serializer())) {
      for (ComplaintReceived complaint : SampleTraffic.complaints(complaints, 42)) {
        producer.send(new ProducerRecord<>(received.name(), complaint.getComplaintId(), complaint));
      }
      producer.flush();
    }
  }

  /** A consumer and a producer, the least any job reading and writing Kafka must do. */
  private double plainLoop(KafkaCluster kafka, String input, String output) {
    Map<String, Object> consumerProps = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "bench-loop-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
    Map<String, Object> producerProps = new HashMap<>(kafka.producerProps());
    producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    long copied = 0;
    OutputCounter.Window[] window = new OutputCounter.Window[1];
    try (var consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        var producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
      consumer.subscribe(List.of(input));
      Thread counter = new Thread(() -> window[0] = OutputCounter.awaitRecords(
          kafka.bootstrapServers(), List.of(output), complaints, Duration.ofMinutes(5)));
      counter.start();
      while (copied < complaints) {
        for (var record : consumer.poll(Duration.ofMillis(100))) {
          producer.send(new ProducerRecord<>(output, record.key(), record.value()));
          copied++;
        }
        consumer.commitAsync();
      }
      producer.flush();
      counter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return window[0].perSecond();
  }

  private double passThrough(KafkaCluster kafka, String input, String output) throws Exception {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
        .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    // the router's own exactly-once settings (commit interval, producer), so that only the work differs
    Properties props = ExactlyOnceJob.streamsConfig(Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
        "bench-passthrough-" + UUID.randomUUID(), Files.createTempDirectory("bench-passthrough"));
    try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
      streams.start();
      OutputCounter.Window window =
          OutputCounter.awaitRecords(kafka.bootstrapServers(), List.of(output), complaints, Duration.ofMinutes(5));
      streams.close(Duration.ofSeconds(30));
      return window.perSecond();
    }
  }

  private static String[] concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }
}
