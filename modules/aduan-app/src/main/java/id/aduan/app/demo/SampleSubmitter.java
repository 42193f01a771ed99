package id.aduan.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Sends the sample complaints through the citizen JSON API, as a web form or app would. */
public final class SampleSubmitter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleSubmitter() {}

  /** Posts each complaint and returns how many were accepted (HTTP 202). */
  static int submit(String intakeUrl, List<ComplaintReceived> samples) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int accepted = 0;
    for (ComplaintReceived sample : samples) {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create(intakeUrl + "/api/v1/complaints"))
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", sample.getChannelMessageId())
              .timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.ofString(body(sample).toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 202) {
        accepted++;
      }
    }
    return accepted;
  }

  /** The JSON API body a citizen's app would send for a sample complaint. */
  public static ObjectNode body(ComplaintReceived sample) {
    ObjectNode body = JSON.createObjectNode().put("text", sample.getText());
    ObjectNode reporter = body.putObject("reporter").put("anonymous", sample.getReporter().getAnonymous());
    if (!sample.getReporter().getAnonymous()) {
      reporter.put("name", "Warga Palembang").put("contact", "0812" + Math.abs(sample.getComplaintId().hashCode() % 100_000_000));
    }
    Location location = sample.getLocation();
    if (location != null) {
      ObjectNode place = body.putObject("location").put("regionCode", location.getRegionCode());
      if (location.getLat() != null) {
        place.put("lat", location.getLat()).put("lon", location.getLon());
      }
    }
    return body;
  }
}
