package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.registry.RestSchemaRegistryClient;
import id.aduan.events.registry.RegistryClientConfig;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@WithKafka
class SchemasCommandTest {
  private static final String SCOPE = "schemas-command";

  @AfterEach
  void drop() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  @Test
  void listShowsEveryTopicWithItsRecord() {
    CommandRun run = CommandRun.of("schemas", "list", "--prefix", "x.");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("x.complaints.received-value"), run.out());
    assertTrue(run.out().contains("id.aduan.event.ComplaintRouted"), run.out());
  }

  @Test
  void registersEveryContractInARealRegistryAndIsIdempotent(SchemaRegistry registry) {
    String prefix = KafkaCluster.uniqueName("reg") + ".";
    CommandRun first = CommandRun.of("schemas", "register", "--registry-url", registry.url(), "--prefix", prefix);
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(14, first.out().lines().filter(l -> l.startsWith("registered")).count(), first.out());

    CommandRun again = CommandRun.of("schemas", "register", "--registry-url", registry.url(), "--prefix", prefix);
    assertEquals(first.out(), again.out(), "same ids the second time");

    var client = new RestSchemaRegistryClient(RegistryClientConfig.forUrl(registry.url()));
    assertTrue(client.subjects().contains(prefix + "cases.updates-value"));
  }

  @Test
  void refusesAnIncompatibleContractAndSaysWhich() {
    Schema unrelated =
        new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Other\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}");
    MockSchemaRegistry.forScope(SCOPE).register("aduan.config.units-value", unrelated);

    CommandRun check = CommandRun.of("schemas", "register", "--check-only", "--registry-url", "mock://" + SCOPE);
    assertEquals(1, check.exitCode());
    assertTrue(check.err().contains("INCOMPATIBLE aduan.config.units-value"), check.err());
    assertTrue(check.out().contains("compatible   aduan.config.models-value"), check.out());
    assertEquals(1, MockSchemaRegistry.forScope(SCOPE).subjects().size(), "check-only registers nothing");
  }
}
