package id.aduan.streams.router;

import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.streams.router.dedupe.DedupeSettings;
import id.aduan.streams.sla.WorkingCalendar;

/**
 * The router's behaviour, as data: how duplicates are found, below which confidence a person routes, the
 * working calendar for units that have none of their own, and the secret that keys contacts in its state.
 */
public record RouterSettings(
    DedupeSettings dedupe, double confidenceThreshold, WorkingCalendar defaultCalendar, ContactKey contactKey) {
  public static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.6;

  /** The defaults, with a contact key generated for this process (the demo, benchmarks and tests). */
  public static RouterSettings standard() {
    return new RouterSettings(
        DedupeSettings.standard(), DEFAULT_CONFIDENCE_THRESHOLD, WorkingCalendar.standard(), ContactKey.generated());
  }
}
