package id.aduan.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Readiness check: the Kafka cluster answers a metadata request within a short time. One admin client is kept
 * for the role's life; an answer is reused for a few seconds so that frequent probes cost the broker nothing.
 */
public final class BrokerCheck implements Supplier<Health.Status>, AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(3);
  static final Duration REUSE = Duration.ofSeconds(2);

  private final Admin admin;
  private Health.Status last;
  private long lastAt;

  public BrokerCheck(Map<String, Object> clientProps) {
    Map<String, Object> props = new HashMap<>();
    clientProps.forEach((k, v) -> {
      if (AdminClientConfig.configNames().contains(k) || k.startsWith("sasl.") || k.startsWith("ssl.")) {
        props.put(k, v);
      }
    });
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "aduan-health");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    // a stopped broker is retried at once when it returns, not after a long backoff
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
    admin = Admin.create(props);
  }

  @Override
  public synchronized Health.Status get() {
    long now = System.nanoTime();
    if (last != null && now - lastAt < REUSE.toNanos()) {
      return last;
    }
    last = ask();
    lastAt = System.nanoTime();
    return last;
  }

  private Health.Status ask() {
    try {
      int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
          .nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
      return Health.Status.up(brokers + " broker(s) answering");
    } catch (ExecutionException | TimeoutException e) {
      return Health.Status.down("Kafka does not answer: " + (e.getCause() != null ? e.getCause().getMessage() : "no answer within " + TIMEOUT.toSeconds() + " s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.Status.down("interrupted");
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(1));
  }
}
