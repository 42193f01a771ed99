package id.aduan.app.demo;

import id.aduan.event.ComplaintRouted;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.testkit.KafkaCluster;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the router made of the sample traffic (complaints per unit, in triage and in the DLQ), and how many
 * of them the tracker keeps as cases.
 */
record DemoSummary(Map<String, Integer> perUnit, int triage, int deadLetters, int cases) {

  int decided() {
    return perUnit.values().stream().mapToInt(Integer::intValue).sum() + triage;
  }

  /**
   * Waits until {@code expected} complaints sent from {@code sentFrom} (epoch ms) on are routed and tracked.
   * Routing counts only those; the case count is every case on cases.state, earlier runs' included.
   */
  static DemoSummary await(KafkaCluster kafka, TopicCatalogue topics, int expected, long sentFrom, Duration timeout) {
    Map<String, Integer> perUnit = new TreeMap<>();
    int triage = 0;
    int dead = 0;
    Set<String> cases = new HashSet<>();
    Set<String> newCases = new HashSet<>();
    Topic<String, ComplaintRouted> routed = topics.complaintsRouted();
    try (var routedConsumer = new KafkaConsumer<>(kafka.consumerProps(), routed.keySerde().deserializer(), routed.valueSerde().deserializer());
        var triageConsumer = new KafkaConsumer<>(kafka.consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        var dlqConsumer = new KafkaConsumer<>(kafka.consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        var caseConsumer = new KafkaConsumer<>(kafka.consumerProps(), new StringDeserializer(), new ByteArrayDeserializer())) {
      routedConsumer.subscribe(List.of(routed.name()));
      triageConsumer.subscribe(List.of(topics.complaintsTriage().name()));
      dlqConsumer.subscribe(List.of(topics.complaintsDlq().name()));
      caseConsumer.subscribe(List.of(topics.caseState().name()));
      long deadline = System.nanoTime() + timeout.toNanos();
      int decided = 0;
      while (System.nanoTime() < deadline && (decided + dead < expected || newCases.size() < decided)) {
        for (var record : routedConsumer.poll(Duration.ofMillis(200))) {
          if (record.timestamp() >= sentFrom) {
            perUnit.merge(record.value().getUnitId(), 1, Integer::sum);
          }
        }
        triage += sentSince(triageConsumer.poll(Duration.ofMillis(50)), sentFrom);
        dead += sentSince(dlqConsumer.poll(Duration.ofMillis(50)), sentFrom);
        for (var record : caseConsumer.poll(Duration.ofMillis(50))) {
          cases.add(record.key());
          if (record.timestamp() >= sentFrom) {
            newCases.add(record.key());
          }
        }
        decided = perUnit.values().stream().mapToInt(Integer::intValue).sum() + triage;
      }
    }
    return new DemoSummary(perUnit, triage, dead, cases.size());
  }

  private static int sentSince(ConsumerRecords<?, ?> records, long sentFrom) {
    int count = 0;
    for (var record : records) {
      count += record.timestamp() >= sentFrom ? 1 : 0;
    }
    return count;
  }

  String describe(int sent) {
    StringBuilder text = new StringBuilder("Routed " + decided() + " of " + sent + " sample complaints:\n");
    perUnit.forEach((unit, count) -> text.append(String.format("  %-24s %3d%n", "unit." + unit, count)));
    text.append(String.format("  %-24s %3d%n", "triage", triage));
    text.append(String.format("  %-24s %3d%n", "dead letters", deadLetters));
    text.append("Tracking " + cases + " cases on cases.state.\n");
    return text.toString();
  }
}
