package id.aduan.streams.router;

import id.aduan.streams.router.dedupe.DedupeSettings;
import id.aduan.streams.sla.WorkingCalendar;

/**
 * The router's behaviour, as data: how duplicates are found, below which confidence a person routes, and
 * the working calendar for units that have none of their own.
 */
public record RouterSettings(DedupeSettings dedupe, double confidenceThreshold, WorkingCalendar defaultCalendar) {
  public static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.6;

  public static RouterSettings standard() {
    return new RouterSettings(DedupeSettings.standard(), DEFAULT_CONFIDENCE_THRESHOLD, WorkingCalendar.standard());
  }
}
