package id.aduan.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Posts complaints to the JSON API at a fixed rate, open loop: the i-th request is due at start + i/rate
 * whether or not earlier ones were answered, and every latency counts from that due time. A closed loop
 * waits for answers before sending more, so a stall delays the requests that would have measured it
 * (coordinated omission); here a stall shows as the latency of every request due during it.
 */
final class OpenLoopLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request: when it was due (System.nanoTime), when answered, and the complaint id if accepted. */
  record Sent(long dueNanos, long answeredNanos, int status, String complaintId) {
    boolean accepted() {
      return status == 202 && complaintId != null;
    }
  }

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;

  OpenLoopLoad(String intakeUrl) {
    this.endpoint = URI.create(intakeUrl + "/api/v1/complaints");
  }

  /**
   * Sends {@code rate × seconds} requests with bodies from {@code body} (given the request number) and waits
   * for every answer. {@code progress} is called about once a second with the requests sent so far.
   */
  List<Sent> run(double rate, int seconds, IntFunction<String> body, IntConsumer progress) throws InterruptedException {
    int total = (int) Math.round(rate * seconds);
    ConcurrentLinkedQueue<Sent> answered = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    long nextProgress = start + TimeUnit.SECONDS.toNanos(1);
    for (int i = 0; i < total; i++) {
      long due = start + (long) (i * 1e9 / rate);
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      if (System.nanoTime() >= nextProgress) {
        progress.accept(i);
        nextProgress += TimeUnit.SECONDS.toNanos(1);
      }
      HttpRequest request = HttpRequest.newBuilder(endpoint)
          .header("Content-Type", "application/json")
          .timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(body.apply(i)))
          .build();
      pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .handle((response, failure) -> answered.add(new Sent(due, System.nanoTime(),
              failure == null ? response.statusCode() : -1, failure == null ? complaintId(response) : null))));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    return new ArrayList<>(answered);
  }

  private static String complaintId(HttpResponse<String> response) {
    if (response.statusCode() != 202) {
      return null;
    }
    try {
      JsonNode id = JSON.readTree(response.body()).get("complaintId");
      return id == null ? null : id.asText();
    } catch (Exception e) {
      return null;
    }
  }

}
