package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.WithKafka;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

@WithKafka
class TopicsCommandTest {

  @Test
  void syncCreatesEveryTopicOnceAndThenChangesNothing(KafkaCluster kafka) throws Exception {
    String prefix = KafkaCluster.uniqueName("sync") + ".";
    CommandRun first = sync(kafka, prefix, "--unit", "lalin", "--unit", "kir");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("18 topics: 18 created, 0 altered, 0 unchanged"), first.out());

    Set<String> names = kafka.admin().listTopics().names().get();
    assertTrue(names.containsAll(Set.of(prefix + "complaints.received", prefix + "config.routing-rules", prefix + "unit.kir")));
    var rules = kafka.admin().describeTopics(List.of(prefix + "config.routing-rules")).allTopicNames().get();
    assertEquals(1, rules.get(prefix + "config.routing-rules").partitions().size());
    assertEquals("compact", cleanupPolicy(kafka, prefix + "config.routing-rules", "compact"));
    assertEquals("delete", cleanupPolicy(kafka, prefix + "unit.lalin", "delete"));

    CommandRun again = sync(kafka, prefix, "--unit", "lalin", "--unit", "kir");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("18 topics: 0 created, 0 altered, 18 unchanged"), again.out());
  }

  @Test
  void syncRepairsDriftAndReportsWhatItCannotRepair(KafkaCluster kafka) throws Exception {
    String prefix = KafkaCluster.uniqueName("drift") + ".";
    kafka.createTopics(List.of(
        new NewTopic(prefix + "cases.state", 2, (short) 1),
        new NewTopic(prefix + "config.units", 3, (short) 1)));
    CommandRun run = sync(kafka, prefix);
    assertEquals(1, run.exitCode(), "a topic needs attention");
    assertTrue(run.out().matches("(?s).*altered\\s+" + prefix.replace(".", "\\.") + "cases\\.state \\(partitions 2 → 6; cleanup\\.policy delete → compact\\).*"), run.out() + run.err());
    assertTrue(run.out().contains("needs attention  " + prefix + "config.units"), run.out());
    assertEquals("compact", cleanupPolicy(kafka, prefix + "cases.state", "compact"));
    assertEquals(6, kafka.admin().describeTopics(List.of(prefix + "cases.state")).allTopicNames().get()
        .get(prefix + "cases.state").partitions().size());
  }

  private static CommandRun sync(KafkaCluster kafka, String prefix, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of(
        "topics", "sync", "--bootstrap-servers", kafka.bootstrapServers(), "--prefix", prefix, "--registry-url", "mock://sync"));
    args.addAll(List.of(extra));
    return CommandRun.of(args.toArray(String[]::new));
  }

  /** The topic's cleanup policy once it is the expected one, or whatever it still is after 10 s. */
  private static String cleanupPolicy(KafkaCluster kafka, String topic, String expected) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    long deadline = System.nanoTime() + 10_000_000_000L;
    String actual;
    do {
      // config changes reach the broker's view a moment after the admin call returns
      actual = kafka.admin().describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value();
    } while (!actual.equals(expected) && System.nanoTime() < deadline && pause());
    return actual;
  }

  private static boolean pause() throws InterruptedException {
    Thread.sleep(100);
    return true;
  }
}
