package id.aduan.streams.tracker.metrics;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How the resolution metrics are cut and kept, as data.
 *
 * @param grace how long after a period ends its events are still expected; an event counted later than
 *     that still updates its period (the key names the period) but is also counted in {@code lateEvents}
 * @param retention how long after a period ends its figures are kept and can still change; an event for a
 *     period older than that (in stream time) is refused to the DLQ rather than overwrite the published
 *     figures with a partial count
 * @param zone the agency's time zone, whose midnights bound days and months
 * @param minimumSurveys the sample size (survey answers) from which a key is {@code rankable}
 */
public record MetricsSettings(Duration grace, Duration retention, ZoneId zone, int minimumSurveys) {
  public static final Duration DEFAULT_GRACE = Duration.ofDays(3);
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(400);
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
  public static final int DEFAULT_MINIMUM_SURVEYS = 30;

  public MetricsSettings {
    if (grace.isNegative() || retention.compareTo(grace) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= grace <= retention, got grace " + grace + " and retention " + retention);
    }
    if (minimumSurveys < 1) {
      throw new IllegalArgumentException("minimum sample size must be at least 1, got " + minimumSurveys);
    }
  }

  /** Grace of three days (a weekend and a day), retention of 400 days, Asia/Jakarta, 30 surveys. */
  public static MetricsSettings standard() {
    return new MetricsSettings(DEFAULT_GRACE, DEFAULT_RETENTION, DEFAULT_ZONE, DEFAULT_MINIMUM_SURVEYS);
  }

  public MetricsSettings withGrace(Duration newGrace) {
    return new MetricsSettings(newGrace, retention, zone, minimumSurveys);
  }

  public MetricsSettings withRetention(Duration newRetention) {
    return new MetricsSettings(grace, newRetention, zone, minimumSurveys);
  }

  public MetricsSettings withMinimumSurveys(int newMinimum) {
    return new MetricsSettings(grace, retention, zone, newMinimum);
  }
}
