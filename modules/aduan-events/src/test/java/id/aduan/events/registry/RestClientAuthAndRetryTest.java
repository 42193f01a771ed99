package id.aduan.events.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.util.Base64;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Credentials and retries as the REST client sends them, through a guarded proxy to the real registry. */
@WithKafka
class RestClientAuthAndRetryTest {
  private static final Schema SCHEMA =
      new Schema.Parser()
          .parse("{\"type\":\"record\",\"name\":\"Auth\",\"namespace\":\"id.aduan.test\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
  private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("unit:rahasia".getBytes());

  private final SchemaRegistry registry;
  private GuardedRegistryProxy proxy;

  RestClientAuthAndRetryTest(SchemaRegistry registry) {
    this.registry = registry;
  }

  @AfterEach
  void closeProxy() {
    proxy.close();
  }

  @Test
  void basicAuthFromUserInfo() throws Exception {
    proxy = new GuardedRegistryProxy(registry.url(), BASIC);
    var client = client(Map.of("basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "unit:rahasia"));
    assertRegisters(client);
  }

  @Test
  void basicAuthFromTheUrl() throws Exception {
    proxy = new GuardedRegistryProxy(registry.url(), BASIC);
    String url = proxy.url().replace("http://", "http://unit:rahasia@");
    var client =
        new RestSchemaRegistryClient(
            RegistryClientConfig.from(Map.of("schema.registry.url", url, "basic.auth.credentials.source", "URL")));
    assertRegisters(client);
  }

  @Test
  void bearerToken() throws Exception {
    proxy = new GuardedRegistryProxy(registry.url(), "Bearer t0ken");
    assertRegisters(client(Map.of("bearer.auth.token", "t0ken")));
  }

  @Test
  void wrongCredentialsFailAtOnceWithoutRetrying() throws Exception {
    proxy = new GuardedRegistryProxy(registry.url(), BASIC);
    var client = client(Map.of("basic.auth.user.info", "unit:salah"));
    var e = assertThrows(SchemaRegistryException.class, () -> client.register("s-value", SCHEMA));
    assertEquals(401, e.httpStatus());
    assertTrue(e.getMessage().contains("Unauthorized"), e.getMessage());
    assertEquals(1, proxy.requests(), "a client error is not retried");
  }

  @Test
  void unavailableAnswersAreRetriedUntilTheRegistryAnswers() throws Exception {
    proxy = new GuardedRegistryProxy(registry.url(), BASIC);
    proxy.answerUnavailable(2);
    var client = client(Map.of("basic.auth.user.info", "unit:rahasia", "max.retries", "3", "retries.wait.ms", "10"));
    assertRegisters(client);
    assertEquals(2 + 2, proxy.requests(), "two refused attempts, then register and read back");
  }

  private RestSchemaRegistryClient client(Map<String, String> settings) {
    var props = new java.util.HashMap<String, Object>(settings);
    props.put("schema.registry.url", proxy.url());
    return new RestSchemaRegistryClient(RegistryClientConfig.from(props));
  }

  private static void assertRegisters(SchemaRegistryClient client) {
    String subject = KafkaCluster.uniqueName("auth") + "-value";
    int id = client.register(subject, SCHEMA);
    assertEquals(SCHEMA, client.schemaById(id));
  }
}
