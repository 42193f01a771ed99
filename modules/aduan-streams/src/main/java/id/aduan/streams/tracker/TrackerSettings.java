package id.aduan.streams.tracker;

import id.aduan.streams.sla.WorkingCalendar;
import id.aduan.streams.tracker.metrics.MetricsSettings;
import java.time.Duration;

/**
 * The tracker's behaviour, as data.
 *
 * @param defaultCalendar working time of units without a calendar of their own (national holidays included)
 * @param punctuateInterval how often overdue cases are looked for, by the wall clock and by stream time
 * @param reopenWindow how long after RESOLVED the citizen may reopen; the case closes when it ends
 * @param escalationLevel2After working time after a missed deadline before the agency (level 2) is told
 * @param manualFirstResponse first-response time (working) of a case routed by hand or transferred
 * @param manualResolution resolution time (working) of a case routed by hand, transferred or reopened
 * @param metrics how the per-unit figures on metrics.units are cut into periods and kept
 */
public record TrackerSettings(
    WorkingCalendar defaultCalendar,
    Duration punctuateInterval,
    Duration reopenWindow,
    Duration escalationLevel2After,
    Duration manualFirstResponse,
    Duration manualResolution,
    MetricsSettings metrics) {

  public static final Duration DEFAULT_PUNCTUATE_INTERVAL = Duration.ofSeconds(30);
  /** A week to look at the result and dispute it. */
  public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(7);
  /** Two working days of eight hours. */
  public static final Duration DEFAULT_LEVEL2_AFTER = Duration.ofHours(16);
  /** LAPOR!'s national reference: verification within 3 working days, follow-up within 5. */
  public static final Duration DEFAULT_MANUAL_FIRST_RESPONSE = Duration.ofHours(24);
  public static final Duration DEFAULT_MANUAL_RESOLUTION = Duration.ofHours(40);

  public TrackerSettings {
    requirePositive(punctuateInterval, "punctuate interval");
    requirePositive(reopenWindow, "reopen window");
    requirePositive(escalationLevel2After, "level-2 escalation delay");
    requirePositive(manualFirstResponse, "first-response time");
    requirePositive(manualResolution, "resolution time");
  }

  public static TrackerSettings standard() {
    return standard(WorkingCalendar.standard());
  }

  public static TrackerSettings standard(WorkingCalendar calendar) {
    MetricsSettings metrics = MetricsSettings.standard();
    return new TrackerSettings(calendar, DEFAULT_PUNCTUATE_INTERVAL, DEFAULT_REOPEN_WINDOW, DEFAULT_LEVEL2_AFTER,
        DEFAULT_MANUAL_FIRST_RESPONSE, DEFAULT_MANUAL_RESOLUTION,
        // periods end at the agency's midnights, the same zone its working calendar counts in
        new MetricsSettings(metrics.grace(), metrics.retention(), calendar.zone(), metrics.minimumSurveys()));
  }

  private static void requirePositive(Duration value, String what) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException("the " + what + " must be positive, not " + value);
    }
  }
}
