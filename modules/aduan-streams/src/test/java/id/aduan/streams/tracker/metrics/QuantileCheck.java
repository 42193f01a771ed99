package id.aduan.streams.tracker.metrics;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Compares a sketch's quantile estimate with the exact values, allowing the t-digest's rank error. */
final class QuantileCheck {
  /** Rank error allowed: t-digest with compression 100 stays well inside this at p50 and p90. */
  static final double RANK_TOLERANCE = 0.02;

  private QuantileCheck() {}

  /**
   * Passes when {@code estimate} lies between the exact values at ranks q ± tolerance (one more value
   * either side, since interpolation may fall between neighbours).
   */
  static void assertClose(List<Long> sortedValues, double q, Long estimate) {
    assertNotNull(estimate, "no estimate for q=" + q);
    int n = sortedValues.size();
    int low = Math.max(0, (int) Math.floor((q - RANK_TOLERANCE) * n) - 1);
    int high = Math.min(n - 1, (int) Math.ceil((q + RANK_TOLERANCE) * n));
    long lowest = sortedValues.get(low);
    long highest = sortedValues.get(high);
    assertTrue(estimate >= lowest && estimate <= highest,
        () -> "q=" + q + " of " + n + " values: estimate " + estimate + " outside [" + lowest + ", " + highest
            + "], exact " + sortedValues.get(Math.min(n - 1, (int) (q * n))));
  }
}
