package id.aduan.sink;

import java.util.concurrent.atomic.AtomicReference;

/**
 * What the health endpoint reports: live while the consuming thread runs, ready while it has its positions
 * from the database and its last write or probe of the database succeeded.
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
