package id.aduan.streams.tracker;

import id.aduan.event.CaseState;
import id.aduan.event.ResolutionMetrics;
import id.aduan.streams.sla.WorkingCalendar;
import java.time.Instant;

/** The per-case figures of metrics.resolution, from the case as it stands. */
final class ResolutionFigures {
  /** Unit credited with a complaint rejected from triage, before any unit had it. */
  static final String TRIAGE_UNIT = "triage";
  static final String UNCLASSIFIED = "unclassified";

  private ResolutionFigures() {}

  static ResolutionMetrics of(CaseState state, WorkingCalendar calendar, Instant at) {
    Instant received = state.getReceivedAt();
    Instant responded = state.getFirstResponseAt();
    Instant resolved = state.getResolvedAt();
    return ResolutionMetrics.newBuilder()
        .setComplaintId(state.getComplaintId())
        .setEventTime(at)
        .setUnitId(state.getUnitId() != null ? state.getUnitId() : TRIAGE_UNIT)
        .setCategory(state.getCategory() != null ? state.getCategory() : UNCLASSIFIED)
        .setChannel(state.getChannel())
        .setRegionCode(state.getRegionCode())
        .setUrgency(state.getUrgency())
        .setStatus(state.getStatus())
        .setRuleId(state.getRuleId())
        .setRuleVersion(state.getRuleId() == null ? null : state.getRuleVersion())
        .setReceivedAt(received)
        .setFirstResponseAt(responded)
        .setResolvedAt(resolved)
        .setFirstResponseWorkingMillis(responded == null ? null : calendar.workingTimeBetween(received, responded).toMillis())
        .setResolutionWorkingMillis(resolved == null ? null : calendar.workingTimeBetween(received, resolved).toMillis())
        .setFirstResponseSlaMet(met(responded, state.getFirstResponseDue()))
        .setResolutionSlaMet(met(resolved, state.getResolutionDue()))
        .setTransferCount(state.getTransferCount())
        .setReopenCount(state.getReopenCount())
        .setEscalationCount(state.getEscalationCount())
        .setDuplicate(state.getDuplicateOf() != null)
        .setSurveyScores(state.getSurveyScores())
        .setSatisfactionScore(state.getSatisfactionScore())
        .build();
  }

  private static boolean met(Instant done, Instant due) {
    return done != null && due != null && !done.isAfter(due);
  }
}
