package id.aduan.streams.tracker;

import static id.aduan.event.CaseStatus.ACKNOWLEDGED;
import static id.aduan.event.CaseStatus.IN_PROGRESS;
import static id.aduan.event.CaseStatus.REJECTED;
import static id.aduan.event.CaseStatus.REOPENED;
import static id.aduan.event.CaseStatus.RESOLVED;
import static id.aduan.event.CaseStatus.ROUTED;
import static id.aduan.event.CaseStatus.TRANSFERRED;
import static id.aduan.event.CaseStatus.TRIAGE;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Unit;
import id.aduan.streams.sla.WorkingCalendar;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of a case under its unit's updates (the README's table). An update that does not fit
 * is refused with its reason and the case stays as it was.
 */
final class CaseUpdates {
  static final String CITIZEN = "citizen";

  /** For each status a CaseUpdate may set, the statuses it may follow. */
  static final Map<CaseStatus, Set<CaseStatus>> ALLOWED_FROM = Map.of(
      ACKNOWLEDGED, EnumSet.of(ROUTED, TRANSFERRED, REOPENED),
      IN_PROGRESS, EnumSet.of(ROUTED, TRANSFERRED, REOPENED, ACKNOWLEDGED, IN_PROGRESS),
      RESOLVED, EnumSet.of(ROUTED, TRANSFERRED, REOPENED, ACKNOWLEDGED, IN_PROGRESS),
      REJECTED, EnumSet.of(TRIAGE, ROUTED, TRANSFERRED, REOPENED, ACKNOWLEDGED, IN_PROGRESS),
      TRANSFERRED, EnumSet.of(ROUTED, TRANSFERRED, REOPENED, ACKNOWLEDGED, IN_PROGRESS),
      ROUTED, EnumSet.of(TRIAGE),
      REOPENED, EnumSet.of(RESOLVED));

  private final TrackerSettings settings;
  private final UnitDirectory units;

  CaseUpdates(TrackerSettings settings, UnitDirectory units) {
    this.settings = settings;
    this.units = units;
  }

  /** The case after the update, or a refusal; {@code complaint} is the masked complaint, for re-routing. */
  Outcome apply(CaseState state, CaseUpdate update, ComplaintClassified complaint) {
    check(state, update);
    CaseStatus status = update.getStatus();
    Instant at = update.getEventTime();
    CaseState.Builder next = CaseState.newBuilder(state)
        .setLastNote(update.getNote() != null ? update.getNote() : state.getLastNote());
    if (update.getCorrectedCategory() != null) {
      next.setCategory(update.getCorrectedCategory());
    }
    WorkingCalendar calendar = units.calendar(state.getUnitId());
    if (status != ROUTED && status != REOPENED && state.getStatus() != TRIAGE) {
      respond(next, at, calendar);
    }
    return switch (status) {
      case RESOLVED, REJECTED -> {
        next.setResolvedAt(at)
            .setResolutionOverdue(next.getResolutionOverdue()
                || next.getResolutionDue() != null && at.isAfter(next.getResolutionDue()))
            .setResolutionWorkingMillis(workingSinceRouting(next, at, calendar));
        CaseState done = Cases.enter(next, status, at, update.getActor(), update.getNote(), update.getUpdateId()).build();
        yield Outcome.of(done).plus(new TrackerOutput.Metrics(ResolutionFigures.of(done, calendar, at)));
      }
      case REOPENED -> {
        next.setResolvedAt(null)
            .setResolutionWorkingMillis(null)
            .setReopenCount(state.getReopenCount() + 1)
            .setResolutionDue(calendar.plusWorkingTime(at, settings.manualResolution()))
            .setResolutionOverdue(false)
            .setResolutionEscalationLevel(0);
        CaseState reopened = Cases.enter(next, REOPENED, at, update.getActor(), update.getNote(), update.getUpdateId()).build();
        yield Outcome.of(reopened).plus(new TrackerOutput.Metrics(ResolutionFigures.of(reopened, calendar, at)));
      }
      case TRANSFERRED, ROUTED -> reroute(next, state, update, complaint);
      default -> Outcome.of(Cases.enter(next, status, at, update.getActor(), update.getNote(), update.getUpdateId()).build());
    };
  }

