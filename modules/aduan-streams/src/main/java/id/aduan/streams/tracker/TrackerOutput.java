package id.aduan.streams.tracker;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.ResolutionMetrics;

/** What the case processor emits; the topology sends each kind to its topic. */
sealed interface TrackerOutput {
  record State(CaseState state) implements TrackerOutput {}

  record Escalation(CaseEscalated escalation) implements TrackerOutput {}

  record Metrics(ResolutionMetrics metrics) implements TrackerOutput {}

  /** A case the tracker routed itself (by hand from triage, or a transfer), for complaints.routed and the unit. */
  record Rerouted(ComplaintRouted routed) implements TrackerOutput {}
}
