package id.aduan.streams.router.route;

import id.aduan.streams.sla.WorkingCalendar;

/** What routing needs besides the rules: the triage threshold, the default calendar, its stores. */
public record RouteSettings(
    double confidenceThreshold, WorkingCalendar defaultCalendar, String rulesStore, String unitsStore) {}
