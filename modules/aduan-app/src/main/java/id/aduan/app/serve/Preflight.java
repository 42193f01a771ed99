package id.aduan.app.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Checks a Streams role can work before it starts: the cluster answers and the topics it reads exist.
 * Without this, a job waits for an unreachable broker forever or stops on a missing topic with a stack
 * trace; with it, the command says what is wrong and exits 1.
 */
public final class Preflight {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Preflight() {}

  /** The problem that keeps the role from starting, or null if there is none. */
  public static String problem(Map<String, Object> clientProps, Collection<String> requiredTopics) {
    Map<String, Object> props = new HashMap<>(clientProps);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      List<String> missing = new ArrayList<>(requiredTopics);
      missing.removeAll(existing);
      return missing.isEmpty() ? null
          : "topics " + missing + " do not exist: create them with `aduan topics sync` (same --prefix)";
    } catch (TimeoutException | ExecutionException e) {
      return "cannot reach Kafka at " + clientProps.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + " within "
          + TIMEOUT.toSeconds() + " s: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while checking the cluster";
    }
  }
}
