package id.aduan.streams.router.dedupe;

import java.time.Duration;

/**
 * How far back and how alike: complaints within {@code window} whose words overlap by at least
 * {@code similarity} (Jaccard) are duplicates. {@code maxRemembered} bounds the state per key.
 */
public record DedupeSettings(Duration window, double similarity, int maxRemembered) {
  public static DedupeSettings standard() {
    return new DedupeSettings(Duration.ofHours(24), 0.6, 50);
  }
}
