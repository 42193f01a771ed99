package id.aduan.app.tail;

import id.aduan.app.ConnectionOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a topic's records as JSON lines, so unit teams and ops can look without writing code. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = {
      "Print a topic's records as JSON lines (Avro values decoded through the schema registry).",
      "Reads committed data only and commits no offsets. Stops at --max records, after --idle-timeout",
      "without new records, or on Ctrl-C. A record that cannot be decoded is printed with its key and value",
      "in base64 (keyBase64, valueBase64), its headers and the reason (decodeError), and tail goes on."
    })
public final class TailCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic, with or without the prefix (e.g. unit.lalin).")
  String topic;

  @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones only.")
  boolean fromBeginning;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
  Long max;

  @Option(
      names = "--idle-timeout",
      paramLabel = "SECONDS",
      description = "Stop when no record arrived for this long (default: wait for ever).")
  Long idleTimeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = connection.topicName(topic);
    Map<String, Object> props = connection.clientProps();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "aduan-tail-" + UUID.randomUUID());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    RecordJson json = new RecordJson(connection.catalogue().registry());
    try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<PartitionInfo> partitions = consumer.partitionsFor(name, Duration.ofSeconds(30));
      if (partitions == null || partitions.isEmpty()) {
        err.println("No topic " + name + " (run `aduan topics sync` to create the catalogue's topics).");
        return 1;
      }
      List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(name, p.partition())).toList();
      consumer.assign(assigned);
      if (fromBeginning) {
        consumer.seekToBeginning(assigned);
      } else {
        consumer.seekToEnd(assigned);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup));
      long printed = 0;
      Instant lastRecord = Instant.now();
      try {
        while (max == null || printed < max) {
          var records = consumer.poll(Duration.ofMillis(500));
          for (ConsumerRecord<byte[], byte[]> record : records) {
            out.println(json.format(record));
            printed++;
            if (max != null && printed >= max) {
              break;
            }
          }
          out.flush();
          if (!records.isEmpty()) {
            lastRecord = Instant.now();
          } else if (idleTimeoutSeconds != null
              && Duration.between(lastRecord, Instant.now()).getSeconds() >= idleTimeoutSeconds) {
            break;
          }
        }
      } catch (org.apache.kafka.common.errors.WakeupException stopped) {
        // Ctrl-C: leave quietly
      }
      err.println(printed + " record(s) from " + name);
      err.flush();
      return 0;
    }
  }
}
