package id.aduan.sink;

import id.aduan.ops.Health;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the consuming thread tells the health endpoint: whether it still runs, and whether it has its positions
 * from the database and its last write or probe of the database succeeded. {@link #addTo} turns both into
 * readiness checks.
 */
public final class SinkHealth {
  private static final String STARTING = "starting: positions not read from the database yet";

  private volatile boolean live = true;
  private final AtomicReference<String> notReady = new AtomicReference<>(STARTING);

  public boolean live() {
    return live;
  }

  public boolean ready() {
    return live && notReady.get() == null;
  }

  /** Why the sink is not ready, or null when it is. */
  public String problem() {
    return live ? notReady.get() : "stopped";
  }

  /** Adds the checks {@code consumer} (the loop runs) and {@code database} (positions read, last write or probe ok). */
  public Health addTo(Health health) {
    return health
        .readyWhen("consumer", () -> live ? Health.Status.up("consuming") : Health.Status.down("stopped"))
        .readyWhen("database", () -> {
          String problem = notReady.get();
          return problem == null ? Health.Status.up("last write or probe succeeded") : Health.Status.down(problem);
        });
  }

  public void ok() {
    notReady.set(null);
  }

  public void notReady(String why) {
    notReady.set(why);
  }

  public void stopped() {
    live = false;
  }
}
