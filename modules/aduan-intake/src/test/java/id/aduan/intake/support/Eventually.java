package id.aduan.intake.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something that happens in the background, naming what it waited for when it never came. */
public final class Eventually {
  private Eventually() {}

  /** Probes until {@code done} holds (at most {@code timeout}) and returns the value that satisfied it. */
  public static <T> T await(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last = null;
    while (System.nanoTime() < deadline) {
      last = probe.get();
      if (done.test(last)) {
        return last;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return fail("Waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + last);
  }
}