  private void check(CaseState state, CaseUpdate update) {
    String id = update.getComplaintId();
    if (state == null || state.getStatus() == CaseStatus.RECEIVED) {
      throw Refusal.UNKNOWN_CASE.because(state == null
          ? "no case " + id + " (yet): a routed complaint must come first"
          : "case " + id + " is not classified or routed yet");
    }
    if (Cases.applied(state, update.getUpdateId())) {
      throw Refusal.DUPLICATE_UPDATE.because("update " + update.getUpdateId() + " was already applied to " + id);
    }
    if (update.getEventTime().isBefore(Cases.lastChange(state))) {
      throw Refusal.OUT_OF_ORDER.because("update " + update.getUpdateId() + " of " + update.getEventTime()
          + " is older than the case's last change at " + Cases.lastChange(state));
    }
    CaseStatus status = update.getStatus();
    if (status == REOPENED && state.getStatus() == CaseStatus.CLOSED && state.getResolvedAt() != null) {
      throw Refusal.REOPEN_WINDOW_PASSED.because("case " + id + " closed at " + state.getClosedAt());
    }
    Set<CaseStatus> from = ALLOWED_FROM.get(status);
    if (from == null) {
      throw Refusal.IMPOSSIBLE_TRANSITION.because(status + " is set by Aduan itself, not by an update");
    }
    boolean unitBound = status != REOPENED && state.getStatus() != TRIAGE;
    if (unitBound && !update.getUnitId().equals(state.getUnitId())) {
      throw Refusal.WRONG_UNIT.because("unit " + update.getUnitId() + " updated case " + id + ", which is with "
          + state.getUnitId());
    }
    if (!from.contains(state.getStatus())) {
      throw Refusal.IMPOSSIBLE_TRANSITION.because(state.getStatus() + " → " + status + " is not allowed for " + id);
    }
    if (status == REJECTED && isBlank(update.getNote())) {
      throw Refusal.MISSING_REASON.because("a rejection needs a note saying why (not our authority, not a complaint)");
    }
    if (status == REOPENED) {
      if (!CITIZEN.equals(update.getActor())) {
        throw Refusal.WRONG_ACTOR.because("only the citizen reopens a case, not " + update.getActor());
      }
      Instant windowEnd = state.getResolvedAt().plus(settings.reopenWindow());
      if (update.getEventTime().isAfter(windowEnd)) {
        throw Refusal.REOPEN_WINDOW_PASSED.because("case " + id + " could be reopened until " + windowEnd);
      }
    }
    if (status == TRANSFERRED || status == ROUTED) {
      String target = update.getTargetUnitId();
      if (isBlank(target)) {
        throw Refusal.MISSING_TARGET.because(status + " needs targetUnitId");
      }
      if (units.find(target).isEmpty()) {
        throw Refusal.UNKNOWN_UNIT.because("target unit " + target + " is not on config.units");
      }
      if (target.equals(state.getUnitId())) {
        throw Refusal.IMPOSSIBLE_TRANSITION.because("case " + id + " is already with " + target);
      }
    }
  }

  /**
   * A transfer, or a complaint routed by hand out of triage: the target unit gets the case with fresh
   * deadlines counted from now in its own calendar, and a ComplaintRouted on its topic.
   */
  private Outcome reroute(CaseState.Builder next, CaseState before, CaseUpdate update, ComplaintClassified complaint) {
    if (complaint == null) {
      throw Refusal.UNKNOWN_CASE.because("the classified complaint of " + update.getComplaintId() + " is not known");
    }
    Instant at = update.getEventTime();
    Unit target = units.find(update.getTargetUnitId()).orElseThrow();
    WorkingCalendar calendar = units.calendar(target.getUnitId());
    boolean transfer = update.getStatus() == TRANSFERRED;
    Instant firstResponseDue = calendar.plusWorkingTime(at, settings.manualFirstResponse());
    Instant resolutionDue = calendar.plusWorkingTime(at, settings.manualResolution());
    next.setUnitId(target.getUnitId())
        .setUnitName(target.getName())
        .setRuleId(null)
        .setRuleVersion(null)
        .setRoutedAt(at)
        .setFirstResponseDue(firstResponseDue)
        .setResolutionDue(resolutionDue)
        .setFirstResponseOverdue(false)
        .setResolutionOverdue(false)
        .setFirstResponseEscalationLevel(0)
        .setResolutionEscalationLevel(0)
        .setTransferCount(before.getTransferCount() + (transfer ? 1 : 0));
    CaseState rerouted = Cases.enter(next, update.getStatus(), at, update.getActor(), update.getNote(),
        update.getUpdateId()).build();
    ComplaintRouted routed = ComplaintRouted.newBuilder()
        .setComplaintId(update.getComplaintId())
        .setEventTime(at)
        .setComplaint(complaint)
        .setUnitId(target.getUnitId())
        .setAgencyResponsible(target.getName() + ", " + target.getAgency())
        .setRuleId(null)
        .setRuleVersion(null)
        .setRoutedBy(update.getActor())
        .setPreviousUnitId(transfer ? before.getUnitId() : null)
        .setFirstResponseDue(firstResponseDue)
        .setResolutionDue(resolutionDue)
        .build();
    return Outcome.of(rerouted).plus(new TrackerOutput.Rerouted(routed));
  }

  /** The unit's first answer stops the first-response clock. */
  private static void respond(CaseState.Builder next, Instant at, WorkingCalendar calendar) {
    if (next.getFirstResponseAt() == null) {
      next.setFirstResponseAt(at).setFirstResponseWorkingMillis(workingSinceRouting(next, at, calendar));
    }
    if (next.getFirstResponseDue() != null && at.isAfter(next.getFirstResponseDue())
        && Cases.AWAITING_RESPONSE.contains(next.getStatus())) {
      next.setFirstResponseOverdue(true);
    }
  }

  private static Long workingSinceRouting(CaseState.Builder next, Instant at, WorkingCalendar calendar) {
    Instant from = next.getRoutedAt() != null ? next.getRoutedAt() : next.getReceivedAt();
    return calendar.workingTimeBetween(from, at).toMillis();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
