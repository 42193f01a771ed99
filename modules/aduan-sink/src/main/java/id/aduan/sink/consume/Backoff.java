package id.aduan.sink.consume;

import java.time.Duration;

/** Waits that double after each failure, from a minimum up to a maximum, and start over after a success. */
final class Backoff {
  private final Duration min;
  private final Duration max;
  private Duration next;

  Backoff(Duration min, Duration max) {
    this.min = min;
    this.max = max;
    this.next = min;
  }

  /** The wait before the next attempt; each call doubles the one after. */
  Duration next() {
    Duration wait = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return wait;
  }

  void reset() {
    next = min;
  }
}
