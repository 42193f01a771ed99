package id.aduan.streams.router.route;

import id.aduan.streams.sla.WorkingCalendar;

/**
 * What routing needs besides the rules: the triage threshold, the default calendar, its stores, and the
 * count of writes to those stores that tells when they must be read again.
 */
public record RouteSettings(double confidenceThreshold, WorkingCalendar defaultCalendar, String rulesStore,
    String unitsStore, TableChanges configChanges) {}
