package id.aduan.streams.tracker.metrics;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.SkmScores;
import id.aduan.event.StatusChange;
import id.aduan.event.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the successive {@link CaseState} values of one complaint the way the tracker keeps them: each
 * step appends to the history and updates the derived fields; {@link #state()} is the value after it.
 * Working times are plain elapsed time since routing (the real job counts working hours; the metrics take
 * whatever the state says).
 */
final class CaseStory {
  private final CaseState.Builder state;
  private final List<StatusChange> history = new ArrayList<>();
  private Instant routedAt;

  private CaseStory(CaseState.Builder state) {
    this.state = state;
  }

  static CaseStory received(String id, Channel channel, String category, Instant at) {
    CaseStory story = new CaseStory(CaseState.newBuilder()
        .setComplaintId(id)
        .setEventTime(at)
        .setStatus(CaseStatus.RECEIVED)
        .setChannel(channel)
        .setCategory(category)
        .setUrgency(Urgency.NORMAL)
        .setReceivedAt(at));
    return story.change(CaseStatus.RECEIVED, at, null);
  }

  String id() {
    return state.getComplaintId();
  }

  CaseStory duplicateOf(String original) {
    state.setDuplicateOf(original);
    return this;
  }

  CaseStory category(String category) {
    state.setCategory(category);
    return this;
  }

  CaseStory routed(String unit, Instant at, Duration firstResponseSla, Duration resolutionSla) {
    routedAt = at;
    state.setRoutedAt(at).setFirstResponseDue(at.plus(firstResponseSla)).setResolutionDue(at.plus(resolutionSla));
    return change(CaseStatus.ROUTED, at, unit);
  }

  CaseStory routed(String unit, Instant at) {
    return routed(unit, at, Duration.ofHours(8), Duration.ofHours(40));
  }

  CaseStory triage(Instant at) {
    return change(CaseStatus.TRIAGE, at, null);
  }

  CaseStory acknowledged(Instant at) {
    return response(CaseStatus.ACKNOWLEDGED, at, unit());
  }

  CaseStory inProgress(Instant at) {
    return response(CaseStatus.IN_PROGRESS, at, unit());
  }

  CaseStory resolved(Instant at) {
    return resolution(CaseStatus.RESOLVED, at);
  }

  CaseStory rejected(Instant at) {
    return resolution(CaseStatus.REJECTED, at);
  }

  CaseStory transferred(String unit, Instant at) {
    state.setTransferCount(state.getTransferCount() + 1);
    return response(CaseStatus.TRANSFERRED, at, unit);
  }

  CaseStory reopened(Instant at) {
    state.setReopenCount(state.getReopenCount() + 1).setResolvedAt(null).setResolutionWorkingMillis(null);
    return change(CaseStatus.REOPENED, at, unit());
  }

  CaseStory escalated(Instant at) {
    state.setEscalationCount(state.getEscalationCount() + 1).setEventTime(at);
    return this;
  }

  CaseStory surveyed(Instant at, int... scores) {
    state.setSurveyScores(new SkmScores(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5],
        scores[6], scores[7], scores[8])).setSurveyedAt(at).setEventTime(at);
    return this;
  }

  CaseState state() {
    return state.setHistory(List.copyOf(history)).build();
  }

  private String unit() {
    return state.getUnitId();
  }

  private CaseStory response(CaseStatus status, Instant at, String unitAfter) {
    if (state.getFirstResponseAt() == null) {
      state.setFirstResponseAt(at).setFirstResponseWorkingMillis(sinceRouting(at));
    }
    return change(status, at, unitAfter);
  }

  private CaseStory resolution(CaseStatus status, Instant at) {
    state.setResolvedAt(at).setResolutionWorkingMillis(sinceRouting(at));
    return response(status, at, unit());
  }

  private Long sinceRouting(Instant at) {
    return routedAt == null ? null : Duration.between(routedAt, at).toMillis();
  }

  private CaseStory change(CaseStatus status, Instant at, String unitAfter) {
    history.add(StatusChange.newBuilder().setStatus(status).setAt(at).setUnitId(unitAfter).build());
    state.setStatus(status).setEventTime(at).setUnitId(unitAfter);
    return this;
  }
}
