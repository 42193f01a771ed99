package id.aduan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@WithKafka
class SchemaRegistryTest {

  @Test
  void servesTheConfluentApiAndRegistersASchema(SchemaRegistry registry) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String subject = KafkaCluster.uniqueName("testkit") + "-value";
    String body = "{\"schema\": \"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"T\\\",\\\"fields\\\":[]}\"}";
    HttpResponse<String> registered =
        http.send(
            HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/" + subject + "/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, registered.statusCode(), registered.body());
    assertTrue(registered.body().matches("\\{\"id\":\\d+}"), registered.body());

    HttpResponse<String> subjects =
        http.send(HttpRequest.newBuilder(URI.create(registry.url() + "/subjects")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(subjects.body().contains(subject), subjects.body());
  }
}
